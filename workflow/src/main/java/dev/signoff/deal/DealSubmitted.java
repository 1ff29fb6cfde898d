package dev.signoff.deal;

import java.util.UUID;

/**
 * A deal was submitted for review. Published inside the submitting transaction, so that the review
 * process starts in it or the submission fails as a whole.
 */
public record DealSubmitted(UUID dealId, String owner, DealSheet sheet) {}
