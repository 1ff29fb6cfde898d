package dev.signoff.deal;

import dev.signoff.contract.ClauseOutline;
import dev.signoff.contract.ClauseSegmenter;
import dev.signoff.contract.ContractComparison;
import dev.signoff.contract.ContractDiff;
import dev.signoff.contract.ContractInfo;
import dev.signoff.contract.ContractStore;
import dev.signoff.contract.VersionComparison;
import dev.signoff.problem.SignoffProblem;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The versions of a deal's contract compared and split into clauses, for who may see the deal. */
@Service
public class DealContracts {

  private final DealVisibility visibility;
  private final ContractStore contracts;

  DealContracts(DealVisibility visibility, ContractStore contracts) {
    this.visibility = visibility;
    this.contracts = contracts;
  }

  /**
   * Two versions of the deal's contract compared as a redline (see {@link
   * ContractComparison#compare(String, String)}); any two versions, in either order.
   *
   * @throws SignoffProblem 400 when a version number is below 1, 404 when the deal has no such
   *     version
   * @throws DealNotFound when the deal does not exist or the caller may not see it
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public VersionComparison compare(UUID dealId, int from, int to) {
    requireVersionNumber("from", from);
    requireVersionNumber("to", to);
    UUID visible = visibility.visible(dealId).id();
    ContractInfo older = contracts.version(visible, from);
    ContractInfo newer = contracts.version(visible, to);
    ContractDiff diff =
        ContractComparison.compare(
            contracts.textOfVersion(visible, from), contracts.textOfVersion(visible, to));
    return new VersionComparison(older, newer, diff.summary(), diff.clauses());
  }

  /**
   * The clauses of one version of the deal's contract in document order, with their offsets in that
   * version's extracted text.
   *
   * @throws SignoffProblem 400 when the version number is below 1, 404 when there is no such
   *     version
   * @throws DealNotFound when the deal does not exist or the caller may not see it
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<ClauseOutline> clauses(UUID dealId, int version) {
    requireVersionNumber("version", version);
    UUID visible = visibility.visible(dealId).id();
    return ClauseSegmenter.segment(contracts.textOfVersion(visible, version)).stream()
        .map(ClauseOutline::of)
        .toList();
  }

  /**
   * The extracted text of one version of the deal's contract: the text that clause offsets and the
   * ranges of comment threads anchored to that version refer to.
   *
   * @throws SignoffProblem 400 when the version number is below 1, 404 when there is no such
   *     version
   * @throws DealNotFound when the deal does not exist or the caller may not see it
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public String text(UUID dealId, int version) {
    requireVersionNumber("version", version);
    return contracts.textOfVersion(visibility.visible(dealId).id(), version);
  }

  private static void requireVersionNumber(String name, int version) {
    if (version < 1) {
      throw new SignoffProblem(
          HttpStatus.BAD_REQUEST,
          "Invalid version",
          "'" + name + "' is " + version + "; contract versions are numbered from 1.");
    }
  }
}
