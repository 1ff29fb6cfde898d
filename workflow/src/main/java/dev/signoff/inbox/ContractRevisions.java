package dev.signoff.inbox;

import dev.signoff.contract.ContractFile;
import dev.signoff.contract.ContractInfo;
import dev.signoff.deal.DealDetails;
import dev.signoff.deal.DealService;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.problem.SignoffProblem;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * New versions of a deal's contract uploaded to the deal rather than to its revision task: the same
 * revision, found for the owner by the deal.
 */
@Service
public class ContractRevisions {

  private static final int MAX_NOTE_LENGTH = 4000;

  private final DealService deals;
  private final OpenTasks openTasks;
  private final InboxService inbox;

  ContractRevisions(DealService deals, OpenTasks openTasks, InboxService inbox) {
    this.deals = deals;
    this.openTasks = openTasks;
    this.inbox = inbox;
  }

  /**
   * Stores a new version of the deal's contract as its owner's revision, with an optional note to
   * the reviewers, and starts the next review round, exactly as {@link InboxService#submitRevision}
   * does for the revision task.
   *
   * @return the stored version
   * @throws dev.signoff.deal.DealNotFound when the deal does not exist or the caller may not see it
   * @throws SignoffProblem 403 when the caller is not the deal's owner, 409 when the deal is not
   *     waiting for its owner's revision, 400 when the note is too long
   * @throws dev.signoff.contract.ContractRejected when the file is empty, too large, unsupported or
   *     unreadable (nothing is stored)
   */
  @PreAuthorize("isAuthenticated()")
  public ContractInfo upload(UUID dealId, ContractFile file, String note) {
    DealDetails deal = deals.get(dealId);
    if (!CurrentCaller.get().username().equals(deal.owner())) {
      throw new SignoffProblem(
          HttpStatus.FORBIDDEN,
          "Not the deal owner",
          "Only the deal's owner, " + deal.owner() + ", uploads new versions of its contract.");
    }
    if (note != null && note.length() > MAX_NOTE_LENGTH) {
      throw new SignoffProblem(
          HttpStatus.BAD_REQUEST,
          "Invalid input",
          "The note is longer than " + MAX_NOTE_LENGTH + " characters.");
    }
    String revisionTask =
        openTasks
            .revisionTaskOf(deal.id())
            .orElseThrow(
                () ->
                    new SignoffProblem(
                        HttpStatus.CONFLICT,
                        "Not waiting for a revision",
                        "A new version of the contract can be uploaded only while the deal waits"
                            + " for its owner's revision, after a reviewer requested changes. The"
                            + " deal is now: "
                            + deal.stage().label()
                            + "."));
    inbox.submitRevision(revisionTask, file, note);
    return deals.get(deal.id()).contract();
  }
}
