package dev.signoff.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.lucene.store.FSDirectory;

/**
 * Runs in a process of its own: indexes and commits one deal with two clauses (feed position 1),
 * indexes another (position 2) without committing, then dies on the spot, leaving the writer open
 * and its lock file behind.
 */
public final class IndexWriterThatDies {

  static final int EXIT_STATUS = 137;

  private IndexWriterThatDies() {}

  public static void main(String[] arguments) throws IOException {
    PrecedentIndex index =
        new PrecedentIndex(FSDirectory.open(Path.of(arguments[0])), SearchProperties.defaults());
    index.upsert(
        Precedents.deal("D-committed")
            .contract("Committed before the crash.")
            .clause("Escrow", "The vendor deposits the model weights with an escrow agent.")
            .clause("Security Incidents", "Vendor shall notify Customer within 72 hours.")
            .build());
    index.markApplied(1);
    index.commit();
    long generation =
        index.upsert(
            Precedents.deal("D-lost")
                .contract("Written after the last commit.")
                .clause("Escrow", "Source code escrow written after the last commit.")
                .build());
    index.markApplied(2);
    index.awaitSearchable(generation, Duration.ofSeconds(10));
    Runtime.getRuntime().halt(EXIT_STATUS);
  }
}
