package dev.signoff.search;

import java.util.Arrays;

/**
 * How often each scaled value occurs, in an open-addressing table of primitives, so that counting
 * the values of many hits allocates nothing per hit. Values are never negative.
 */
final class ValueCounts {

  private static final long EMPTY = -1;

  private long[] keys = newKeys(64);
  private long[] counts = new long[64];
  private int size;

  void add(long value) {
    int mask = keys.length - 1;
    int slot = Long.hashCode(value * 0x9E3779B97F4A7C15L) & mask;
    while (keys[slot] != EMPTY && keys[slot] != value) {
      slot = (slot + 1) & mask;
    }
    if (keys[slot] == EMPTY) {
      keys[slot] = value;
      if (++size * 2 > keys.length) {
        counts[slot]++;
        grow();
        return;
      }
    }
    counts[slot]++;
  }

  int size() {
    return size;
  }

  /** The distinct values in ascending order. */
  long[] values() {
    long[] values = new long[size];
    int i = 0;
    for (long key : keys) {
      if (key != EMPTY) {
        values[i++] = key;
      }
    }
    Arrays.sort(values);
    return values;
  }

  long count(long value) {
    int mask = keys.length - 1;
    int slot = Long.hashCode(value * 0x9E3779B97F4A7C15L) & mask;
    while (keys[slot] != EMPTY) {
      if (keys[slot] == value) {
        return counts[slot];
      }
      slot = (slot + 1) & mask;
    }
    return 0;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldCounts = counts;
    keys = newKeys(oldKeys.length * 2);
    counts = new long[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = Long.hashCode(oldKeys[i] * 0x9E3779B97F4A7C15L) & mask;
        while (keys[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }

  private static long[] newKeys(int length) {
    long[] keys = new long[length];
    Arrays.fill(keys, EMPTY);
    return keys;
  }
}
