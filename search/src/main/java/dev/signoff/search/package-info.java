/**
 * The precedent index: decided deals and each of their clauses made searchable by deal sheet,
 * contract text, clause type and extracted terms, with facet counts, term ranges, histograms,
 * highlighted matches, similar clauses and deals, and per-reader visibility.
 */
package dev.signoff.search;
