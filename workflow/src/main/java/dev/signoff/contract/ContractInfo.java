package dev.signoff.contract;

import java.time.Instant;
import java.util.UUID;

/** What is known about a stored contract file, without its content. */
public record ContractInfo(
    UUID id,
    UUID dealId,
    int version,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {}
