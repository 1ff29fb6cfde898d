package dev.signoff.comment;

import dev.signoff.contract.Clause;
import dev.signoff.contract.ClauseSegmenter;
import dev.signoff.contract.ContractInfo;
import dev.signoff.contract.ContractStore;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Turns what a client asks to comment on into an anchor in a version of the deal's contract. */
@Component
class Anchors {

  private final ContractStore contracts;

  Anchors(ContractStore contracts) {
    this.contracts = contracts;
  }

  Anchor of(UUID dealId, NewThread request) {
    AnchorKind kind = request.anchorKind() == null ? AnchorKind.DEAL : request.anchorKind();
    if (kind == AnchorKind.DEAL) {
      return Anchor.DEAL;
    }
    int version =
        request.version() != null
            ? request.version()
            : contracts
                .current(dealId)
                .map(ContractInfo::version)
                .orElseThrow(() -> CommentProblem.invalid("The deal has no contract yet."));
    String text = contracts.textOfVersion(dealId, version);
    List<Clause> clauses = ClauseSegmenter.segment(text);
    return kind == AnchorKind.CLAUSE
        ? clause(request, version, text, clauses)
        : range(request, version, text, clauses);
  }

  private static Anchor clause(NewThread request, int version, String text, List<Clause> clauses) {
    if (request.clauseNumber() == null) {
      throw CommentProblem.invalid("Name the clause (clauseNumber) the thread is about.");
    }
    String number = request.clauseNumber().strip();
    return clauses.stream()
        .filter(clause -> clause.number().equals(number))
        .filter(clause -> request.start() == null || clause.start() == request.start())
        .findFirst()
        .map(clause -> Anchor.clause(version, text, clause))
        .orElseThrow(
            () ->
                CommentProblem.invalid(
                    "Version "
                        + version
                        + " of the contract has no clause '"
                        + number
                        + "'"
                        + (request.start() == null ? "" : " starting at " + request.start())
                        + "."));
  }

  private static Anchor range(NewThread request, int version, String text, List<Clause> clauses) {
    Integer start = request.start();
    Integer end = request.end();
    if (start == null || end == null) {
      throw CommentProblem.invalid("Give the range (start and end offsets) the thread is about.");
    }
    if (start < 0 || end <= start || end > text.length()) {
      throw CommentProblem.invalid(
          "The range "
              + start
              + ".."
              + end
              + " is not within version "
              + version
              + " of the contract, whose text has "
              + text.length()
              + " characters.");
    }
    if (end - start > Anchor.MAX_QUOTE) {
      throw CommentProblem.invalid(
          "Select at most " + Anchor.MAX_QUOTE + " characters, or comment on the clause instead.");
    }
    if (text.substring(start, end).isBlank()) {
      throw CommentProblem.invalid("The selected range holds only whitespace.");
    }
    return Anchor.range(
        AnchorKind.RANGE, version, text, start, end, Anchor.ClauseAt.containing(clauses, start));
  }
}
