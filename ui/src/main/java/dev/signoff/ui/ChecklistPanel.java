package dev.signoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.signoff.checklist.Answer;
import dev.signoff.checklist.ChecklistSection;
import dev.signoff.checklist.ItemAnswer;
import dev.signoff.checklist.ReviewChecklist;
import dev.signoff.inbox.InboxService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review group's checklist for the deal: one section per topic with its questions, the answers
 * given so far, and what still blocks an approval. Sections with open questions start opened.
 */
class ChecklistPanel extends VerticalLayout {

  private final InboxService inbox;
  private final String taskId;
  private final Button save = new Button("Save answers");
  private final Div status = new Div();
  private final Map<ChecklistSection, List<ChecklistItemEditor>> editors = new LinkedHashMap<>();
  private final Map<ChecklistSection, Span> progress = new LinkedHashMap<>();

  ChecklistPanel(InboxService inbox, String taskId, ReviewChecklist checklist) {
    this.inbox = inbox;
    this.taskId = taskId;
    setId("checklist");
    setPadding(false);
    setSpacing(false);
    save.setId("save-checklist");
    save.setEnabled(false);
    save.addClickListener(click -> saveChanges());
    status.setId("checklist-status");
    status
        .getStyle()
        .set("white-space", "pre-line")
        .set("font-size", "var(--lumo-font-size-s)")
        .set("padding", "var(--lumo-space-s)")
        .set("border-radius", "var(--lumo-border-radius-m)");

    add(new H4("Checklist"));
    if (checklist.checklist().isEmpty()) {
      add(new Paragraph("No checklist item applies to this deal for your group."));
    }
    for (ChecklistSection section : checklist.checklist().sections()) {
      List<ChecklistItemEditor> sectionEditors =
          section.items().stream()
              .map(
                  item ->
                      new ChecklistItemEditor(
                          item, checklist.answers().get(item.id()), this::changed))
              .toList();
      editors.put(section, sectionEditors);
      Span count = new Span();
      count.getStyle().set("color", "var(--lumo-secondary-text-color)");
      progress.put(section, count);
      Details details = new Details(new Span(new Span(section.title() + " · "), count));
      details.setId("checklist-section-" + section.id());
      details.add(sectionEditors.toArray(ChecklistItemEditor[]::new));
      details.setOpened(hasOpenQuestions(sectionEditors));
      details.setWidthFull();
      add(details);
    }
    add(status, save);
    showProgress();
    showGaps(checklist);
  }

  /** Whether answers were changed and not saved yet. */
  boolean hasUnsavedAnswers() {
    return !changes().isEmpty();
  }

  /**
   * Saves the changed answers; true when there was nothing to save or saving worked, false when
   * saving failed (the user has been told why).
   */
  boolean saveChanges() {
    List<ItemAnswer> changes = changes();
    if (changes.isEmpty()) {
      return true;
    }
    try {
      ReviewChecklist saved = inbox.answerChecklist(taskId, changes);
      editors.values().stream()
          .flatMap(List::stream)
          .forEach(editor -> editor.show(saved.answers().get(editor.item().id())));
      showProgress();
      showGaps(saved);
      save.setEnabled(false);
      Problems.success(
          changes.size() == 1 ? "Saved 1 answer." : "Saved " + changes.size() + " answers.");
      return true;
    } catch (RuntimeException failure) {
      Problems.show(failure);
      return false;
    }
  }

  private void changed() {
    save.setEnabled(hasUnsavedAnswers());
  }

  private List<ItemAnswer> changes() {
    List<ItemAnswer> changes = new ArrayList<>();
    editors.values().stream()
        .flatMap(List::stream)
        .map(ChecklistItemEditor::change)
        .flatMap(Optional::stream)
        .forEach(changes::add);
    return changes;
  }

  private void showProgress() {
    editors.forEach(
        (section, sectionEditors) -> {
          long answered =
              sectionEditors.stream().filter(editor -> editor.savedAnswer() != null).count();
          progress.get(section).setText(answered + " of " + sectionEditors.size() + " answered");
        });
  }

  private void showGaps(ReviewChecklist checklist) {
    boolean blocks = checklist.gaps().blocksApproval();
    status.setText(checklist.gaps().describe());
    status
        .getStyle()
        .set(
            "background",
            blocks ? "var(--lumo-error-color-10pct)" : "var(--lumo-success-color-10pct)");
  }

  private static boolean hasOpenQuestions(List<ChecklistItemEditor> sectionEditors) {
    return sectionEditors.stream()
        .anyMatch(
            editor -> editor.savedAnswer() == null || editor.savedAnswer() == Answer.NOT_SATISFIED);
  }
}
