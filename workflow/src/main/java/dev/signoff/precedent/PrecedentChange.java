package dev.signoff.precedent;

import java.time.Instant;
import java.util.UUID;

/** One row of the change log: what happened to which deal, at which position. */
record PrecedentChange(long position, UUID dealId, Kind kind, Instant recordedAt) {

  enum Kind {
    /** The deal's precedent is (re)built from the database. */
    INDEX,
    /** The deal no longer is a precedent. */
    REMOVE
  }
}
