package dev.signoff.problem;

import org.springframework.http.HttpStatus;

/**
 * A failure the caller can understand and act on. The REST API turns it into an RFC 9457 problem
 * with the given status, title and detail; the UI shows the detail.
 */
public class SignoffProblem extends RuntimeException {

  private final HttpStatus status;
  private final String title;

  public SignoffProblem(HttpStatus status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The message to show a person. */
  public String detail() {
    return getMessage();
  }

  public static SignoffProblem notFound(String what) {
    return new SignoffProblem(HttpStatus.NOT_FOUND, "Not found", what + " was not found.");
  }
}
