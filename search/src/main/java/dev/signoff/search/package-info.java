/**
 * The precedent index: signed deals made searchable by their deal sheet and contract text, with
 * highlighted matches and per-reader visibility.
 */
package dev.signoff.search;
