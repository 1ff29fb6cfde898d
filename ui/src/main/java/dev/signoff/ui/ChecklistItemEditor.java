package dev.signoff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import dev.signoff.checklist.Answer;
import dev.signoff.checklist.AnsweredItem;
import dev.signoff.checklist.ChecklistItem;
import dev.signoff.checklist.ItemAnswer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One checklist question with what a good answer looks like, and the reviewer's answer. */
class ChecklistItemEditor extends Div {

  private final ChecklistItem item;
  private final RadioButtonGroup<Answer> answer = new RadioButtonGroup<>();
  private final TextField note = new TextField();
  private final TextField clauses = new TextField();
  private final Span answeredBy = new Span();
  private AnsweredItem saved;

  ChecklistItemEditor(ChecklistItem item, AnsweredItem saved, Runnable onChange) {
    this.item = item;
    String id = item.id().replace('.', '-');
    addClassName("checklist-item");
    getStyle()
        .set("padding", "var(--lumo-space-s) 0")
        .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");

    Span question = new Span(item.text());
    question.getStyle().set("font-weight", "500");
    Badge required =
        item.required()
            ? new Badge("Required", Badge.Tone.NEUTRAL)
            : new Badge("Optional", Badge.Tone.CONTRAST);
    required.getStyle().set("margin-left", "var(--lumo-space-s)");
    add(new Div(question, required));
    if (!item.guidance().isEmpty()) {
      add(secondary("Good answer: " + item.guidance()));
    }
    if (!item.evidence().isEmpty()) {
      add(secondary("Evidence: " + item.evidence()));
    }

    answer.setId("answer-" + id);
    answer.setAriaLabel(item.text());
    answer.setItems(Answer.values());
    answer.setItemLabelGenerator(ChecklistItemEditor::label);
    answer.addValueChangeListener(change -> onChange.run());
    note.setId("note-" + id);
    note.setPlaceholder("Note, e.g. the clause that satisfies it");
    note.setMaxLength(2000);
    note.setWidthFull();
    note.addValueChangeListener(change -> onChange.run());
    clauses.setId("clauses-" + id);
    clauses.setPlaceholder("Clauses, e.g. 7.2, 12.1");
    clauses.setMaxLength(200);
    clauses.setWidth("14em");
    clauses.addValueChangeListener(change -> onChange.run());
    answeredBy.getStyle().set("font-size", "var(--lumo-font-size-xs)");
    answeredBy.getStyle().set("color", "var(--lumo-secondary-text-color)");
    com.vaadin.flow.component.orderedlayout.HorizontalLayout notes =
        new com.vaadin.flow.component.orderedlayout.HorizontalLayout(note, clauses);
    notes.setWidthFull();
    notes.expand(note);
    add(answer, notes, answeredBy);
    show(saved);
  }

  ChecklistItem item() {
    return item;
  }

  /** The answer as shown, when it differs from the one saved; empty when nothing is chosen. */
  Optional<ItemAnswer> change() {
    Answer chosen = answer.getValue();
    if (chosen == null) {
      return Optional.empty();
    }
    ItemAnswer before = saved == null ? null : saved.answer();
    List<String> clauseRefs = clauseRefs(clauses.getValue());
    if (before != null
        && before.answer() == chosen
        && Objects.equals(before.note(), note.getValue().strip())
        && before.clauseRefs().equals(clauseRefs)) {
      return Optional.empty();
    }
    return Optional.of(new ItemAnswer(item.id(), chosen, note.getValue().strip(), clauseRefs));
  }

  /** The answer last saved, or null. */
  Answer savedAnswer() {
    return saved == null ? null : saved.answer().answer();
  }

  /** Shows the answer as saved (null when the item has none). */
  void show(AnsweredItem answered) {
    this.saved = answered;
    if (answered == null) {
      answeredBy.setText("Not answered yet.");
      return;
    }
    answer.setValue(answered.answer().answer());
    note.setValue(answered.answer().note());
    clauses.setValue(String.join(", ", answered.answer().clauseRefs()));
    answeredBy.setText(
        "Answered by "
            + answered.answeredBy()
            + " on "
            + Formats.dateTime(answered.answeredAt())
            + ".");
  }

  /** Clause numbers as typed: separated by commas, semicolons or spaces. */
  static List<String> clauseRefs(String typed) {
    return java.util.Arrays.stream(typed.split("[,;\\s]+"))
        .map(String::strip)
        .filter(ref -> !ref.isEmpty())
        .limit(20)
        .toList();
  }

  static String label(Answer answer) {
    return switch (answer) {
      case SATISFIED -> "Satisfied";
      case NOT_SATISFIED -> "Not satisfied";
      case NOT_APPLICABLE -> "Not applicable";
    };
  }

  private static Span secondary(String text) {
    Span span = new Span(text);
    span.getStyle()
        .set("display", "block")
        .set("font-size", "var(--lumo-font-size-s)")
        .set("color", "var(--lumo-secondary-text-color)");
    return span;
  }
}
