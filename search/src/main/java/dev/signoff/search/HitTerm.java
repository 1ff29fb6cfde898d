package dev.signoff.search;

import dev.signoff.search.terms.TermField;

/**
 * A term extracted from a hit's clause.
 *
 * @param normalised the value as {@link dev.signoff.search.terms.TermValue#normalised()} gives it
 * @param evidence the words of the clause the value was read from
 */
public record HitTerm(TermField field, String normalised, String evidence) {}
