package dev.signoff.comment;

import java.util.UUID;

/**
 * An open thread that must be resolved before the deal can be signed.
 *
 * @param startedBy who started it (and so may clear the requirement)
 * @param about what it is anchored to, such as "7.2 Change management" or "the deal"
 * @param excerpt the start of its first comment, as plain text
 */
public record BlockingThread(UUID threadId, String startedBy, String about, String excerpt) {}
