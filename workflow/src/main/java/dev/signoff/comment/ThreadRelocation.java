package dev.signoff.comment;

import dev.signoff.contract.Clause;
import dev.signoff.contract.ClauseSegmenter;
import dev.signoff.contract.ContractStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Moves threads of a deal to a newer version of its contract, or marks them outdated. */
@Component
class ThreadRelocation {

  private static final Logger log = LoggerFactory.getLogger(ThreadRelocation.class);

  private final ContractStore contracts;

  ThreadRelocation(ContractStore contracts) {
    this.contracts = contracts;
  }

  /** How many threads found their text in the new version, and how many did not. */
  record Counts(int moved, int outdated) {}

  /**
   * Relocates each anchored thread (all of one deal) from the version it refers to into the given
   * version: moved when its text or clause is found, outdated otherwise.
   */
  Counts relocate(UUID dealId, List<CommentThread> threads, int newVersion) {
    String newText = contracts.textOfVersion(dealId, newVersion);
    List<Clause> newClauses = ClauseSegmenter.segment(newText);
    Map<Integer, Reanchoring> byOldVersion = new HashMap<>();
    int moved = 0;
    int outdated = 0;
    for (CommentThread thread : threads) {
      Integer oldVersion = thread.anchorVersion();
      if (thread.anchorKind() == AnchorKind.DEAL
          || oldVersion == null
          || oldVersion >= newVersion) {
        continue;
      }
      Reanchoring reanchoring =
          byOldVersion.computeIfAbsent(
              oldVersion,
              version -> {
                String oldText = contracts.textOfVersion(dealId, version);
                return new Reanchoring(
                    oldText, ClauseSegmenter.segment(oldText), newText, newClauses, newVersion);
              });
      Optional<Anchor> found = find(reanchoring, thread);
      if (found.isPresent()) {
        thread.moveTo(found.get());
        moved++;
      } else {
        thread.markOutdated(newVersion);
        outdated++;
      }
    }
    return new Counts(moved, outdated);
  }

  private static Optional<Anchor> find(Reanchoring reanchoring, CommentThread thread) {
    try {
      return reanchoring.relocate(thread.anchor());
    } catch (RuntimeException unexpected) {
      // A thread that cannot be placed must not stop a new version from being stored: it stays
      // visible at its old text, marked outdated.
      log.warn("Could not re-anchor thread {}; marking it outdated", thread.id(), unexpected);
      return Optional.empty();
    }
  }
}
