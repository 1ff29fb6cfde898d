package dev.signoff.api;

import static dev.signoff.api.DealReviewApiContract.REVIEWERS;
import static dev.signoff.api.DealReviewApiContract.assertProblem;
import static dev.signoff.api.DealReviewApiContract.dealJson;
import static dev.signoff.api.DealReviewApiContract.texts;
import static dev.signoff.api.DealReviewApiContract.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signoff.SignoffApplication;
import dev.signoff.api.SignoffApi.Reply;
import dev.signoff.audit.Audited;
import dev.signoff.comment.CommentDeleted;
import dev.signoff.comment.CommentEdited;
import dev.signoff.comment.CommentPosted;
import dev.signoff.comment.CommentProblem;
import dev.signoff.comment.NotificationOrder;
import dev.signoff.comment.Notifications;
import dev.signoff.comment.ThreadActivity;
import dev.signoff.comment.ThreadQueries;
import dev.signoff.comment.ThreadReopened;
import dev.signoff.comment.ThreadResolved;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;

/**
 * Comment threads, mentions and notifications through the REST API, as a script would use them:
 * real HTTP and tokens, real engine and database. Run once per database by the subclasses.
 */
@SpringBootTest(
    classes = SignoffApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RecordedEvents.class)
abstract class CommentThreadsApiContract {

  @LocalServerPort int port;
  @Autowired RecordedEvents events;
  @Autowired Notifications notificationService;
  @Autowired ThreadQueries threadQueries;
  SignoffApi api;

  @BeforeEach
  void connect() {
    api = new SignoffApi(port);
  }

  // --- threads on the deal, a clause and a text range; replies; listing ---

  @Test
  void threadsOnTheDealAClauseAndARangeAreListedInDocumentOrder() {
    String dealId = deal();
    String text = contractText(dealId);
    int start = text.indexOf("within 72 hours");

    Reply onRange =
        startThread(
            "security",
            dealId,
            Map.of(
                "anchorKind",
                "RANGE",
                "start",
                start,
                "end",
                start + "within 72 hours".length(),
                "body",
                "72 hours is too long; ask for **24**."));
    assertThat(onRange.status()).as(String.valueOf(onRange.body())).isEqualTo(201);
    assertThat(onRange.headers().getLocation())
        .hasPath("/api/deals/" + dealId + "/threads/" + onRange.body().get("id").asText());
    assertThat(onRange.headers().getETag()).isEqualTo("\"0\"");
    JsonNode rangeAnchor = onRange.body().get("anchor");
    assertThat(rangeAnchor.get("kind").asText()).isEqualTo("RANGE");
    assertThat(rangeAnchor.get("version").asInt()).isEqualTo(1);
    assertThat(rangeAnchor.get("quote").asText()).isEqualTo("within 72 hours");
    assertThat(rangeAnchor.get("clauseLabel").asText()).isEqualTo("7.1 Breach notice");
    assertThat(onRange.body().at("/comments/0/bodyHtml").asText())
        .isEqualTo("<p>72 hours is too long; ask for <strong>24</strong>.</p>");

    Reply onClause =
        startThread(
            "legal",
            dealId,
            Map.of("anchorKind", "CLAUSE", "clauseNumber", "12.1", "body", "Cap too low."));
    assertThat(onClause.status()).as(String.valueOf(onClause.body())).isEqualTo(201);
    assertThat(onClause.body().at("/anchor/clauseLabel").asText()).isEqualTo("12.1 Cap");
    assertThat(onClause.body().at("/anchor/start").asInt()).isEqualTo(text.indexOf("12.1 Cap"));

    Reply onDeal = startThread("owner", dealId, Map.of("body", "Vendor wants to sign by Friday."));
    assertThat(onDeal.status()).isEqualTo(201);
    assertThat(onDeal.body().at("/anchor/kind").asText()).isEqualTo("DEAL");

    String rangeThread = onRange.body().get("id").asText();
    Reply reply = reply("legal", dealId, rangeThread, "Agreed, 24 hours.");
    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.body().get("author").asText()).isEqualTo("legal");
    assertThat(reply.body().get("edited").asBoolean()).isFalse();

    List<JsonNode> listed = threads("engineering", dealId, "");
    assertThat(listed)
        .extracting(thread -> thread.at("/anchor/kind").asText())
        .containsExactly("DEAL", "RANGE", "CLAUSE");
    JsonNode withReply = api.get("owner", threadPath(dealId, rangeThread)).body();
    assertThat(withReply.get("comments"))
        .extracting(comment -> comment.get("author").asText())
        .containsExactly("security", "legal");
    assertThat(withReply.get("status").asText()).isEqualTo("OPEN");

