package dev.signoff.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInUsersTest {

  private static BuiltInUsers users(Boolean demoUsers, IdentityProperties.User... configured) {
    return new BuiltInUsers(
        new IdentityProperties(
            null, null, null, null, null, null, null, demoUsers, List.of(configured)));
  }

  private static IdentityProperties.User user(String name, String password, String... groups) {
    return new IdentityProperties.User(name, password, List.of(groups));
  }

  @Test
  void demoUsersComeWithDemoClientsAndConfiguredUsersWithApiClients() {
    BuiltInUsers users = users(null, user("legal-2", "{noop}s3cret", "legal", "product"));

    assertThat(users.all()).hasSize(10);
    assertThat(users.byClientId("demo-owner"))
        .hasValueSatisfying(owner -> assertThat(owner.groups()).containsExactly("deal-owner"));
    assertThat(users.byClientId("api-legal-2"))
        .hasValueSatisfying(
            second -> {
              assertThat(second.username()).isEqualTo("legal-2");
              assertThat(second.password()).isEqualTo("{noop}s3cret");
              assertThat(second.groups()).containsExactly("legal", "product");
            });
    assertThat(users.byClientId("demo-legal-2")).isEmpty();
  }

  @Test
  void demoUsersCanBeSwitchedOff() {
    BuiltInUsers users = users(false, user("alice", "{bcrypt}$2a$10$abc", "manager"));

    assertThat(users.all()).extracting(BuiltInUsers.Account::username).containsExactly("alice");
    assertThat(users.byClientId("demo-owner")).isEmpty();
  }

  @Test
  void refusesInvalidUsersWithTheReason() {
    assertThatThrownBy(() -> users(null, user("has space", "{noop}x", "legal")))
        .hasMessageContaining("'has space'")
        .hasMessageContaining("letters, digits");
    assertThatThrownBy(() -> users(null, user("x".repeat(65), "{noop}x", "legal")))
        .hasMessageContaining("1 to 64");
    assertThatThrownBy(() -> users(null, user("Legal", "{noop}x", "legal")))
        .hasMessageContaining("taken");
    assertThatThrownBy(
            () -> users(false, user("bob", "{noop}x", "legal"), user("BOB", "{noop}y", "legal")))
        .hasMessageContaining("taken");
    assertThatThrownBy(() -> users(null, user("bob", "{noop}x")))
        .hasMessageContaining("at least one group");
    assertThatThrownBy(() -> users(null, user("bob", "{noop}x", "lawyers")))
        .hasMessageContaining("unknown group 'lawyers'");
    assertThatThrownBy(() -> users(null, user("bob", "plain-text", "legal")))
        .hasMessageContaining("encoded form");
    assertThatThrownBy(() -> users(null, user("bob", null, "legal")))
        .hasMessageContaining("encoded form");
  }
}
