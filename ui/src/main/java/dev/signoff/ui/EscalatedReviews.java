package dev.signoff.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteConfiguration;
import dev.signoff.deal.EscalatedReview;
import dev.signoff.identity.Roles;
import java.util.List;

/** The overdue reviews escalated to the managers, each linking to its deal. */
class EscalatedReviews extends Div {

  EscalatedReviews(List<EscalatedReview> escalated) {
    setId("escalations");
    if (escalated.isEmpty()) {
      setVisible(false);
      return;
    }
    UnorderedList list = new UnorderedList();
    for (EscalatedReview review : escalated) {
      Anchor deal =
          new Anchor(
              RouteConfiguration.forSessionScope()
                  .getUrl(DealView.class, review.dealId().toString()),
              review.dealTitle());
      list.add(
          new ListItem(
              deal,
              new com.vaadin.flow.component.Text(
                  ": "
                      + Roles.label(review.group())
                      + " review overdue, escalated "
                      + Formats.dateTime(review.escalatedAt()))));
    }
    add(new H4("Escalated to managers (" + escalated.size() + ")"), list);
  }
}
