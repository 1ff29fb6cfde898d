package dev.signoff.contract;

/**
 * A run of the redline: kept text (as it reads in both versions) or a change (what was deleted,
 * what was inserted; either may be empty).
 */
record RedlinePiece(boolean equal, String oldText, String newText) {

  boolean change() {
    return !equal;
  }
}
