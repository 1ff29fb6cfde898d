package dev.signoff.precedent;

import java.time.Instant;

/**
 * A comment made on a clause of a past deal.
 *
 * @param html the comment rendered as sanitised HTML
 * @param resolved whether its thread was resolved
 */
public record PastComment(String author, Instant postedAt, String html, boolean resolved) {}
