package dev.signoff.comment;

/**
 * A user or group that may be mentioned in a deal's comments.
 *
 * @param name what to write after {@code @}
 * @param label how to show it, such as "legal — Legal" or "Security & privacy (group)"
 * @param group true for a group, false for a user
 */
public record MentionCandidate(String name, String label, boolean group) {}
