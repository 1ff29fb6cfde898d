package dev.signoff.search.terms;

/** Whether and how the vendor may train or improve models on the customer's data. */
public enum TrainingUse {
  /** Only after the customer has expressly agreed (opted in). */
  OPT_IN,
  /** Allowed by default until the customer opts out or objects. */
  OPT_OUT,
  /** Not allowed at all. */
  PROHIBITED,
  /** Allowed with no choice for the customer. */
  PERMITTED
}
