package dev.signoff.security;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The built-in provider's clients, registered at startup. Unlike the in-memory repository of Spring
 * Authorization Server it allows the demo API clients to share the well-known secret {@code demo}.
 * Saving only replaces a known client (the server re-saves a client when it upgrades the encoding
 * of its secret); no new client can be added.
 */
final class FixedClientRepository implements RegisteredClientRepository {

  private final Map<String, RegisteredClient> byId;
  private final Map<String, RegisteredClient> byClientId;

  FixedClientRepository(List<RegisteredClient> clients) {
    this.byId =
        clients.stream()
            .collect(Collectors.toConcurrentMap(RegisteredClient::getId, Function.identity()));
    this.byClientId =
        clients.stream()
            .collect(
                Collectors.toConcurrentMap(RegisteredClient::getClientId, Function.identity()));
  }

  @Override
  public void save(RegisteredClient registeredClient) {
    if (!byId.containsKey(registeredClient.getId())) {
      throw new IllegalStateException("The built-in identity provider's clients are fixed");
    }
    byId.put(registeredClient.getId(), registeredClient);
    byClientId.put(registeredClient.getClientId(), registeredClient);
  }

  @Override
  public RegisteredClient findById(String id) {
    return byId.get(id);
  }

  @Override
  public RegisteredClient findByClientId(String clientId) {
    return byClientId.get(clientId);
  }
}
