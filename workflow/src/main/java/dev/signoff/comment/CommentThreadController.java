package dev.signoff.comment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API for a deal's comment threads. Changes to an existing comment or thread carry the version
 * the client saw as {@code If-Match} (the {@code ETag} of the response that showed it, or its
 * {@code version} field); a stale version answers 409 and changes nothing.
 */
@RestController
@RequestMapping("/api/deals/{dealId}")
@Tag(name = "Comment threads", description = "Clause-anchored discussion of a deal's contract")
class CommentThreadController {

  private final CommentThreads threads;
  private final ThreadResolutions resolutions;
  private final ThreadQueries queries;
  private final MentionCandidates candidates;

  CommentThreadController(
      CommentThreads threads,
      ThreadResolutions resolutions,
      ThreadQueries queries,
      MentionCandidates candidates) {
    this.threads = threads;
    this.resolutions = resolutions;
    this.queries = queries;
    this.candidates = candidates;
  }

  /** A comment's text, in the comment Markdown subset. */
  record CommentText(String body) {}

  /** Whether a thread must be resolved before the deal can be signed. */
  record SigningRequirement(boolean required) {}

  @Operation(
      summary = "The deal's threads with their comments, in document order",
      description =
          "Filters: status=open|resolved|all (default all), mine=true (threads the caller started"
              + " or wrote in), mentioningMe=true (the caller or one of their groups is mentioned),"
              + " section=<checklist section id>, version=<contract version anchored to>.")
  @GetMapping("/threads")
  List<ThreadView> list(
      @PathVariable UUID dealId,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "false") boolean mine,
      @RequestParam(defaultValue = "false") boolean mentioningMe,
      @RequestParam(required = false) String section,
      @RequestParam(required = false) Integer version) {
    return queries.list(
        dealId,
        new ThreadFilter(status(status), mine, mentioningMe, blankToNull(section), version));
  }

  @Operation(
      summary = "Start a thread with its first comment",
      description =
          "anchorKind DEAL (the deal as a whole), CLAUSE (clauseNumber, as the clause list shows"
              + " it) or RANGE (start and end offsets into the version's extracted text); version"
              + " defaults to the current one. @mentions notify users and groups that can see the"
              + " deal; mentioning someone who cannot is refused (422).")
  @PostMapping("/threads")
  ResponseEntity<ThreadView> start(@PathVariable UUID dealId, @RequestBody NewThread request) {
    ThreadView started = threads.start(dealId, request);
    return ResponseEntity.created(URI.create("/api/deals/" + dealId + "/threads/" + started.id()))
        .eTag(ETags.of(started.version()))
        .body(started);
  }

  @Operation(summary = "One thread with its comments; its ETag is the thread version")
  @GetMapping("/threads/{threadId}")
  ResponseEntity<ThreadView> get(@PathVariable UUID dealId, @PathVariable UUID threadId) {
    ThreadView thread = queries.get(dealId, threadId);
    return ResponseEntity.ok().eTag(ETags.of(thread.version())).body(thread);
  }

  @Operation(summary = "Reply in a thread; its participants and the mentioned are notified")
  @PostMapping("/threads/{threadId}/comments")
  ResponseEntity<CommentView> reply(
      @PathVariable UUID dealId, @PathVariable UUID threadId, @RequestBody CommentText text) {
    CommentView reply = threads.reply(dealId, threadId, text == null ? null : text.body());
    return ResponseEntity.status(HttpStatus.CREATED).eTag(ETags.of(reply.version())).body(reply);
  }

  @Operation(
      summary = "Edit one of your comments (If-Match: the comment version); it shows as edited")
  @PatchMapping("/threads/{threadId}/comments/{commentId}")
  ResponseEntity<CommentView> edit(
      @PathVariable UUID dealId,
      @PathVariable UUID threadId,
      @PathVariable UUID commentId,
      @Parameter(description = "The comment's ETag or version")
          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
          String ifMatch,
      @RequestBody CommentText text) {
    CommentView edited =
        threads.edit(
            dealId, threadId, commentId, text == null ? null : text.body(), ETags.parse(ifMatch));
    return ResponseEntity.ok().eTag(ETags.of(edited.version())).body(edited);
  }

  @Operation(
      summary = "Delete one of your comments (If-Match: the comment version); a tombstone remains")
  @DeleteMapping("/threads/{threadId}/comments/{commentId}")
  ResponseEntity<CommentView> delete(
      @PathVariable UUID dealId,
      @PathVariable UUID threadId,
      @PathVariable UUID commentId,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    CommentView deleted = threads.delete(dealId, threadId, commentId, ETags.parse(ifMatch));
    return ResponseEntity.ok().eTag(ETags.of(deleted.version())).body(deleted);
  }

  @Operation(summary = "Resolve a thread (If-Match: the thread version)")
  @PostMapping("/threads/{threadId}/resolve")
  ResponseEntity<ThreadView> resolve(
      @PathVariable UUID dealId,
      @PathVariable UUID threadId,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return withETag(resolutions.resolve(dealId, threadId, ETags.parse(ifMatch)));
  }

  @Operation(summary = "Reopen a resolved thread (If-Match: the thread version)")
  @PostMapping("/threads/{threadId}/reopen")
  ResponseEntity<ThreadView> reopen(
      @PathVariable UUID dealId,
      @PathVariable UUID threadId,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return withETag(resolutions.reopen(dealId, threadId, ETags.parse(ifMatch)));
  }

  @Operation(
      summary =
          "Set or clear whether the thread must be resolved before signing (its starter only;"
              + " If-Match: the thread version)")
  @PutMapping("/threads/{threadId}/signing-requirement")
  ResponseEntity<ThreadView> signingRequirement(
      @PathVariable UUID dealId,
      @PathVariable UUID threadId,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody SigningRequirement requirement) {
    return withETag(
        resolutions.requireResolutionBeforeSigning(
            dealId, threadId, requirement != null && requirement.required(), ETags.parse(ifMatch)));
  }

  @Operation(summary = "Open threads that must be resolved before the deal can be signed")
  @GetMapping("/threads/blocking-signature")
  List<BlockingThread> blocking(@PathVariable UUID dealId) {
    return queries.openThreadsBlockingSignature(dealId);
  }

  @Operation(summary = "Users and groups that can see the deal, for @mention suggestions")
  @GetMapping("/mention-candidates")
  List<MentionCandidate> mentionCandidates(
      @PathVariable UUID dealId, @RequestParam(defaultValue = "") String prefix) {
    return candidates.candidates(dealId, prefix);
  }

  private static ResponseEntity<ThreadView> withETag(ThreadView thread) {
    return ResponseEntity.ok().eTag(ETags.of(thread.version())).body(thread);
  }

  private static ThreadStatus status(String status) {
    if (status == null || status.isBlank() || status.equalsIgnoreCase("all")) {
      return null;
    }
    return switch (status.strip().toLowerCase(Locale.ROOT)) {
      case "open" -> ThreadStatus.OPEN;
      case "resolved" -> ThreadStatus.RESOLVED;
      default ->
          throw CommentProblem.invalid(
              "Unknown status '" + status + "': use open, resolved or all.");
    };
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
