package dev.signoff.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One entry of a deal's audit trail as shown and exported.
 *
 * @param sequence the entry's place in the deal's chain, from 1
 * @param occurredAt when the change happened (to the microsecond)
 * @param actor who made it: a username, or {@code "system"}
 * @param action what happened, e.g. {@code "task.completed"}
 * @param subject the id of what changed; {@code ""} for the deal itself
 * @param details facts about the change, in the order they were recorded
 * @param previousHash the hash of the entry before it (64 zeros for the first)
 * @param hash SHA-256 over the entry's content and {@code previousHash}
 */
public record AuditEntry(
    UUID id,
    long sequence,
    Instant occurredAt,
    String actor,
    String action,
    String subject,
    Map<String, String> details,
    String previousHash,
    String hash) {}
