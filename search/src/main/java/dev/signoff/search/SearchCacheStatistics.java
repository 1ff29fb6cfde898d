package dev.signoff.search;

/**
 * How the precedent index's searches were answered since it opened.
 *
 * @param found answers returned as computed earlier on the same view of the index
 * @param computed answers computed (searches run)
 */
public record SearchCacheStatistics(long found, long computed) {}
