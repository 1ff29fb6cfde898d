package dev.signoff.checklist;

import java.time.Instant;

/** An answer as stored: what was answered, by whom, when. */
public record AnsweredItem(ItemAnswer answer, String answeredBy, Instant answeredAt) {}
