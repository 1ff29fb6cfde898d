package dev.signoff.search;

/** The writes that apply a change to a precedent index. */
public interface PrecedentWrites {

  /**
   * Indexes the deal, replacing any earlier document of the same deal.
   *
   * @return the generation of this write
   */
  long upsert(PrecedentDocument document);

  /**
   * Removes the deal; nothing happens if it was never indexed.
   *
   * @return the generation of this write
   */
  long delete(String dealId);
}
