/**
 * AI-deal terms understood as data: clause types and typed terms (caps, notice periods, service
 * levels, data use, pricing, exit) extracted from clause text by rules, each with its source span.
 */
@org.springframework.modulith.NamedInterface("terms")
package dev.signoff.search.terms;
