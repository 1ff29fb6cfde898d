package dev.signoff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.signoff.deal.SignOffKind;
import dev.signoff.deal.SignOffStatus;
import dev.signoff.deal.SignOffView;

/**
 * One sign-off: a badge with its state and who gave it, and under it the conditions of an approval
 * with conditions and why the sign-off was asked for again after a revision.
 */
class SignOffCard extends Div {

  SignOffCard(SignOffView signOff) {
    String id = idOf(signOff);
    Badge badge = new Badge(text(signOff), tone(signOff.status()));
    badge.setId(id);
    if (signOff.comment() != null && signOff.status() != SignOffStatus.PENDING) {
      badge.setTitle(signOff.comment());
    }
    add(badge);
    if (!signOff.conditions().isEmpty()) {
      add(detail(id + "-conditions", "Conditions: " + String.join("; ", signOff.conditions())));
    }
    if (signOff.note() != null && !signOff.note().isBlank()) {
      add(detail(id + "-note", signOff.note()));
    }
    getStyle().set("max-width", "24em");
  }

  /** {@code sign-off-legal} for a review or the final approval, {@code pre-signoff-legal}. */
  static String idOf(SignOffView signOff) {
    return (signOff.kind() == SignOffKind.PRE_SIGNOFF ? "pre-signoff-" : "sign-off-")
        + signOff.group();
  }

  /** The name of the sign-off, e.g. "Legal" or "Legal pre-signoff". */
  static String name(SignOffView signOff) {
    return signOff.kind() == SignOffKind.PRE_SIGNOFF
        ? signOff.label() + " pre-signoff"
        : signOff.label();
  }

  private static String text(SignOffView signOff) {
    return name(signOff)
        + ": "
        + Labels.status(signOff.status())
        + (signOff.decidedBy() == null ? "" : " by " + signOff.decidedBy())
        + (signOff.kind() == SignOffKind.REVIEW && signOff.round() > 1
            ? " (round " + signOff.round() + ")"
            : "");
  }

  private static Badge.Tone tone(SignOffStatus status) {
    return switch (status) {
      case APPROVED, APPROVED_WITH_CONDITIONS -> Badge.Tone.SUCCESS;
      case CHANGES_REQUESTED -> Badge.Tone.WARNING;
      case REJECTED -> Badge.Tone.ERROR;
      case CANCELLED -> Badge.Tone.CONTRAST;
      case PENDING -> Badge.Tone.NEUTRAL;
    };
  }

  private static Span detail(String id, String text) {
    Span detail = new Span(text);
    detail.setId(id);
    detail
        .getStyle()
        .set("display", "block")
        .set("font-size", "var(--lumo-font-size-s)")
        .set("color", "var(--lumo-secondary-text-color)");
    return detail;
  }
}
