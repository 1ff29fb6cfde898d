package dev.signoff.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.signoff.precedent.PastComment;
import dev.signoff.precedent.SimilarClause;

/**
 * A clause of a past deal worded like the clause under review: the deal and clause as a precedent
 * hit shows them, followed by what that deal's reviewers said about the clause.
 */
class SimilarClauseCard extends Div {

  SimilarClauseCard(SimilarClause similar) {
    addClassName("similar-clause");
    PrecedentHitCard hit = new PrecedentHitCard(similar.hit());
    if (similar.hit().fragments().isEmpty() && similar.hit().clause() != null) {
      Div text = new Div(similar.hit().clause().text());
      text.addClassName("similar-clause-text");
      text.getStyle().set("white-space", "pre-wrap");
      hit.add(text);
    }
    add(hit);
    if (similar.comments().isEmpty()) {
      Span none = new Span("No reviewer commented on this clause.");
      none.addClassName("past-comments-none");
      none.getStyle().set("color", "var(--lumo-secondary-text-color)");
      add(none);
      return;
    }
    Div comments = new Div();
    comments.addClassName("past-comments");
    comments.getStyle().set("padding-left", "var(--lumo-space-m)");
    similar.comments().forEach(comment -> comments.add(comment(comment)));
    add(comments);
  }

  private static Div comment(PastComment comment) {
    Span meta =
        new Span(
            comment.author()
                + " · "
                + Formats.dateTime(comment.postedAt())
                + (comment.resolved() ? " · resolved" : ""));
    meta.addClassName("past-comment-meta");
    meta.getStyle()
        .set("font-size", "var(--lumo-font-size-s)")
        .set("color", "var(--lumo-secondary-text-color)");
    // The service renders comments as sanitised HTML.
    Html body = new Html("<div class=\"past-comment-body\">" + comment.html() + "</div>");
    Div item = new Div(meta, body);
    item.addClassName("past-comment");
    item.getStyle()
        .set("border-left", "3px solid var(--lumo-contrast-20pct)")
        .set("padding-left", "var(--lumo-space-s)")
        .set("margin", "var(--lumo-space-xs) 0");
    return item;
  }
}
