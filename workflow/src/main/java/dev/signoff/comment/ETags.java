package dev.signoff.comment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/** Entity versions as HTTP entity tags: {@code "3"}, and back from an {@code If-Match} header. */
final class ETags {

  private static final Pattern TAG = Pattern.compile("^\\s*(?:W/)?\"?(\\d{1,18})\"?\\s*$");

  private ETags() {}

  static String of(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The version an {@code If-Match} header names.
   *
   * @throws CommentProblem 428 when the header is missing, 400 when it names no version
   */
  static long parse(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new CommentProblem(
          HttpStatus.PRECONDITION_REQUIRED,
          "Version required",
          "Send If-Match with the ETag (or version) of the comment or thread as you saw it, so"
              + " that a change made meanwhile by someone else is not overwritten.");
    }
    Matcher matcher = TAG.matcher(ifMatch);
    if (!matcher.matches()) {
      throw CommentProblem.invalid(
          "If-Match must be the ETag of the comment or thread, such as \"3\"; got "
              + ifMatch
              + ".");
    }
    return Long.parseLong(matcher.group(1));
  }
}
