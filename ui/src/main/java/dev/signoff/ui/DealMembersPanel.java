package dev.signoff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.di.Instantiator;
import dev.signoff.deal.DealMembers;
import dev.signoff.problem.SignoffProblem;
import java.util.List;
import java.util.UUID;

/**
 * "Shared with": the people the deal's owner added by name. Its owner and admins add and remove
 * them here; everyone else who sees the deal sees the list.
 */
class DealMembersPanel extends VerticalLayout {

  private final transient DealMembers members;
  private final UUID dealId;
  private final boolean mayManage;
  private final VerticalLayout list = new VerticalLayout();

  private DealMembersPanel(DealMembers members, UUID dealId) {
    this.members = members;
    this.dealId = dealId;
    this.mayManage = members.mayManage(dealId);
    setId("deal-members");
    setPadding(false);
    list.setPadding(false);
    list.setSpacing(false);
    add(new H4("Shared with"), list);
    if (mayManage) {
      TextField user = new TextField();
      user.setId("deal-member-name");
      user.setPlaceholder("user name");
      user.setMaxLength(DealMembers.MAX_USERNAME);
      Button add =
          new Button(
              "Share",
              VaadinIcon.PLUS.create(),
              click -> {
                try {
                  show(members.add(dealId, user.getValue()));
                  user.clear();
                } catch (SignoffProblem failure) {
                  Problems.show(failure);
                }
              });
      add.setId("deal-member-add");
      HorizontalLayout form = new HorizontalLayout(user, add);
      add(form);
    }
    show(members.members(dealId));
  }

  /** The panel for the deal, with its services from the current UI. */
  static DealMembersPanel of(UUID dealId) {
    return new DealMembersPanel(
        Instantiator.get(UI.getCurrent()).getOrCreate(DealMembers.class), dealId);
  }

  private void show(List<String> names) {
    list.removeAll();
    if (names.isEmpty()) {
      list.add(new Paragraph("Nobody besides its owner and reviewers."));
      return;
    }
    for (String name : names) {
      Span label = new Span(name);
      label.addClassName("deal-member");
      HorizontalLayout row = new HorizontalLayout(label);
      row.setDefaultVerticalComponentAlignment(Alignment.CENTER);
      if (mayManage) {
        Button remove =
            new Button(
                VaadinIcon.CLOSE_SMALL.create(),
                click -> {
                  try {
                    show(members.remove(dealId, name));
                  } catch (SignoffProblem failure) {
                    Problems.show(failure);
                  }
                });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel("Stop sharing with " + name);
        row.add(remove);
      }
      list.add(row);
    }
  }
}
