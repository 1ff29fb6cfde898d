package dev.signoff.contract;

import java.util.List;

/**
 * Which paired clauses moved: those outside the longest run of pairs that kept their relative order
 * (the longest increasing subsequence of the partners' old positions). Of equally long runs, the
 * one holding more text stays, so of two swapped clauses the shorter one counts as moved.
 */
final class ClauseMoves {

  private ClauseMoves() {}

  /**
   * @param partners for each clause of the new version, its partner's index in the old version or
   *     -1
   * @param oldClauses the old version's clauses, for their lengths
   * @return for each clause of the new version whether it moved (never for unpaired clauses)
   */
  static boolean[] moved(int[] partners, List<Clause> oldClauses) {
    int size = partners.length;
    int[] count = new int[size];
    long[] length = new long[size];
    int[] previous = new int[size];
    int best = -1;
    for (int index = 0; index < size; index++) {
      previous[index] = -1;
      if (partners[index] < 0) {
        continue;
      }
      int own = oldClauses.get(partners[index]).text().length();
      count[index] = 1;
      length[index] = own;
      for (int earlier = 0; earlier < index; earlier++) {
        if (partners[earlier] < 0 || partners[earlier] > partners[index]) {
          continue;
        }
        if (longer(count[earlier] + 1, length[earlier] + own, count[index], length[index])) {
          count[index] = count[earlier] + 1;
          length[index] = length[earlier] + own;
          previous[index] = earlier;
        }
      }
      if (best < 0 || longer(count[index], length[index], count[best], length[best])) {
        best = index;
      }
    }
    boolean[] moved = new boolean[size];
    for (int index = 0; index < size; index++) {
      moved[index] = partners[index] >= 0;
    }
    for (int index = best; index >= 0; index = previous[index]) {
      moved[index] = false;
    }
    return moved;
  }

  private static boolean longer(int count, long length, int otherCount, long otherLength) {
    return count > otherCount || count == otherCount && length > otherLength;
  }
}
