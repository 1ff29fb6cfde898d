package dev.signoff.deal;

import dev.signoff.problem.SignoffProblem;
import org.springframework.http.HttpStatus;

/** The deal sheet misses required fields or has values out of bounds. */
public class DealSheetInvalid extends SignoffProblem {

  public DealSheetInvalid(String detail) {
    super(HttpStatus.BAD_REQUEST, "Invalid deal sheet", detail);
  }
}
