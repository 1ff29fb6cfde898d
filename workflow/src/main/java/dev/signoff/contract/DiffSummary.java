package dev.signoff.contract;

/**
 * How many clauses changed in which way between two versions. A clause counts once for each fact
 * that holds for it, so a clause moved and reworded counts as moved and as changed.
 *
 * @param unchanged clauses with the same wording, number and place
 * @param changed clauses in both versions whose wording changed
 * @param added clauses only in the new version
 * @param removed clauses only in the old version
 * @param moved clauses that stand in another place relative to the others
 * @param renumbered clauses in both versions whose number changed
 */
public record DiffSummary(
    int unchanged, int changed, int added, int removed, int moved, int renumbered) {}
