package dev.signoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import dev.signoff.comment.NewThread;
import dev.signoff.comment.ThreadView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writing the first comment of a new thread about the deal, a clause or a selected text: the text
 * with mention suggestions, the checklist section it belongs to, and whether it must be resolved
 * before the deal can be signed. A refused thread leaves the dialog open with what was written.
 */
class NewThreadDialog extends Dialog {

  private static final String NO_SECTION = "";

  private final ThreadActions actions;
  private final NewThread template;
  private final Consumer<ThreadView> started;
  private final MentionField body;
  private final Select<String> section = new Select<>();
  private final Checkbox blocking = new Checkbox("Must be resolved before the deal is signed");

  NewThreadDialog(
      ThreadActions actions,
      NewThread template,
      String about,
      String quote,
      Map<String, String> sections,
      Consumer<ThreadView> started) {
    this.actions = actions;
    this.template = template;
    this.started = started;
    setId("new-thread-dialog");
    setHeaderTitle("Comment on " + about);
    setWidth("min(40rem, 95vw)");
    if (quote != null) {
      Div quoted = new Div("“" + quote.strip() + "”");
      quoted.setId("new-thread-quote");
      quoted
          .getStyle()
          .set("border-left", "3px solid var(--lumo-contrast-30pct)")
          .set("padding-left", "var(--lumo-space-s)")
          .set("white-space", "pre-wrap")
          .set("max-height", "8em")
          .set("overflow", "auto")
          .set("color", "var(--lumo-secondary-text-color)");
      add(quoted);
    }
    body = new MentionField("new-thread-body", "Your comment", actions::mentionCandidates);
    add(body);
    if (!sections.isEmpty()) {
      List<String> choices = new ArrayList<>();
      choices.add(NO_SECTION);
      choices.addAll(sections.keySet());
      section.setId("new-thread-section");
      section.setLabel("Checklist section");
      section.setItems(choices);
      section.setItemLabelGenerator(id -> id.equals(NO_SECTION) ? "None" : sections.get(id));
      section.setValue(NO_SECTION);
      section.setWidthFull();
      add(section);
    }
    blocking.setId("new-thread-blocking");
    add(blocking);

    Button post = new Button("Post", click -> post());
    post.setId("new-thread-post");
    post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Cancel", click -> close());
    cancel.setId("new-thread-cancel");
    getFooter().add(cancel, post);
  }

  /** Opens the dialog with the text box ready for typing. */
  void openForWriting() {
    open();
    body.focus();
  }

  private void post() {
    String chosen = section.getValue();
    NewThread request =
        new NewThread(
            template.anchorKind(),
            template.version(),
            template.clauseNumber(),
            template.start(),
            template.end(),
            chosen == null || chosen.equals(NO_SECTION) ? null : chosen,
            blocking.getValue(),
            body.getValue());
    actions
        .start(request)
        .ifPresent(
            thread -> {
              close();
              started.accept(thread);
            });
  }
}