    assertProblem(
        startThread(
            "legal",
            dealId,
            Map.of("anchorKind", "CLAUSE", "clauseNumber", "99.9", "body", "No such clause")),
        400,
        "Invalid comment");
    assertProblem(
        startThread(
            "legal",
            dealId,
            Map.of("anchorKind", "RANGE", "start", 5, "end", 900000, "body", "Too far")),
        400,
        "Invalid comment");
    assertProblem(startThread("legal", dealId, Map.of("body", "   ")), 400, "Invalid comment");
    assertProblem(
        startThread("legal", dealId, Map.of("body", "x".repeat(10_001))), 400, "Invalid comment");
    assertProblem(
        startThread("legal", dealId, Map.of("body", "In a section", "checklistSection", "nope")),
        400,
        "Invalid comment");
  }

  @Test
  void filtersSelectOpenResolvedMineMentioningMeSectionAndVersion() {
    String dealId = deal();
    api.get("engineering", "/api/tasks");
    String section = firstChecklistSection(dealId);
    String legalThread =
        startThread(
                "legal",
                dealId,
                Map.of("body", "Over to @engineering for the SLA.", "checklistSection", section))
            .body()
            .get("id")
            .asText();
    String securityThread =
        startThread(
                "security",
                dealId,
                Map.of("anchorKind", "CLAUSE", "clauseNumber", "7.1", "body", "Breach notice?"))
            .body()
            .get("id")
            .asText();
    String productThread =
        startThread("product", dealId, Map.of("body", "Pricing?")).body().get("id").asText();
    reply("legal", dealId, productThread, "Pricing is fine.");
    assertThat(resolve("security", dealId, securityThread).status()).isEqualTo(200);

    assertThat(ids(threads("legal", dealId, "?status=open")))
        .containsExactlyInAnyOrder(legalThread, productThread);
    assertThat(ids(threads("legal", dealId, "?status=resolved"))).containsExactly(securityThread);
    assertThat(ids(threads("legal", dealId, "?status=all"))).hasSize(3);
    assertThat(ids(threads("legal", dealId, "?mine=true")))
        .containsExactlyInAnyOrder(legalThread, productThread);
    assertThat(ids(threads("engineering", dealId, "?mentioningMe=true")))
        .containsExactly(legalThread);
    assertThat(ids(threads("legal", dealId, "?mentioningMe=true"))).isEmpty();
    assertThat(ids(threads("product", dealId, "?section=" + section))).containsExactly(legalThread);
    assertThat(ids(threads("product", dealId, "?version=1"))).containsExactly(securityThread);
    assertThat(ids(threads("product", dealId, "?status=open&mine=true")))
        .containsExactly(productThread);
    assertProblem(api.get("legal", threadsPath(dealId) + "?status=later"), 400, "Invalid comment");

    List<ThreadActivity> activity =
        CurrentCaller.runAs(
            new Caller("legal", Set.of("legal")),
            () -> threadQueries.activity(List.of(UUID.fromString(dealId), UUID.randomUUID())));
    assertThat(activity).hasSize(1);
    assertThat(activity.get(0).openThreads()).isEqualTo(2);
    assertThat(activity.get(0).resolvedThreads()).isEqualTo(1);
    assertThat(activity.get(0).blockingThreads()).isZero();
    assertThat(activity.get(0).lastActivityBy()).isEqualTo("security");
    assertThat(
            CurrentCaller.runAs(
                new Caller("privacy", Set.of("privacy-officer")),
                () -> threadQueries.activity(List.of(UUID.fromString(dealId)))))
        .isEmpty();
  }

  // --- mentions and notifications ---

  @Test
  void mentionOfLegalNotifiesLegalUntilRead() {
    String dealId = deal();
    api.get("legal", "/api/tasks");
    api.post("legal", "/api/notifications/read-all", Map.of());
    String thread =
        startThread("security", dealId, Map.of("body", "Breach notice.")).body().get("id").asText();
    assertThat(unread("legal")).isZero();

    Reply mentioning = reply("product", dealId, thread, "@legal please check the notice clause.");
    assertThat(mentioning.status()).as(String.valueOf(mentioning.body())).isEqualTo(201);
    assertThat(texts(mentioning.body().get("mentions"))).containsExactly("legal");

    assertThat(unread("legal")).isEqualTo(1);
    JsonNode notification = notifications("legal", "?unreadOnly=true").get(0);
    assertThat(notification.get("kind").asText()).isEqualTo("MENTION");
    assertThat(notification.get("actor").asText()).isEqualTo("product");
    assertThat(notification.get("dealId").asText()).isEqualTo(dealId);
    assertThat(notification.get("threadId").asText()).isEqualTo(thread);
    assertThat(notification.get("excerpt").asText())
        .isEqualTo("@legal please check the notice clause.");
    assertThat(notification.get("dealTitle").asText()).startsWith("Threads ");

    assertThat(unread("security")).isGreaterThanOrEqualTo(1);
    assertThat(notifications("security", "?unreadOnly=true"))
        .anyMatch(
            reply ->
                reply.get("kind").asText().equals("REPLY")
                    && reply.get("threadId").asText().equals(thread));
    assertThat(notifications("product", ""))
        .noneMatch(n -> n.get("threadId").asText().equals(thread));

    String id = notification.get("id").asText();
    assertProblem(api.post("security", "/api/notifications/" + id + "/read", Map.of()), 404, null);
    Reply read = api.post("legal", "/api/notifications/" + id + "/read", Map.of());
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().get("readAt").isNull()).isFalse();
    assertThat(unread("legal")).isZero();
    assertThat(notifications("legal", "?unreadOnly=true")).isEmpty();
    assertThat(notifications("legal", "?limit=5")).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    assertProblem(api.get("legal", "/api/notifications?limit=0"), 400, "Invalid comment");

    reply("security", dealId, thread, "Resolving soon, @product.");
    assertThat(unread("product")).isGreaterThanOrEqualTo(1);
    assertThat(api.post("product", "/api/notifications/read-all", Map.of()).status())
        .isEqualTo(200);
    assertThat(unread("product")).isZero();

    Reply toGroup = reply("legal", dealId, thread, "@security-privacy have a look.");
    assertThat(toGroup.status()).as(String.valueOf(toGroup.body())).isEqualTo(201);
    List<JsonNode> forSecurity =
        notifications("security", "?order=newest-first").stream()
            .filter(n -> n.get("commentId").asText().equals(toGroup.body().get("id").asText()))
            .toList();
    assertThat(forSecurity).hasSize(1);
    assertThat(forSecurity.get(0).get("kind").asText()).isEqualTo("MENTION");
    assertThat(forSecurity.get(0).get("actor").asText()).isEqualTo("legal");
  }

  @Test
  void mentionOfSomeoneWithoutAccessIsRefusedAndNothingIsStored() {
    String dealId = deal();
    api.get("privacy", "/api/tasks");
    String thread =
        startThread("legal", dealId, Map.of("body", "Start.")).body().get("id").asText();

    Reply refused = reply("legal", dealId, thread, "@privacy should look at this.");
    assertProblem(refused, 422, "Mention without access");
    assertThat(refused.body().get("detail").asText())
        .contains("@privacy")
        .contains("cannot see this deal")
        .contains("does not grant access");
    assertProblem(
        reply("legal", dealId, thread, "@ai-risk-committee, please."),
        422,
        "Mention without access");
    Reply unknown = reply("legal", dealId, thread, "@nobody-by-that-name hello");
    assertProblem(unknown, 400, "Unknown mention");
    assertThat(unknown.body().get("detail").asText()).contains("@nobody-by-that-name");
    assertProblem(
        startThread("legal", dealId, Map.of("body", "New thread for @privacy")),
        422,
        "Mention without access");

    assertThat(threads("legal", dealId, "")).hasSize(1);
    assertThat(api.get("legal", threadPath(dealId, thread)).body().get("comments")).hasSize(1);
    assertThat(events.ofDeal(dealId, CommentPosted.class)).hasSize(1);
    assertThat(notifications("privacy", ""))
        .noneMatch(n -> n.get("dealId").asText().equals(dealId));

    List<JsonNode> candidates = candidates("legal", dealId, "");
    assertThat(candidates)
        .extracting(c -> c.get("name").asText())
        .contains("legal", "security", "owner", "manager", "security-privacy")
        .doesNotContain("privacy", "privacy-officer", "ai-risk-committee");
    assertThat(candidates("legal", dealId, "sec"))
        .extracting(c -> c.get("name").asText())
        .contains("security", "security-privacy")
        .allMatch(name -> name.startsWith("sec") || name.isEmpty());
    assertThat(candidates("legal", dealId, "sec"))
        .filteredOn(c -> c.get("group").asBoolean())
        .extracting(c -> c.get("label").asText())
        .containsExactly("Security & privacy (group)");
  }

  // --- rendering ---

  @Test
  void hostileCommentIsStoredVerbatimButRenderedInert() {
    String dealId = deal();
    String hostile =
        "<script>alert('x')</script>\n\n"
            + "Hi <img src=x onerror=alert(1)> and <svg onload=alert(2)></svg>"
            + " <iframe src=\"https://evil.example\"></iframe>\n\n"
            + "[click](javascript:alert(3)) <a href=\"javascript:alert(4)\">raw</a>"
            + " [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==)"
            + " [entity](jav&#x61;script:alert(6)) <b onmouseover=\"alert(7)\">bold</b>\n\n"
            + "* a [fine link](https://example.com/docs) in a *list*";
    Reply started = startThread("legal", dealId, Map.of("body", hostile));
    assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(201);
    String thread = started.body().get("id").asText();

    JsonNode comment = api.get("security", threadPath(dealId, thread)).body().at("/comments/0");
    assertThat(comment.get("body").asText()).isEqualTo(hostile);
    String html = comment.get("bodyHtml").asText();
    assertInert(html);
    Element fine = Jsoup.parseBodyFragment(html).selectFirst("a[href=https://example.com/docs]");
    assertThat(fine).isNotNull();
    assertThat(fine.attr("rel")).isEqualTo("noopener noreferrer");
    assertThat(Jsoup.parseBodyFragment(html).select("ul li em")).hasSize(1);
  }

  // --- edits, deletions, resolution ---

  @Test
  void authorsEditAndDeleteOnlyTheirOwnComments() {
    String dealId = deal();
    JsonNode started = startThread("legal", dealId, Map.of("body", "Cap too low.")).body();
    String thread = started.get("id").asText();
    String comment = started.at("/comments/0/id").asText();
    String commentPath = threadPath(dealId, thread) + "/comments/" + comment;

    Reply edited =
        api.send(
            HttpMethod.PATCH, "legal", commentPath, Map.of("body", "Cap *far* too low."), "\"0\"");
    assertThat(edited.status()).as(String.valueOf(edited.body())).isEqualTo(200);
    assertThat(edited.body().get("edited").asBoolean()).isTrue();
    assertThat(edited.body().get("editedAt").isNull()).isFalse();
    assertThat(edited.body().get("bodyHtml").asText())
        .isEqualTo("<p>Cap <em>far</em> too low.</p>");
    assertThat(edited.headers().getETag()).isEqualTo("\"1\"");

    assertProblem(
        api.send(HttpMethod.PATCH, "security", commentPath, Map.of("body", "Mine now"), "\"1\""),
        403,
        "Not your comment");
    assertProblem(
        api.send(HttpMethod.DELETE, "security", commentPath, null, "\"1\""),
        403,
        "Not your comment");
    assertProblem(
        api.send(HttpMethod.PATCH, "legal", commentPath, Map.of("body", "Stale"), "\"0\""),
        409,
        "Changed meanwhile");
    assertProblem(
        api.send(HttpMethod.PATCH, "legal", commentPath, Map.of("body", "No version"), null),
        428,
        "Version required");
    assertThat(api.get("owner", threadPath(dealId, thread)).body().at("/comments/0/body").asText())
        .isEqualTo("Cap *far* too low.");

    Reply deleted = api.send(HttpMethod.DELETE, "legal", commentPath, null, "\"1\"");
    assertThat(deleted.status()).as(String.valueOf(deleted.body())).isEqualTo(200);
    JsonNode tombstone = api.get("owner", threadPath(dealId, thread)).body().at("/comments/0");
    assertThat(tombstone.get("deleted").asBoolean()).isTrue();
    assertThat(tombstone.get("deletedBy").asText()).isEqualTo("legal");
    assertThat(tombstone.get("deletedAt").isNull()).isFalse();
    assertThat(tombstone.get("body").isNull()).isTrue();
    assertThat(tombstone.get("bodyHtml").isNull()).isTrue();
    assertProblem(
        api.send(HttpMethod.PATCH, "legal", commentPath, Map.of("body", "Back"), "\"2\""),
        409,
        "Conflict");
    assertProblem(
        api.send(
            HttpMethod.PATCH,
            "legal",
            threadPath(dealId, thread) + "/comments/" + java.util.UUID.randomUUID(),
            Map.of("body", "?"),
            "\"0\""),
        404,
        "Comment not found");
  }

  @Test
  void anyoneWhoSeesTheDealResolvesAndReopensAndParticipantsHearOfIt() {
    String dealId = deal();
    api.get("legal", "/api/tasks");
    String thread =
        startThread("legal", dealId, Map.of("body", "Audit rights?")).body().get("id").asText();
    long before = unread("legal");

    Reply resolved = resolve("product", dealId, thread);
    assertThat(resolved.status()).as(String.valueOf(resolved.body())).isEqualTo(200);
    assertThat(resolved.body().get("status").asText()).isEqualTo("RESOLVED");
    assertThat(resolved.body().get("resolvedBy").asText()).isEqualTo("product");
    assertThat(resolved.headers().getETag()).isEqualTo("\"1\"");
    assertThat(unread("legal")).isEqualTo(before + 1);
    assertThat(
            notifications("legal", "?unreadOnly=true&order=newest-first")
                .get(0)
                .get("kind")
                .asText())
        .isEqualTo("RESOLVED");

    assertProblem(
        api.send(
            HttpMethod.POST, "security", threadPath(dealId, thread) + "/resolve", null, "\"1\""),
        409,
        "Conflict");
    assertProblem(
        api.send(
            HttpMethod.POST, "security", threadPath(dealId, thread) + "/reopen", null, "\"0\""),
        409,
        "Changed meanwhile");
    Reply reopened =
        api.send(
            HttpMethod.POST, "security", threadPath(dealId, thread) + "/reopen", null, "\"1\"");
    assertThat(reopened.status()).isEqualTo(200);
    assertThat(reopened.body().get("status").asText()).isEqualTo("OPEN");
    assertThat(reopened.body().get("resolvedBy").isNull()).isTrue();
    assertThat(notifications("product", "?order=newest-first").get(0).get("kind").asText())
        .isEqualTo("REOPENED");
  }

  @Test
  void concurrentEditsOfOneCommentLetExactlyOneWinAndKeepItsText() throws Exception {
    String dealId = deal();
    JsonNode started = startThread("legal", dealId, Map.of("body", "Original.")).body();
    String commentPath =
        threadPath(dealId, started.get("id").asText())
            + "/comments/"
            + started.at("/comments/0/id").asText();
    api.tokenOf("legal");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Reply>> edits = new ArrayList<>();
      for (String text : List.of("First writer's text.", "Second writer's text.")) {
        Callable<Reply> edit =
            () -> {
              go.await();
              return api.send(
                  HttpMethod.PATCH, "legal", commentPath, Map.of("body", text), "\"0\"");
            };
        edits.add(pool.submit(edit));
      }
      go.countDown();
      List<Reply> replies = new ArrayList<>();
      for (Future<Reply> edit : edits) {
        replies.add(edit.get());
      }
      assertThat(replies).extracting(Reply::status).containsExactlyInAnyOrder(200, 409);
      Reply winner =
          replies.stream().filter(reply -> reply.status() == 200).findFirst().orElseThrow();
      Reply loser =
          replies.stream().filter(reply -> reply.status() == 409).findFirst().orElseThrow();
      assertProblem(loser, 409, "Changed meanwhile");
      assertThat(loser.body().get("detail").asText()).contains("reload");
      JsonNode stored =
          api.get("legal", threadPath(dealId, started.get("id").asText())).body().at("/comments/0");
      assertThat(stored.get("body").asText()).isEqualTo(winner.body().get("body").asText());
      assertThat(stored.get("version").asLong()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  // --- a new version ---

  @Test
  void threadsSurviveANewVersionMovingWithTheirTextOrBecomingOutdated() {
    String dealId = deal();
    String text = contractText(dealId);
    String notice = startRange("security", dealId, text, "within 72 hours", "Too long.");
    String audits = startRange("legal", dealId, text, "once a year", "Twice a year.");
    String breachClause = startClause("legal", dealId, "7.1", "Breach clause needs work.");
    String resolvedOne = startRange("product", dealId, text, "twelve months of fees", "Fine.");
    assertThat(resolve("product", dealId, resolvedOne).status()).isEqualTo(200);
    String onDeal =
        startThread("owner", dealId, Map.of("body", "General.")).body().get("id").asText();

    String revision = requestChangesUntilRevision(dealId);
    Reply revised =
        api.submitRevision("owner", revision, "v2.md", revisedContract(), "Reworked section 7.");
    assertThat(revised.status()).as(String.valueOf(revised.body())).isEqualTo(200);
    String newText = contractText(dealId);
    assertThat(newText).contains("Encryption");

    JsonNode moved = anchor(dealId, notice);
    assertThat(moved.get("outdated").asBoolean()).isFalse();
    assertThat(moved.get("version").asInt()).isEqualTo(2);
    assertThat(moved.get("createdInVersion").asInt()).isEqualTo(1);
    assertThat(moved.get("start").asInt()).isEqualTo(newText.indexOf("within 72 hours"));
    assertThat(moved.get("start").asInt()).isNotEqualTo(text.indexOf("within 72 hours"));
    assertThat(moved.get("clauseLabel").asText()).isEqualTo("7.2 Breach notice");

    JsonNode followed = anchor(dealId, breachClause);
    assertThat(followed.get("outdated").asBoolean()).isFalse();
    assertThat(followed.get("clauseNumber").asText()).isEqualTo("7.2");
    assertThat(followed.get("clauseHeading").asText()).isEqualTo("Breach notice");
    assertThat(followed.get("start").asInt()).isEqualTo(newText.indexOf("7.2 Breach notice"));

    JsonNode gone = anchor(dealId, audits);
    assertThat(gone.get("outdated").asBoolean()).isTrue();
    assertThat(gone.get("outdatedSinceVersion").asInt()).isEqualTo(2);
    assertThat(gone.get("version").asInt()).isEqualTo(1);
    assertThat(gone.get("quote").asText()).isEqualTo("once a year");
    assertThat(gone.get("start").asInt()).isEqualTo(text.indexOf("once a year"));

    JsonNode stayed = anchor(dealId, resolvedOne);
    assertThat(stayed.get("version").asInt()).isEqualTo(1);
    assertThat(stayed.get("outdated").asBoolean()).isFalse();
    assertThat(anchor(dealId, onDeal).get("kind").asText()).isEqualTo("DEAL");

    assertThat(ids(threads("legal", dealId, "?version=2")))
        .containsExactlyInAnyOrder(notice, breachClause);
    assertThat(threads("legal", dealId, "?status=open")).hasSize(4);

    JsonNode resolvedThread = api.get("legal", threadPath(dealId, resolvedOne)).body();
    Reply reopened =
        api.send(
            HttpMethod.POST,
            "legal",
            threadPath(dealId, resolvedOne) + "/reopen",
            null,
            "\"" + resolvedThread.get("version").asLong() + "\"");
    assertThat(reopened.status()).isEqualTo(200);
    assertThat(reopened.body().at("/anchor/version").asInt()).isEqualTo(2);
    assertThat(reopened.body().at("/anchor/start").asInt())
        .isEqualTo(newText.indexOf("twelve months of fees"));
  }

  @Test
  void everyChangePublishesItsAuditedEventOnceCommitted() {
    String dealId = deal();
    api.get("legal", "/api/tasks");
    JsonNode started =
        startThread("security", dealId, Map.of("body", "Breach notice, @legal?")).body();
    String thread = started.get("id").asText();
    String first = started.at("/comments/0/id").asText();
    String reply = reply("legal", dealId, thread, "Looking.").body().get("id").asText();
    String replyPath = threadPath(dealId, thread) + "/comments/" + reply;
    assertThat(
            api.send(
                    HttpMethod.PATCH,
                    "legal",
                    replyPath,
                    Map.of("body", "Looking, @security."),
                    "\"0\"")
                .status())
        .isEqualTo(200);
    assertThat(api.send(HttpMethod.DELETE, "legal", replyPath, null, "\"1\"").status())
        .isEqualTo(200);
    assertThat(resolve("product", dealId, thread).status()).isEqualTo(200);
    assertThat(
            api.send(
                    HttpMethod.POST, "owner", threadPath(dealId, thread) + "/reopen", null, "\"1\"")
                .status())
        .isEqualTo(200);

    List<Audited> audited =
        events.ofDeal(dealId).stream()
            .filter(event -> event.auditAction().startsWith("comment."))
            .toList();
    assertThat(audited)
        .extracting(Audited::auditAction)
        .containsExactly(
            "comment.thread-started",
            "comment.posted",
            "comment.edited",
            "comment.deleted",
            "comment.thread-resolved",
            "comment.thread-reopened");
    assertThat(audited)
        .extracting(Audited::actor)
        .containsExactly("security", "legal", "legal", "legal", "product", "owner");
    CommentPosted posted = (CommentPosted) audited.get(0);
    assertThat(posted.startedThread()).isTrue();
    assertThat(posted.threadId()).hasToString(thread);
    assertThat(posted.commentId()).hasToString(first);
    assertThat(posted.mentioned()).containsExactly("legal");
    assertThat(posted.auditSubject()).isEqualTo(first);
    assertThat(((CommentPosted) audited.get(1)).startedThread()).isFalse();
    CommentEdited edited = (CommentEdited) audited.get(2);
    assertThat(edited.newlyMentioned()).containsExactly("security");
    assertThat(((CommentDeleted) audited.get(3)).commentId()).hasToString(reply);
    assertThat(((ThreadResolved) audited.get(4)).threadId()).hasToString(thread);
    assertThat(((ThreadReopened) audited.get(5)).auditSubject()).isEqualTo(thread);
    assertThat(events.notificationsOf(dealId))
        .anyMatch(sent -> sent.recipients().contains("legal"))
        .allMatch(sent -> sent.threadId().toString().equals(thread));
  }

  @Test
  void notificationsOfADealTheRecipientCanNoLongerSeeAreLeftOut() {
    String dealId = deal();
    api.get("legal", "/api/tasks");
    String thread =
        startThread("security", dealId, Map.of("body", "For @legal.")).body().get("id").asText();
    Caller legalAsBefore = new Caller("legal", Set.of("legal"));
    Caller legalWithoutTheGroup = new Caller("legal", Set.of());
    UUID notification =
        CurrentCaller.runAs(
            legalAsBefore,
            () ->
                notificationService.list(true, NotificationOrder.NEWEST_FIRST, 50).stream()
                    .filter(n -> n.threadId().toString().equals(thread))
                    .findFirst()
                    .orElseThrow()
                    .id());
    long unreadBefore = CurrentCaller.runAs(legalAsBefore, notificationService::unreadCount);

    CurrentCaller.runAs(
        legalWithoutTheGroup,
        () -> {
          assertThat(notificationService.list(false, NotificationOrder.UNREAD_FIRST, 200))
              .noneMatch(n -> n.dealId().toString().equals(dealId));
          assertThat(notificationService.unreadCount()).isLessThan(unreadBefore);
          org.assertj.core.api.Assertions.assertThatThrownBy(
                  () -> notificationService.markRead(notification))
              .isInstanceOf(CommentProblem.class)
              .hasMessageContaining("no notification");
          notificationService.markAllRead();
          return null;
        });
    assertThat(
            CurrentCaller.runAs(
                legalAsBefore,
                () -> notificationService.list(true, NotificationOrder.NEWEST_FIRST, 200)))
        .as("still unread: marking all read without access left it alone")
        .anyMatch(n -> n.id().equals(notification));
    assertThat(
            CurrentCaller.runAs(legalAsBefore, () -> notificationService.markRead(notification))
                .read())
        .isTrue();
  }

  // --- signing ---

  @Test
  void finalApprovalIsRefusedWhileAThreadThatMustBeResolvedIsOpen() {
    String dealId = deal();
    Reply blocking =
        startThread(
            "legal",
            dealId,
            Map.of(
                "anchorKind",
                "CLAUSE",
                "clauseNumber",
                "12.1",
                "body",
                "Do not sign before the cap is fixed.",
                "mustResolveBeforeSigning",
                true));
    assertThat(blocking.body().get("mustResolveBeforeSigning").asBoolean()).isTrue();
    String thread = blocking.body().get("id").asText();
    String other =
        startThread("security", dealId, Map.of("body", "Just a note.")).body().get("id").asText();
    assertProblem(
        api.send(
            HttpMethod.PUT,
            "security",
            threadPath(dealId, thread) + "/signing-requirement",
            Map.of("required", false),
            "\"0\""),
        403,
        "Not your thread");
    Reply flagged =
        api.send(
            HttpMethod.PUT,
            "security",
            threadPath(dealId, other) + "/signing-requirement",
            Map.of("required", true),
            "\"0\"");
    assertThat(flagged.status()).isEqualTo(200);
    Reply unflagged =
        api.send(
            HttpMethod.PUT,
            "security",
            threadPath(dealId, other) + "/signing-requirement",
            Map.of("required", false),
            "\"1\"");
    assertThat(unflagged.body().get("mustResolveBeforeSigning").asBoolean()).isFalse();

    approveEverythingBeforeFinalApproval(dealId);
    String finalTask = taskOf("manager", dealId).get("id").asText();
    Reply refused = api.decide("manager", finalTask, "APPROVE", "Sign it.");
    assertProblem(refused, 409, "Open threads block signing");
    assertThat(refused.body().get("detail").asText())
        .contains("Do not sign before the cap is fixed.")
        .contains("started by legal")
        .contains("12.1 Cap");
    assertThat(api.get("manager", threadsPath(dealId) + "/blocking-signature").body()).hasSize(1);
    assertThat(api.get("owner", "/api/deals/" + dealId).body().get("stage").asText())
        .isEqualTo("FINAL_APPROVAL");

    assertThat(resolve("manager", dealId, thread).status()).isEqualTo(200);
    Reply signed = api.decide("manager", finalTask, "APPROVE", "Sign it.");
    assertThat(signed.status()).as(String.valueOf(signed.body())).isEqualTo(200);
    assertThat(signed.body().get("dealStage").asText()).isEqualTo("SIGNED");
  }

  // --- access ---

  @Test
  void everyEndpointAnswers404ForADealTheCallerCannotSee() {
    String dealId = deal();
    JsonNode started = startThread("legal", dealId, Map.of("body", "Hidden from privacy.")).body();
    String thread = threadPath(dealId, started.get("id").asText());
    String comment = thread + "/comments/" + started.at("/comments/0/id").asText();
    api.get("legal", "/api/tasks");
    String notification =
        reply("security", dealId, started.get("id").asText(), "Reply for legal.").status() == 201
            ? notifications("legal", "?order=newest-first").get(0).get("id").asText()
            : null;

    String privacy = "privacy";
    List<Reply> replies =
        List.of(
            api.get(privacy, threadsPath(dealId)),
            api.post(privacy, threadsPath(dealId), Map.of("body", "Let me in")),
            api.get(privacy, thread),
            api.post(privacy, thread + "/comments", Map.of("body", "Let me in")),
            api.send(HttpMethod.PATCH, privacy, comment, Map.of("body", "x"), "\"0\""),
            api.send(HttpMethod.DELETE, privacy, comment, null, "\"0\""),
            api.send(HttpMethod.POST, privacy, thread + "/resolve", null, "\"0\""),
            api.send(HttpMethod.POST, privacy, thread + "/reopen", null, "\"0\""),
            api.send(
                HttpMethod.PUT,
                privacy,
                thread + "/signing-requirement",
                Map.of("required", true),
                "\"0\""),
            api.get(privacy, threadsPath(dealId) + "/blocking-signature"),
            api.get(privacy, "/api/deals/" + dealId + "/mention-candidates?prefix=le"),
            api.post(privacy, "/api/notifications/" + notification + "/read", Map.of()));
    for (Reply reply : replies) {
      assertProblem(reply, 404, null);
    }
    assertThat(api.get(privacy, "/api/notifications").body())
        .noneMatch(n -> n.get("dealId").asText().equals(dealId));
    assertThat(api.get("legal", thread).body().get("comments")).hasSize(2);
    assertThat(api.getAnonymous(threadsPath(dealId)).status()).isEqualTo(401);
    assertThat(api.getAnonymous("/api/notifications/unread-count").status()).isEqualTo(401);
  }

  @Test
  void openApiDocumentDescribesTheThreadAndNotificationEndpoints() {
    JsonNode paths = api.get("owner", "/v3/api-docs").body().get("paths");
    assertThat(DealReviewApiContract.fieldNames(paths))
        .contains(
            "/api/deals/{dealId}/threads",
            "/api/deals/{dealId}/threads/{threadId}",
            "/api/deals/{dealId}/threads/{threadId}/comments",
            "/api/deals/{dealId}/threads/{threadId}/comments/{commentId}",
            "/api/deals/{dealId}/threads/{threadId}/resolve",
            "/api/deals/{dealId}/threads/{threadId}/reopen",
            "/api/deals/{dealId}/mention-candidates",
            "/api/notifications",
            "/api/notifications/unread-count",
            "/api/notifications/{notificationId}/read",
            "/api/notifications/read-all");
    assertThat(paths.at("/~1api~1deals~1{dealId}~1threads/post/summary").asText())
        .isEqualTo("Start a thread with its first comment");
  }

  // --- helpers ---

  static void assertInert(String html) {
    for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      assertThat(element.tagName())
          .as(html)
          .isIn(
              "body",
              "p",
              "br",
              "em",
              "strong",
              "code",
              "pre",
              "ul",
              "ol",
              "li",
              "blockquote",
              "a");
      for (Attribute attribute : element.attributes()) {
        assertThat(attribute.getKey()).as(html).isIn("href", "rel", "target", "start");
        if (attribute.getKey().equals("href")) {
          assertThat(attribute.getValue()).as(html).matches("^(https?:|mailto:).*");
        }
      }
    }
    assertThat(html)
        .doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("<img")
        .doesNotContainIgnoringCase("<svg")
        .doesNotContainIgnoringCase("<iframe")
        .doesNotContainIgnoringCase("href=\"javascript")
        .doesNotContainIgnoringCase("href=\"data");
  }

  String deal() {
    Reply submitted =
        api.submitDeal(
            "owner",
            dealJson("Threads " + uniqueWord()),
            "contract.md",
            threadsContract().getBytes(StandardCharsets.UTF_8));
    assertThat(submitted.status()).as(String.valueOf(submitted.body())).isEqualTo(201);
    return submitted.body().get("id").asText();
  }

  static String threadsContract() {
    return "# AI Services Agreement\n\n## 7. Security\n\n7.1 Breach notice. The Vendor notifies the"
        + " Customer of a security breach within 72 hours.\n\n7.2 Audits. The Customer may audit the"
        + " Vendor once a year.\n\n## 12. Liability\n\n12.1 Cap. Each party's aggregate liability is"
        + " capped at twelve months of fees.\n";
  }

  static byte[] revisedContract() {
    return ("# AI Services Agreement\n\n## 7. Security\n\n7.1 Encryption. The Vendor encrypts customer"
            + " data at rest and in transit.\n\n7.2 Breach notice. The Vendor notifies the Customer of"
            + " a security breach within 72 hours.\n\n## 12. Liability\n\n12.1 Cap. Each party's"
            + " aggregate liability is capped at twelve months of fees.\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  String contractText(String dealId) {
    Reply text = api.get("owner", "/api/deals/" + dealId + "/contract/text");
    assertThat(text.status()).isEqualTo(200);
    return text.body().asText();
  }

  static String threadsPath(String dealId) {
    return "/api/deals/" + dealId + "/threads";
  }

  static String threadPath(String dealId, String threadId) {
    return threadsPath(dealId) + "/" + threadId;
  }

  Reply startThread(String user, String dealId, Map<String, Object> request) {
    return api.post(user, threadsPath(dealId), request);
  }

  String startRange(String user, String dealId, String text, String quote, String body) {
    int start = text.indexOf(quote);
    Reply started =
        startThread(
            user,
            dealId,
            Map.of(
                "anchorKind",
                "RANGE",
                "start",
                start,
                "end",
                start + quote.length(),
                "body",
                body));
    assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(201);
    return started.body().get("id").asText();
  }

  String startClause(String user, String dealId, String clause, String body) {
    Reply started =
        startThread(
            user, dealId, Map.of("anchorKind", "CLAUSE", "clauseNumber", clause, "body", body));
    assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(201);
    return started.body().get("id").asText();
  }

  Reply reply(String user, String dealId, String threadId, String body) {
    return api.post(user, threadPath(dealId, threadId) + "/comments", Map.of("body", body));
  }

  Reply resolve(String user, String dealId, String threadId) {
    long version = api.get(user, threadPath(dealId, threadId)).body().get("version").asLong();
    return api.send(
        HttpMethod.POST,
        user,
        threadPath(dealId, threadId) + "/resolve",
        null,
        "\"" + version + "\"");
  }

  JsonNode anchor(String dealId, String threadId) {
    return api.get("legal", threadPath(dealId, threadId)).body().get("anchor");
  }

  List<JsonNode> threads(String user, String dealId, String query) {
    Reply reply = api.get(user, threadsPath(dealId) + query);
    assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(200);
    return StreamSupport.stream(reply.body().spliterator(), false).toList();
  }

  static List<String> ids(List<JsonNode> threads) {
    return threads.stream().map(thread -> thread.get("id").asText()).toList();
  }

  long unread(String user) {
    Reply count = api.get(user, "/api/notifications/unread-count");
    assertThat(count.status()).isEqualTo(200);
    return count.body().get("unread").asLong();
  }

  List<JsonNode> notifications(String user, String query) {
    Reply reply = api.get(user, "/api/notifications" + query);
    assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(200);
    return StreamSupport.stream(reply.body().spliterator(), false).toList();
  }

  List<JsonNode> candidates(String user, String dealId, String prefix) {
    Reply reply = api.get(user, "/api/deals/" + dealId + "/mention-candidates?prefix=" + prefix);
    assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(200);
    return StreamSupport.stream(reply.body().spliterator(), false).toList();
  }

  String firstChecklistSection(String dealId) {
    String taskId = taskOf("legal", dealId).get("id").asText();
    return api.get("legal", "/api/tasks/" + taskId + "/checklist")
        .body()
        .at("/checklist/sections/0/id")
        .asText();
  }

  JsonNode taskOf(String user, String dealId) {
    return StreamSupport.stream(api.get(user, "/api/tasks").body().spliterator(), false)
        .filter(task -> task.get("dealId").asText().equals(dealId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No task for " + user + " on deal " + dealId));
  }

  /** Legal requests changes, the others approve: the owner's revision task, by id. */
  String requestChangesUntilRevision(String dealId) {
    Reply requested =
        api.decide(
            "legal", taskOf("legal", dealId).get("id").asText(), "REQUEST_CHANGES", "Fix 7.");
    assertThat(requested.status()).as(String.valueOf(requested.body())).isEqualTo(200);
    for (String reviewer : REVIEWERS) {
      if (!reviewer.equals("legal")) {
        approveReview(reviewer, dealId);
      }
    }
    JsonNode revision = taskOf("owner", dealId);
    assertThat(revision.get("kind").asText()).isEqualTo("REVISION");
    return revision.get("id").asText();
  }

  void approveEverythingBeforeFinalApproval(String dealId) {
    for (String reviewer : REVIEWERS) {
      approveReview(reviewer, dealId);
    }
    Map<String, Object> confirmation = new HashMap<>();
    confirmation.put("outcome", "APPROVE");
    confirmation.put("comment", "Ready.");
    confirmation.put(
        "confirmations",
        Map.of(
            "contractMatchesDeployment", true, "riskAcceptable", true, "monitoringInPlace", true));
    for (String reviewer : REVIEWERS) {
      Reply confirmed =
          api.decide(reviewer, taskOf(reviewer, dealId).get("id").asText(), confirmation);
      assertThat(confirmed.status()).as(String.valueOf(confirmed.body())).isEqualTo(200);
    }
  }

  void approveReview(String reviewer, String dealId) {
    String taskId = taskOf(reviewer, dealId).get("id").asText();
    assertThat(api.answerAllSatisfied(reviewer, taskId).status()).isEqualTo(200);
    Reply approved = api.decide(reviewer, taskId, "APPROVE", "Fine.");
    assertThat(approved.status()).as(String.valueOf(approved.body())).isEqualTo(200);
  }
}
