package dev.signoff.deal;

import java.util.UUID;

/** A deal received its final approval and is signed. */
public record DealSigned(UUID dealId) {}
