package dev.signoff.deal;

import java.util.UUID;

/** A deal was rejected by a reviewer or at final approval. */
public record DealRejected(UUID dealId) {}
