package dev.signoff.ui;

import dev.signoff.deal.DealStage;
import dev.signoff.deal.SignOffKind;
import dev.signoff.deal.SignOffStatus;
import dev.signoff.inbox.Outcome;
import dev.signoff.inbox.TaskKind;
import java.util.Locale;

/** The words shown for the codes of the review: task kinds, sign-off states, timeline steps. */
final class Labels {

  private Labels() {}

  static String taskKind(TaskKind kind) {
    return switch (kind) {
      case REVIEW -> "Review";
      case REVISION -> "Revision";
      case PRE_SIGNOFF -> "Pre-signoff";
      case FINAL_APPROVAL -> "Final approval";
    };
  }

  /** A sign-off's state in lower case, e.g. "approved with conditions". */
  static String status(SignOffStatus status) {
    return words(status.name());
  }

  /** What a sign-off is for, in lower case, e.g. "pre-signoff". */
  static String signOffKind(SignOffKind kind) {
    return switch (kind) {
      case REVIEW -> "review";
      case PRE_SIGNOFF -> "pre-signoff";
      case FINAL_APPROVAL -> "final approval";
    };
  }

  /** What a decision did, e.g. "approved" or "changes requested". */
  static String decided(Outcome outcome) {
    return switch (outcome) {
      case APPROVE -> "approved";
      case APPROVE_WITH_CONDITIONS -> "approved with conditions";
      case REQUEST_CHANGES -> "changes requested";
      case REJECT -> "rejected";
    };
  }

  /** A deal stage by its name as services report it, e.g. "PRE_SIGNOFF" → "Pre-signoff review". */
  static String stage(String stageName) {
    try {
      return DealStage.valueOf(stageName).label();
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return capitalised(words(String.valueOf(stageName)));
    }
  }

  /** A step of a deal's timeline, e.g. "REVISION_UPLOADED" → "Revised contract uploaded". */
  static String timelineStep(String what) {
    return switch (what) {
      case "ROUTED" -> "Routed to the reviews";
      case "APPROVED" -> "Approved";
      case "APPROVED_WITH_CONDITIONS" -> "Approved with conditions";
      case "CHANGES_REQUESTED" -> "Changes requested";
      case "REJECTED" -> "Rejected";
      case "REOPENED" -> "Review reopened";
      case "REVISION_UPLOADED" -> "Revised contract uploaded";
      case "PRE_SIGNOFF_STARTED" -> "Pre-signoff review started";
      case "FINAL_APPROVAL_STARTED" -> "Final approval started";
      case "SIGNED" -> "Signed";
      case "REMINDED" -> "Reminder sent";
      case "ESCALATED" -> "Escalated to the managers";
      case "REJECTED_AT_INTAKE" -> "Rejected at intake";
      default -> capitalised(words(what));
    };
  }

  private static String words(String code) {
    return code.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
