package dev.signoff.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser session without a browser: its own cookie jar, the OIDC login through Signoff's
 * built-in provider, and one Vaadin UI driven with the requests that Vaadin 24's Flow client sends
 * (bootstrap page, {@code v-r=init}, the push WebSocket, UIDL messages with the router's {@code
 * ui-navigate} event and the grid connector's {@code confirmUpdate} and {@code setViewportRange}
 * calls, heartbeats).
 */
final class SessionClient implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static final Pattern LOGIN_CSRF =
      Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");
  private static final Pattern PAGE_CSRF =
      Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
  private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
  private static final String UIDL_PREFIX = "for(;;);";

  /** A response after any redirects, with the address it finally came from. */
  record Page(URI uri, int status, String body) {}

  private final URI base;
  private final String username;
  private final HttpClient http;
  private final Map<Long, String> tags = new HashMap<>();
  private final Map<Long, Map<String, Object>> properties = new HashMap<>();
  private final Map<Long, Long> gridSizes = new HashMap<>();
  private final Map<Long, Long> gridRequested = new HashMap<>();
  private String pageCsrf;
  private String landingQuery = "";
  private long uiId = -1;
  private String securityKey;
  private String pushId;
  private long syncId;
  private long clientId;
  private long promise;
  private long largestNode;
  private long uidlBytes;
  private WebSocket push;
  private final CompletableFuture<String> pushTrackingId = new CompletableFuture<>();
  private volatile long pushedSyncId = -1;

  SessionClient(URI base, String username) {
    this.base = base;
    this.username = username;
    CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  String username() {
    return username;
  }

  /** The highest state-node id of the UI: roughly how many elements the server keeps for it. */
  long largestNode() {
    return largestNode;
  }

  /** Characters of UIDL the server sent to this UI. */
  long uidlBytes() {
    return uidlBytes;
  }

  /**
   * The authorization-code login as a browser does it: the application sends the user to the
   * provider's form, the form is posted with its CSRF token, the provider returns a code and the
   * application exchanges it and shows its landing page (Vaadin's bootstrap page).
   */
  void login(String password) {
    Page form = get("/");
    Matcher csrf = LOGIN_CSRF.matcher(form.body());
    if (form.status() != 200 || !csrf.find()) {
      throw new IllegalStateException(
          "Expected the provider's login form for " + username + ", got " + describe(form));
    }
    Page landing =
        send(
            HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(
                            Map.of(
                                "username",
                                username,
                                "password",
                                password,
                                "_csrf",
                                csrf.group(1))))));
    bootstrapped(landing);
    landingQuery = landing.uri().getRawQuery() == null ? "" : landing.uri().getRawQuery();
  }

  /**
   * Opens the landing page's UI as the client does after loading the bootstrap page: {@code
   * v-r=init}, the push connection, then the router's first navigation.
   *
   * @return the component ids rendered
   */
  Set<String> openLanding() {
    Map<String, Object> init =
        SessionJson.object(
            SessionJson.parse(
                expectOk(get("/?v-r=init&location=&query=" + encode(landingQuery)), "init")
                    .body()));
    Map<String, Object> config = SessionJson.object(init.get("appConfig"));
    uiId = SessionJson.number(config.get("v-uiId"), -1);
    Map<String, Object> uidl = SessionJson.object(config.get("uidl"));
    securityKey = (String) uidl.get("Vaadin-Security-Key");
    pushId = (String) uidl.get("Vaadin-Push-ID");
    if (uiId < 0 || securityKey == null) {
      throw new IllegalStateException("No UI in the init response for " + username);
    }
    Set<String> ids = new HashSet<>();
    apply(uidl, ids, new ArrayList<>());
    if (pushId != null) {
      connectPush();
    }
    ids.addAll(navigate("/", landingQuery, ""));
    return ids;
  }

  /**
   * Navigates the UI as a click on a link does (client-side router, {@code trigger=client}).
   *
   * @return the component ids rendered by the navigation
   */
  Set<String> navigateTo(String route) {
    return navigate(route, "", "client");
  }

  /** A heartbeat as the client sends it every heartbeat interval; true when the UI still exists. */
  boolean heartbeat() {
    Page page =
        send(
            HttpRequest.newBuilder(base.resolve("/?v-r=heartbeat&v-uiId=" + uiId))
                .header("Content-Type", "text/plain;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.noBody()));
    return page.status() == 200;
  }

  /** An empty UIDL request; true when the session and the UI still answer it. */
  boolean alive() {
    try {
      exchange(List.of());
      return true;
    } catch (IllegalStateException | UncheckedIOException gone) {
      return false;
    }
  }

  /** Whether the push WebSocket was accepted and is still open. */
  boolean pushConnected() {
    return push != null && pushTrackingId.isDone() && !push.isInputClosed();
  }

  /** Logs out as the logout button's form post would, ending the server session. */
  void logout() {
    if (pageCsrf == null) {
      return;
    }
    send(
        HttpRequest.newBuilder(base.resolve("/logout"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("_csrf", pageCsrf)))));
  }

  @Override
  public void close() {
    if (push != null) {
      push.abort();
    }
  }

  private Set<String> navigate(String route, String query, String trigger) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("route", route);
    data.put("query", query);
    data.put("appShellTitle", "");
    data.put("historyState", Map.of("idx", 0));
    data.put("trigger", trigger);
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("type", "event");
    event.put("node", 1);
    event.put("event", "ui-navigate");
    event.put("data", data);
    Set<String> ids = new HashSet<>();
    List<Map<String, Object>> followUps = new ArrayList<>();
    apply(exchange(List.of(event)), ids, followUps);
    // The grid connector confirms each update and asks for the rows it shows; answers may ask
    // again.
    for (int round = 0;
        round < 10 && !(followUps.isEmpty() && viewportRequests().isEmpty());
        round++) {
      if (!followUps.isEmpty()) {
        List<Map<String, Object>> confirmations = List.copyOf(followUps);
        followUps.clear();
        apply(exchange(confirmations), ids, followUps);
      }
      List<Map<String, Object>> viewports = viewportRequests();
      if (!viewports.isEmpty()) {
        apply(exchange(viewports), ids, followUps);
      }
    }
    return ids;
  }

  /** setViewportRange for each grid whose rows the client would still ask for. */
  private List<Map<String, Object>> viewportRequests() {
    List<Map<String, Object>> requests = new ArrayList<>();
    gridSizes.forEach(
        (node, size) -> {
          Map<String, Object> grid = properties.getOrDefault(node, Map.of());
          long pageSize = Math.max(1, SessionJson.number(grid.get("pageSize"), 50));
          boolean allRows = Boolean.TRUE.equals(grid.get("allRowsVisible"));
          // A grid showing all rows asks for every page; otherwise the first page fills the view.
          long wanted = allRows ? (size + pageSize - 1) / pageSize * pageSize : pageSize;
          if (size > 0 && gridRequested.getOrDefault(node, -1L) != wanted) {
            gridRequested.put(node, wanted);
            requests.add(call(node, "setViewportRange", List.of(0, wanted)));
          }
        });
    return requests;
  }

  private Map<String, Object> call(long node, String method, List<Object> arguments) {
    Map<String, Object> call = new LinkedHashMap<>();
    call.put("type", "publishedEventHandler");
    call.put("node", node);
    call.put("templateEventMethodName", method);
    call.put("templateEventMethodArgs", arguments);
    call.put("promise", promise++);
    return call;
  }

  private Map<String, Object> exchange(List<Map<String, Object>> rpc) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("csrfToken", securityKey);
    message.put("rpc", rpc);
    message.put("syncId", Math.max(syncId, pushedSyncId));
    message.put("clientId", clientId);
    Page page =
        expectOk(
            send(
                HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(SessionJson.write(message)))),
            "UIDL");
    String body = page.body();
    uidlBytes += body.length();
    if (body.startsWith(UIDL_PREFIX)) {
      body = body.substring(UIDL_PREFIX.length());
    }
    Map<String, Object> response =
        SessionJson.object(SessionJson.array(SessionJson.parse(body)).get(0));
    Map<String, Object> meta = SessionJson.object(response.get("meta"));
    if (Boolean.TRUE.equals(meta.get("sessionExpired")) || meta.containsKey("appError")) {
      throw new IllegalStateException("The server ended the UI of " + username + ": " + meta);
    }
    clientId++;
    return response;
  }

  /** Reads the tags, ids and properties of the state nodes and the grid connector's calls. */
  private void apply(
      Map<String, Object> uidl, Set<String> ids, List<Map<String, Object>> followUps) {
    syncId = Math.max(syncId, SessionJson.number(uidl.get("syncId"), syncId));
    for (Object item : SessionJson.array(uidl.get("changes"))) {
      Map<String, Object> change = SessionJson.object(item);
      long node = SessionJson.number(change.get("node"), -1);
      largestNode = Math.max(largestNode, node);
      if (!"put".equals(change.get("type")) || !change.containsKey("value")) {
        continue;
      }
      Object key = change.get("key");
      Object value = change.get("value");
      if ("tag".equals(key)) {
        tags.put(node, String.valueOf(value));
      } else if ("id".equals(key) && value instanceof String id) {
        ids.add(id);
      }
      properties.computeIfAbsent(node, ignored -> new HashMap<>()).put(String.valueOf(key), value);
    }
    for (Object item : SessionJson.array(uidl.get("execute"))) {
      List<Object> invocation = SessionJson.array(item);
      if (invocation.size() < 2 || !(invocation.get(invocation.size() - 1) instanceof String js)) {
        continue;
      }
      long node = nodeReference(invocation.get(0));
      if (node < 0 || !"vaadin-grid".equals(tags.get(node))) {
        continue;
      }
      if (js.contains("$connector.confirm(")) {
        followUps.add(call(node, "confirmUpdate", List.of(invocation.get(1))));
      } else if (js.contains("$connector.updateSize(")) {
        gridSizes.put(node, SessionJson.number(invocation.get(1), 0));
      }
    }
  }

  /** A node reference in an execute call is the array {@code [0, node]}. */
  private static long nodeReference(Object argument) {
    List<Object> reference = SessionJson.array(argument);
    return reference.size() == 2 && SessionJson.number(reference.get(0), -1) == 0
        ? SessionJson.number(reference.get(1), -1)
        : -1;
  }

  private void connectPush() {
    String query =
        "v-r=push&v-uiId="
            + uiId
            + "&v-pushId="
            + pushId
            + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1"
            + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
            + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
            + "&X-Vaadin-LastSeenServerSyncId="
            + syncId;
    URI uri = URI.create("ws://" + base.getRawAuthority() + "/VAADIN/push?" + query);
    WebSocket.Listener listener =
        new WebSocket.Listener() {
          private final StringBuilder message = new StringBuilder();

          @Override
          public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
              received(message.toString());
              message.setLength(0);
            }
            socket.request(1);
            return null;
          }
        };
    try {
      push =
          http.newWebSocketBuilder()
              .header("Origin", base.toString())
              .buildAsync(uri, listener)
              .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      pushTrackingId.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception failure) {
      throw new IllegalStateException("The push connection of " + username + " failed", failure);
    }
  }

  /** Atmosphere's first message carries the tracking id; later ones are UIDL pushed by the UI. */
  private void received(String text) {
    if (!pushTrackingId.isDone()) {
      String[] parts = text.split("\\|");
      pushTrackingId.complete(parts.length > 1 ? parts[1] : text);
      return;
    }
    Matcher sync = SYNC_ID.matcher(text);
    while (sync.find()) {
      pushedSyncId = Math.max(pushedSyncId, Long.parseLong(sync.group(1)));
    }
  }

  private void bootstrapped(Page page) {
    Matcher csrf = PAGE_CSRF.matcher(page.body());
    if (page.status() != 200 || !page.body().contains("id=\"outlet\"") || !csrf.find()) {
      throw new IllegalStateException(
          "Expected Signoff's bootstrap page after the login of "
              + username
              + ", got "
              + describe(page));
    }
    pageCsrf = csrf.group(1);
  }

  private Page get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET());
  }

  /**
   * Sends the request and follows redirects as a browser does (a redirect after a POST is a GET).
   */
  private Page send(HttpRequest.Builder request) {
    HttpRequest next =
        request.timeout(TIMEOUT).header("User-Agent", "signoff-session-bench").build();
    for (int hop = 0; hop < 10; hop++) {
      HttpResponse<String> response;
      try {
        response = http.send(next, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException failure) {
        throw new UncheckedIOException(next.method() + " " + next.uri() + " failed", failure);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted", interrupted);
      }
      if (response.statusCode() == 429) {
        throw new IllegalStateException(
            "The server's rate limit refused " + next.uri() + " (start it with higher limits)");
      }
      var location = response.headers().firstValue("Location");
      if (response.statusCode() / 100 != 3 || location.isEmpty()) {
        return new Page(response.uri(), response.statusCode(), response.body());
      }
      URI target = response.uri().resolve(location.get());
      if (target.getHost() != null && !target.getHost().equals(base.getHost())) {
        throw new IllegalStateException("Redirected away from the server: " + target);
      }
      next =
          HttpRequest.newBuilder(target)
              .timeout(TIMEOUT)
              .header("User-Agent", "signoff-session-bench")
              .GET()
              .build();
    }
    throw new IllegalStateException("Too many redirects from " + request.build().uri());
  }

  private Page expectOk(Page page, String what) {
    if (page.status() != 200) {
      throw new IllegalStateException(
          "The " + what + " request of " + username + " failed: " + describe(page));
    }
    return page;
  }

  private static String describe(Page page) {
    String body = page.body();
    return page.status()
        + " from "
        + page.uri()
        + ": "
        + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
  }

  private static String form(Map<String, String> fields) {
    StringBuilder out = new StringBuilder();
    fields.forEach(
        (name, value) -> {
          if (out.length() > 0) {
            out.append('&');
          }
          out.append(encode(name)).append('=').append(encode(value));
        });
    return out.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
