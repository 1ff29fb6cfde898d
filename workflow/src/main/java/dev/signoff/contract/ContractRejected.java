package dev.signoff.contract;

import dev.signoff.problem.SignoffProblem;
import org.springframework.http.HttpStatus;

/** An uploaded contract file that Signoff will not store, with the reason in words. */
public class ContractRejected extends SignoffProblem {

  /** Why a file was refused. */
  public enum Reason {
    EMPTY(HttpStatus.BAD_REQUEST, "Empty contract file"),
    TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "Contract file too large"),
    UNSUPPORTED_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported contract file type"),
    UNREADABLE(HttpStatus.UNPROCESSABLE_ENTITY, "Unreadable contract file"),
    TOO_COMPLEX(HttpStatus.UNPROCESSABLE_ENTITY, "Contract file too complex"),
    NO_TEXT(HttpStatus.UNPROCESSABLE_ENTITY, "No text in contract file");

    private final HttpStatus status;
    private final String title;

    Reason(HttpStatus status, String title) {
      this.status = status;
      this.title = title;
    }
  }

  private final Reason reason;

  public ContractRejected(Reason reason, String detail) {
    super(reason.status, reason.title, detail);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
