package dev.signoff.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Heap per Vaadin session of a running Signoff server: logs in many sessions over plain HTTP (the
 * OIDC login through the built-in provider, then one Vaadin UI per session rendering a view), and
 * reads the server's live heap with {@code jcmd} before and after. Prints Markdown tables: heap per
 * session against the target, and the classes that grew most.
 *
 * <p>Options: {@code --url URL} (loopback only, default http://127.0.0.1:18400), {@code --pid PID}
 * (the server's process, required), {@code --sessions N} (200), {@code --workers N} (4), {@code
 * --view inbox|deal|board|precedents} (default a mix: managers open the deals board, the others the
 * inbox, a deal or the precedent search), {@code --top N} (20 classes), {@code --hold SECONDS}
 * (keep the sessions open this long before measuring, default 0).
 */
public final class SessionBench {

  /** The demo users of the built-in provider (ui's DemoUsers), all with password demo. */
  private static final List<String> USERS =
      List.of(
          "owner",
          "legal",
          "security",
          "engineering",
          "product",
          "privacy",
          "committee",
          "manager",
          "admin");

  private static final String PASSWORD = "demo";
  private static final double TARGET_MIB = 1.0;
  private static final double MIB = 1024.0 * 1024.0;
  private static final List<SessionView> REVIEWER_VIEWS =
      List.of(SessionView.INBOX, SessionView.DEAL, SessionView.PRECEDENTS);
  private static final List<String> COUNTED_CLASSES =
      List.of(
          "com.vaadin.flow.component.UI",
          "com.vaadin.flow.spring.SpringVaadinSession",
          "org.apache.catalina.session.StandardSession",
          "com.vaadin.flow.internal.StateNode");

  private SessionBench() {}

  /** The run's settings, from the command line. */
  record Options(
      URI url, long pid, int sessions, int workers, SessionView view, int top, int holdSeconds) {

    static Options parse(String[] args) {
      URI url = URI.create("http://127.0.0.1:18400");
      long pid = -1;
      int sessions = 200;
      int workers = 4;
      SessionView view = null;
      int top = 20;
      int hold = 0;
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("Missing value for " + args[i]);
        }
        String value = args[i + 1];
        switch (args[i]) {
          case "--url" -> url = URI.create(value);
          case "--pid" -> pid = Long.parseLong(value);
          case "--sessions" -> sessions = Integer.parseInt(value);
          case "--workers" -> workers = Integer.parseInt(value);
          case "--view" -> view = SessionView.byLabel(value);
          case "--top" -> top = Integer.parseInt(value);
          case "--hold" -> hold = Integer.parseInt(value);
          default -> throw new IllegalArgumentException("Unknown option " + args[i]);
        }
      }
      String host = url.getHost();
      if (!"127.0.0.1".equals(host) && !"[::1]".equals(host)) {
        throw new IllegalArgumentException("The server must be on a loopback address: " + url);
      }
      if (pid < 0) {
        throw new IllegalArgumentException("--pid of the server process is required");
      }
      if (sessions < 1 || workers < 1) {
        throw new IllegalArgumentException("--sessions and --workers must be positive");
      }
      return new Options(url, pid, sessions, workers, view, top, hold);
    }
  }

  /** One planned session: who logs in and which view they open. */
  record Plan(int index, String user, SessionView view, String dealId) {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    PrintStream out = System.out;
    SessionHeap heap = new SessionHeap(options.pid());
    Map<String, List<String>> deals = new LinkedHashMap<>();
    for (String user : USERS) {
      deals.put(user, visibleDeals(options.url(), user));
    }

    progress("Heap before any session");
    SessionHeap.Snapshot empty = heap.measure(3);

    progress("Warm-up: one session per view, then logged out");
    for (SessionView view : SessionView.values()) {
      String user = view == SessionView.BOARD ? "manager" : "legal";
      try (SessionClient warmUp =
          open(options.url(), new Plan(-1, user, view, deals.get(user).get(0)))) {
        warmUp.logout();
      }
    }
    SessionHeap.Snapshot warm = heap.measure(3);

    List<Plan> plans = plans(options, deals);
    List<SessionClient> clients = Collections.synchronizedList(new ArrayList<>());
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger done = new AtomicInteger();
    long nodes;
    long uidl;
    ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
    long started = System.nanoTime();
    try {
      ExecutorService workers = Executors.newFixedThreadPool(options.workers());
      List<Future<?>> running = new ArrayList<>();
      for (Plan plan : plans) {
        running.add(
            workers.submit(
                () -> {
                  try {
                    clients.add(open(options.url(), plan));
                  } catch (RuntimeException failure) {
                    failures.add(plan + ": " + failure.getMessage());
                  }
                  int count = done.incrementAndGet();
                  if (count % 20 == 0) {
                    progress(count + " sessions opened");
                  }
                }));
      }
      for (Future<?> session : running) {
        session.get();
      }
      workers.shutdown();
      double openSeconds = (System.nanoTime() - started) / 1e9;
      progress(
          String.format(
              Locale.ROOT,
              "%d sessions opened in %.1f s, %d failed",
              clients.size(),
              openSeconds,
              failures.size()));
      // The client sends a heartbeat every 5 minutes; sending one every minute keeps every UI
      // alive however long the measurement takes (the idle timeout of 30 minutes is far off).
      heartbeats.scheduleWithFixedDelay(
          () -> List.copyOf(clients).forEach(SessionClient::heartbeat), 60, 60, TimeUnit.SECONDS);
      if (options.holdSeconds() > 0) {
        Thread.sleep(options.holdSeconds() * 1000L);
      }
      nodes = clients.stream().mapToLong(SessionClient::largestNode).sum();
      uidl = clients.stream().mapToLong(SessionClient::uidlBytes).sum();
      progress("Heap with the sessions open");
    } finally {
      heartbeats.shutdown();
    }
    SessionHeap.Snapshot full = heap.measure(3);
    long alive = clients.stream().filter(SessionClient::alive).count();
    long pushing = clients.stream().filter(SessionClient::pushConnected).count();
    double minutes = (System.nanoTime() - started) / 60e9;

    int opened = clients.size();
    out.println();
    out.printf(
        Locale.ROOT,
        "Server process %d at %s; %d sessions planned (%s), %d workers.%n%n",
        options.pid(),
        options.url(),
        plans.size(),
        mix(plans),
        options.workers());
    out.println("| sessions | heap before | heap after | per session | target | met? |");
    out.println("|---:|---:|---:|---:|---:|---|");
    row(out, opened, empty, full, "no session yet");
    row(out, opened, warm, full, "after 4 warm-up sessions, logged out");
    out.println();
    out.printf(
        Locale.ROOT,
        "Heap = live objects after full collections (class histogram total). G1 used heap: %.1f"
            + " MiB before, %.1f MiB after warm-up, %.1f MiB with the sessions.%n",
        empty.usedBytes() / MIB,
        warm.usedBytes() / MIB,
        full.usedBytes() / MIB);
    out.printf(
        Locale.ROOT,
        "Sessions alive after the measurement (UIDL round trip answered): %d of %d; push"
            + " connections open: %d; %.1f minutes from the first login to the check;"
            + " state nodes per UI (largest node id, mean): %.0f; UIDL sent per UI (mean): %.0f"
            + " KiB.%n",
        alive,
        opened,
        pushing,
        minutes,
        opened == 0 ? 0.0 : (double) nodes / opened,
        opened == 0 ? 0.0 : uidl / 1024.0 / opened);
    out.println();
    out.println("| class | instances before | instances after |");
    out.println("|---|---:|---:|");
    for (String counted : COUNTED_CLASSES) {
      out.printf(
          Locale.ROOT,
          "| `%s` | %,d | %,d |%n",
          counted,
          warm.instancesOf(counted),
          full.instancesOf(counted));
    }
    out.println();
    out.printf("Classes that grew most (after warm-up to %d sessions):%n%n", opened);
    out.println("| class | instances | KiB | bytes per session |");
    out.println("|---|---:|---:|---:|");
    for (SessionHeap.Growth growth : SessionHeap.largestGrowth(warm, full, options.top())) {
      out.printf(
          Locale.ROOT,
          "| `%s` | %,d | %,.0f | %,.0f |%n",
          growth.name(),
          growth.instances(),
          growth.bytes() / 1024.0,
          opened == 0 ? 0.0 : (double) growth.bytes() / opened);
    }
    if (!failures.isEmpty()) {
      out.println();
      out.printf("%d sessions failed; the first:%n", failures.size());
      failures.stream().limit(5).forEach(failure -> out.println("- " + failure));
    }
    clients.forEach(SessionClient::close);
    if (!failures.isEmpty() || alive < opened) {
      System.exit(1);
    }
  }

  /** Logs in and opens the planned view, checking that the server rendered it. */
  static SessionClient open(URI url, Plan plan) {
    SessionClient client = new SessionClient(url, plan.user());
    try {
      client.login(PASSWORD);
      Set<String> rendered = client.openLanding();
      if (plan.view() != SessionView.INBOX) {
        rendered = client.navigateTo(plan.view().route(plan.dealId()));
      }
      if (plan.view().renderedIds().stream().noneMatch(rendered::contains)) {
        throw new IllegalStateException(
            "The " + plan.view().label() + " view was not rendered; ids seen: " + rendered);
      }
      return client;
    } catch (RuntimeException failure) {
      // A failed session must not stay on the server, where it would count as heap of the others.
      try {
        client.logout();
      } catch (RuntimeException ignored) {
        // The failure that matters is the first one.
      }
      client.close();
      throw failure;
    }
  }

  /**
   * Sessions spread over the users; managers open the deals board, the others in turn the inbox, a
   * deal and the precedent search (each user a different one in each round).
   */
  static List<Plan> plans(Options options, Map<String, List<String>> deals) {
    List<Plan> plans = new ArrayList<>();
    for (int i = 0; i < options.sessions(); i++) {
      String user = USERS.get(i % USERS.size());
      int round = i / USERS.size();
      SessionView view =
          options.view() != null
              ? options.view()
              : "manager".equals(user)
                  ? SessionView.BOARD
                  : REVIEWER_VIEWS.get((i + round) % REVIEWER_VIEWS.size());
      List<String> visible = deals.get(user);
      plans.add(new Plan(i, user, view, visible.get(round % visible.size())));
    }
    return plans;
  }

  /**
   * The newest deals with a contract that the user may see (the demo's live ones come first), read
   * over the API with the user's demo client.
   */
  static List<String> visibleDeals(URI url, String user) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String basic =
        Base64.getEncoder()
            .encodeToString(("demo-" + user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> token =
        http.send(
            HttpRequest.newBuilder(url.resolve("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String accessToken =
        (String) SessionJson.object(SessionJson.parse(token.body())).get("access_token");
    if (token.statusCode() != 200 || accessToken == null) {
      throw new IllegalStateException("No API token: " + token.statusCode() + " " + token.body());
    }
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(url.resolve("/api/deals"))
                .header("Authorization", "Bearer " + accessToken)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Cannot list deals: " + response.statusCode());
    }
    List<String> ids = new ArrayList<>();
    for (Object deal : SessionJson.array(SessionJson.parse(response.body()))) {
      Map<String, Object> details = SessionJson.object(deal);
      if (details.get("contract") != null && ids.size() < 5) {
        ids.add((String) details.get("id"));
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalStateException(
          "No deal with a contract that " + user + " may see; is the demo data loaded?");
    }
    return ids;
  }

  private static void row(
      PrintStream out,
      int sessions,
      SessionHeap.Snapshot before,
      SessionHeap.Snapshot after,
      String when) {
    double perSession =
        sessions == 0 ? Double.NaN : (after.liveBytes() - before.liveBytes()) / MIB / sessions;
    out.printf(
        Locale.ROOT,
        "| %d | %.1f MiB (%s) | %.1f MiB | %.3f MiB | ≤ %.0f MiB | %s |%n",
        sessions,
        before.liveBytes() / MIB,
        when,
        after.liveBytes() / MIB,
        perSession,
        TARGET_MIB,
        perSession <= TARGET_MIB ? "yes" : "no");
  }

  private static String mix(List<Plan> plans) {
    Map<SessionView, Integer> counts = new EnumMap<>(SessionView.class);
    plans.forEach(plan -> counts.merge(plan.view(), 1, Integer::sum));
    Map<String, Integer> labelled = new LinkedHashMap<>();
    counts.forEach((view, count) -> labelled.put(view.label(), count));
    List<String> parts = new ArrayList<>();
    labelled.forEach((label, count) -> parts.add(label + " " + count));
    return String.join(", ", parts) + " over " + USERS.size() + " demo users";
  }

  private static void progress(String message) {
    System.err.printf("[%tT] %s%n", System.currentTimeMillis(), message);
  }
}
