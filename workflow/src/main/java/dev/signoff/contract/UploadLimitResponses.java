package dev.signoff.contract;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload beyond the request size limit is refused while its multipart body is read, before any
 * controller is chosen, and without reading the rest of it; the caller still gets a problem naming
 * the contract limit. Not restricted to a package: no handler is known at that point.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitResponses {

  private final ContractProperties limits;

  UploadLimitResponses(ContractProperties limits) {
    this.limits = limits;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail uploadTooLarge(MaxUploadSizeExceededException exception) {
    ProblemDetail detail =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.PAYLOAD_TOO_LARGE,
            "The upload is larger than the server accepts; a contract file may have at most %s."
                .formatted(ContractTextExtractor.readable(limits.maxFileSize())));
    detail.setTitle("Contract file too large");
    return detail;
  }

  /** A multipart body that cannot be parsed: no boundary, cut short, a malformed part header. */
  @ExceptionHandler(MultipartException.class)
  ProblemDetail unreadableUpload(MultipartException exception) {
    if (exception instanceof MaxUploadSizeExceededException tooLarge) {
      return uploadTooLarge(tooLarge);
    }
    ProblemDetail detail =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "The multipart request could not be read: it needs a boundary, complete parts and"
                + " well-formed part headers.");
    detail.setTitle("Invalid multipart request");
    return detail;
  }
}
