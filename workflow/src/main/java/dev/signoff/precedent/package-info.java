/**
 * Precedents: decided deals fed into the search index, and searching them within what the caller
 * may see.
 */
package dev.signoff.precedent;
