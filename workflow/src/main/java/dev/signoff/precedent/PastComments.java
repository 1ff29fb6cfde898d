package dev.signoff.precedent;

import dev.signoff.comment.AnchorKind;
import dev.signoff.comment.ThreadFilter;
import dev.signoff.comment.ThreadQueries;
import dev.signoff.comment.ThreadStatus;
import dev.signoff.comment.ThreadView;
import dev.signoff.deal.DealDetails;
import dev.signoff.deal.DealService;
import dev.signoff.search.ClauseHit;
import dev.signoff.search.PrecedentHit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The comments reviewers made on the clauses of past deals: the threads anchored to the clause (a
 * whole-clause thread, or one on a passage starting in it), read only from deals the caller may
 * see, rendered as sanitised HTML by the comment module.
 */
@Component
class PastComments {

  private final DealService deals;
  private final ThreadQueries threads;

  PastComments(DealService deals, ThreadQueries threads) {
    this.deals = deals;
    this.threads = threads;
  }

  /** Each clause hit with the comments on its clause, oldest first. */
  List<SimilarClause> attach(List<PrecedentHit> hits) {
    Set<UUID> visible =
        deals
            .visibleAmong(hits.stream().map(hit -> UUID.fromString(hit.dealId())).toList())
            .stream()
            .map(DealDetails::id)
            .collect(Collectors.toSet());
    Map<UUID, List<ThreadView>> threadsOf = new HashMap<>();
    return hits.stream()
        .map(
            hit -> {
              UUID dealId = UUID.fromString(hit.dealId());
              if (hit.clause() == null || !visible.contains(dealId)) {
                return new SimilarClause(hit, List.of());
              }
              List<ThreadView> found =
                  threadsOf.computeIfAbsent(dealId, id -> threads.list(id, ThreadFilter.ALL));
              return new SimilarClause(hit, commentsOn(hit.clause(), found));
            })
        .toList();
  }

  private static List<PastComment> commentsOn(ClauseHit clause, List<ThreadView> found) {
    return found.stream()
        .filter(thread -> isOn(clause, thread))
        .flatMap(
            thread ->
                thread.comments().stream()
                    .filter(comment -> !comment.deleted())
                    .map(
                        comment ->
                            new PastComment(
                                comment.author(),
                                comment.createdAt(),
                                comment.bodyHtml(),
                                thread.status() == ThreadStatus.RESOLVED)))
        .sorted(Comparator.comparing(PastComment::postedAt))
        .toList();
  }

  private static boolean isOn(ClauseHit clause, ThreadView thread) {
    AnchorKind kind = thread.anchor().kind();
    if (kind == AnchorKind.DEAL) {
      return false;
    }
    String number = Objects.toString(clause.number(), "").strip();
    String anchored = Objects.toString(thread.anchor().clauseNumber(), "").strip();
    if (!number.equals(anchored)) {
      return false;
    }
    // Unnumbered clauses (and the preamble) share the number "": their headings tell them apart.
    return !number.isEmpty()
        || Objects.toString(clause.heading(), "")
            .strip()
            .equals(Objects.toString(thread.anchor().clauseHeading(), "").strip());
  }
}
