package dev.signoff.ui;

/** How a past deal ended: signed, rejected or withdrawn, in a colour that says so. */
class OutcomeBadge extends Badge {

  OutcomeBadge(String outcome) {
    super(PrecedentLabels.code(outcome), tone(outcome));
    addClassName("outcome");
  }

  private static Tone tone(String outcome) {
    return switch (String.valueOf(outcome)) {
      case "SIGNED" -> Tone.SUCCESS;
      case "REJECTED" -> Tone.ERROR;
      case "WITHDRAWN" -> Tone.WARNING;
      default -> Tone.CONTRAST;
    };
  }
}
