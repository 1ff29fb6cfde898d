package dev.signoff.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.signoff.comment.CommentView;

/**
 * One comment of a thread: author, time, an "(edited)" mark and the rendered text, or the tombstone
 * of a deleted comment. Its author can edit it in place or delete it after confirming.
 */
class CommentItem extends Div {

  private final ThreadActions actions;
  private final HorizontalLayout header = new HorizontalLayout();
  private final Div content = new Div();
  private CommentView comment;
  private MentionField editor;

  CommentItem(CommentView comment, ThreadActions actions) {
    this.actions = actions;
    this.comment = comment;
    setId("comment-" + comment.id());
    addClassName("comment");
    getStyle()
        .set("padding", "var(--lumo-space-xs) 0")
        .set("border-top", "1px solid var(--lumo-contrast-10pct)");
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    header.setSpacing(true);
    header.getStyle().set("font-size", "var(--lumo-font-size-s)").set("flex-wrap", "wrap");
    add(header, content);
    render();
  }

  /**
   * Shows the comment as it is now. An edit in progress stays open with what was typed; saving it
   * then answers with the conflict if the comment changed meanwhile.
   */
  void update(CommentView newer) {
    if (editor != null && !newer.deleted()) {
      return;
    }
    boolean changed = !newer.equals(comment) || editor != null;
    comment = newer;
    editor = null;
    if (changed) {
      render();
    }
  }

  private void render() {
    header.removeAll();
    content.removeAll();
    Span author = new Span(comment.author());
    author.addClassName("comment-author");
    author.getStyle().set("font-weight", "600");
    Span time = new Span(Formats.dateTime(comment.createdAt()));
    time.addClassName("comment-time");
    time.getStyle().set("color", "var(--lumo-secondary-text-color)");
    header.add(author, time);
    if (comment.deleted()) {
      Span tombstone =
          new Span(
              "Deleted by "
                  + comment.deletedBy()
                  + " on "
                  + Formats.dateTime(comment.deletedAt())
                  + ".");
      tombstone.addClassName("comment-tombstone");
      tombstone
          .getStyle()
          .set("font-style", "italic")
          .set("color", "var(--lumo-secondary-text-color)");
      content.add(tombstone);
      return;
    }
    if (comment.edited()) {
      Span edited = new Span("(edited)");
      edited.addClassName("comment-edited");
      edited.getElement().setAttribute("title", "Edited " + Formats.dateTime(comment.editedAt()));
      edited.getStyle().set("color", "var(--lumo-secondary-text-color)");
      header.add(edited);
    }
    if (comment.author().equals(actions.me())) {
      header.add(
          small("Edit", "comment-edit", click -> startEditing()),
          small("Delete", "comment-delete", click -> confirmDelete()));
    }
    content.add(body(comment));
  }

  /**
   * The text as the service rendered and sanitized it, inside one root element as {@link Html}
   * requires. The raw Markdown is never inserted as HTML.
   */
  static Html body(CommentView comment) {
    Html body = new Html("<div class=\"comment-body\">" + comment.bodyHtml() + "</div>");
    body.getStyle().set("overflow-wrap", "anywhere");
    return body;
  }

  private void startEditing() {
    editor =
        new MentionField("edit-" + comment.id(), "Edit your comment", actions::mentionCandidates);
    editor.setValue(comment.body());
    Button save = small("Save", "comment-save", click -> save());
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel =
        small(
            "Cancel",
            "comment-cancel",
            click -> {
              editor = null;
              render();
            });
    content.removeAll();
    content.add(editor, new HorizontalLayout(save, cancel));
    editor.focus();
  }

  private void save() {
    CommentView editing = comment;
    String text = editor.getValue();
    // The reload after the call updates this item; it must show the saved text, not the editor.
    editor = null;
    if (!actions.edit(editing, text)) {
      startEditing();
      editor.setValue(text);
    }
  }

  private void confirmDelete() {
    ConfirmDialog confirm =
        new ConfirmDialog(
            "Delete your comment?",
            "The thread will show that you deleted it; its text is gone for everyone.",
            "Delete",
            confirmed -> actions.delete(comment));
    confirm.setCancelable(true);
    confirm.setConfirmButtonTheme("error primary");
    confirm.setId("confirm-delete-comment");
    confirm.open();
  }

  private static Button small(
      String text, String className, ComponentEventListener<ClickEvent<Button>> listener) {
    Button button = new Button(text, listener);
    button.addClassName(className);
    button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
    return button;
  }
}
