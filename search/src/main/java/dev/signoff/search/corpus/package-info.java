/**
 * Synthetic past deals with AI / small-language-model vendors: a seeded generator of realistic,
 * varied contracts and review histories for the demo data and the precedent benchmark.
 */
@org.springframework.modulith.NamedInterface("corpus")
package dev.signoff.search.corpus;
