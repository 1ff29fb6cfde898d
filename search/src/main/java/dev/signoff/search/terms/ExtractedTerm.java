package dev.signoff.search.terms;

/**
 * One term found in a clause.
 *
 * @param field what the term is
 * @param value its typed, normalised value
 * @param start offset of the evidence in the text given to the extractor
 * @param end offset just after the evidence
 * @param matchedText the evidence, equal to {@code text.substring(start, end)}
 */
public record ExtractedTerm(
    TermField field, TermValue value, int start, int end, String matchedText) {}
