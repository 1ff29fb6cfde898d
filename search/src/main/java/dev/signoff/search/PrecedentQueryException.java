package dev.signoff.search;

/** The search text is blank or cannot be understood; the message says why, for the user. */
public class PrecedentQueryException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public PrecedentQueryException(String message) {
    super(message);
  }

  public PrecedentQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
