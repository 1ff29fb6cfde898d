package dev.signoff.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a deal's audit chain as it is hashed and stored.
 *
 * @param details the entry's details as canonical JSON text, exactly as hashed
 * @param previousHash the hash of the entry before it ({@link AuditChain#GENESIS} for the first)
 * @param hash SHA-256 over this entry's content and {@code previousHash}
 */
record ChainLink(
    UUID id,
    UUID dealId,
    long sequence,
    Instant occurredAt,
    String actor,
    String action,
    String subject,
    String details,
    String previousHash,
    String hash) {}
