package dev.signoff.deal;

import java.util.Set;

/**
 * What the precedent index needs of a decided deal.
 *
 * @param deal the deal as shown to people
 * @param contractText the text of the deal's current contract version
 * @param readers the principals ({@code user:x}, {@code group:y}) that may see the deal
 */
public record PrecedentSource(DealDetails deal, String contractText, Set<String> readers) {}
