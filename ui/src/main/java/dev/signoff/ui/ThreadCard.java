package dev.signoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.signoff.comment.CommentView;
import dev.signoff.comment.ThreadAnchor;
import dev.signoff.comment.ThreadStatus;
import dev.signoff.comment.ThreadView;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One thread: what it is about, its state, its comments, and the reply box with resolve or reopen.
 * A resolved thread shows its comments on request. Updating the card keeps the reply being typed.
 */
class ThreadCard extends Div {

  private final ThreadActions actions;
  private final ThreadHeading heading;
  private final VerticalLayout comments = new VerticalLayout();
  private final KeyedChildren<CommentView, CommentItem> commentItems;
  private final Button expand = new Button();
  private final MentionField reply;
  private final Button send = new Button("Reply");
  private final Button resolve = new Button("Resolve");
  private final Button reopen = new Button("Reopen");
  private final Checkbox blocking = new Checkbox("Must be resolved before signing");
  private final VerticalLayout footer;
  private ThreadView thread;
  private boolean expanded;

  ThreadCard(
      ThreadView thread,
      ThreadActions actions,
      Map<String, String> sections,
      Consumer<ThreadAnchor> showInContract) {
    this.thread = thread;
    this.actions = actions;
    this.heading = new ThreadHeading(sections, showInContract);
    String id = thread.id().toString();
    setId("thread-" + id);
    addClassName("comment-thread");
    getStyle()
        .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
        .set("border", "1px solid var(--lumo-contrast-20pct)")
        .set("border-radius", "var(--lumo-border-radius-m)")
        .set("margin-bottom", "var(--lumo-space-s)")
        .set("box-sizing", "border-box")
        .set("width", "100%");
    comments.setPadding(false);
    comments.setSpacing(false);
    comments.addClassName("thread-comments");
    commentItems =
        new KeyedChildren<>(
            comments,
            CommentView::id,
            comment -> new CommentItem(comment, actions),
            CommentItem::update);
    expand.addClassName("thread-expand");
    expand.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
    expand.addClickListener(click -> toggleExpanded());

    reply = new MentionField("reply-" + id, "Reply…", actions::mentionCandidates);
    send.setId("reply-send-" + id);
    send.addClassName("thread-reply-send");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    send.addClickListener(click -> sendReply());
    resolve.setId("resolve-" + id);
    resolve.addClassName("thread-resolve");
    resolve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
    resolve.addClickListener(click -> actions.resolve(this.thread));
    reopen.setId("reopen-" + id);
    reopen.addClassName("thread-reopen");
    reopen.addThemeVariants(ButtonVariant.LUMO_SMALL);
    reopen.addClickListener(click -> actions.reopen(this.thread));
    blocking.setId("blocking-" + id);
    blocking.addClassName("thread-blocking-toggle");
    blocking.addValueChangeListener(
        change -> {
          if (change.isFromClient()) {
            actions.requireResolutionBeforeSigning(this.thread, change.getValue());
          }
        });
    HorizontalLayout buttons = new HorizontalLayout(send, resolve, reopen, blocking);
    buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    buttons.getStyle().set("flex-wrap", "wrap");
    footer = new VerticalLayout(reply, buttons);
    footer.setPadding(false);
    footer.setSpacing(false);
    add(heading, expand, comments, footer);
    show(thread);
  }

  ThreadView thread() {
    return thread;
  }

  void show(ThreadView newer) {
    boolean wasResolved = thread.status() == ThreadStatus.RESOLVED;
    thread = newer;
    boolean resolved = newer.status() == ThreadStatus.RESOLVED;
    getElement().setAttribute("data-status", newer.status().name().toLowerCase());
    if (resolved != wasResolved) {
      expanded = false;
    }
    heading.show(newer);
    commentItems.show(newer.comments());
    resolve.setVisible(!resolved);
    reopen.setVisible(resolved);
    blocking.setVisible(newer.createdBy().equals(actions.me()));
    blocking.setValue(newer.mustResolveBeforeSigning());
    showExpanded();
  }

  /** Shows every comment, also of a resolved thread. */
  void expand() {
    expanded = true;
    showExpanded();
  }

  private void toggleExpanded() {
    expanded = !expanded;
    showExpanded();
  }

  private void showExpanded() {
    boolean resolved = thread.status() == ThreadStatus.RESOLVED;
    boolean open = !resolved || expanded;
    comments.setVisible(open);
    footer.setVisible(open);
    expand.setVisible(resolved);
    int count = thread.comments().size();
    expand.setText(
        open ? "Hide comments" : "Show " + count + (count == 1 ? " comment" : " comments"));
  }

  private void sendReply() {
    String text = reply.getValue();
    if (actions.reply(thread, text)) {
      reply.clear();
    }
  }
}
