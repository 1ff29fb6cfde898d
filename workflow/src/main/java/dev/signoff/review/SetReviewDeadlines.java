package dev.signoff.review;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Sets one review's due date, reminder and escalation time (in business days, per group) on that
 * review's own execution, for its user task and boundary timers.
 */
@Component(ReviewProcess.SET_REVIEW_DEADLINES)
class SetReviewDeadlines implements JavaDelegate {

  private final ReviewProperties properties;

  SetReviewDeadlines(ReviewProperties properties) {
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String group = (String) execution.getVariable(ReviewProcess.REVIEW_GROUP);
    // The engine's clock, so that due dates and the timers that fire on them agree.
    Instant start = ClockUtil.getCurrentTime().toInstant();
    Instant due = BusinessDays.add(start, properties.businessDaysFor(group), properties.zone());
    Instant reminder =
        BusinessDays.add(due, -properties.reminderBusinessDaysBeforeDue(), properties.zone());
    Instant escalation =
        BusinessDays.add(due, properties.escalationBusinessDaysAfterDue(), properties.zone());
    execution.setVariableLocal(ReviewProcess.REVIEW_DUE, Date.from(due));
    execution.setVariableLocal(
        ReviewProcess.REMINDER_AT, Date.from(reminder.isAfter(start) ? reminder : start));
    execution.setVariableLocal(ReviewProcess.ESCALATE_AT, Date.from(escalation));
  }
}
