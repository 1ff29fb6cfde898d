package dev.signoff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.di.Instantiator;
import dev.signoff.deal.DealDetails;
import dev.signoff.deal.DealWithdrawals;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.identity.Roles;

/**
 * "Withdraw deal" on an open deal, for its owner and admins: a dialog asks why, then the review
 * ends and the page shows the withdrawn deal.
 */
class WithdrawDealButton extends Button {

  private final transient DealWithdrawals withdrawals;
  private final DealDetails deal;

  private WithdrawDealButton(DealWithdrawals withdrawals, DealDetails deal) {
    super("Withdraw deal");
    this.withdrawals = withdrawals;
    this.deal = deal;
    setId("withdraw-deal");
    addThemeVariants(ButtonVariant.LUMO_ERROR);
    addClickListener(click -> ask());
  }

  /** Adds the button at the top of the view when the caller may withdraw the deal. */
  static void offer(VerticalLayout view, DealDetails deal) {
    Caller caller = CurrentCaller.get();
    if (deal.stage().isClosed()
        || !(caller.username().equals(deal.owner()) || caller.isMemberOf(Roles.ADMIN))) {
      return;
    }
    UI ui = UI.getCurrent();
    DealWithdrawals withdrawals = Instantiator.get(ui).getOrCreate(DealWithdrawals.class);
    view.addComponentAsFirst(new WithdrawDealButton(withdrawals, deal));
  }

  private void ask() {
    Dialog dialog = new Dialog();
    dialog.setId("withdraw-dialog");
    dialog.setHeaderTitle("Withdraw " + deal.title() + "?");
    TextArea reason = new TextArea("Why is the deal withdrawn?");
    reason.setId("withdraw-reason");
    reason.setWidthFull();
    reason.setMaxLength(DealWithdrawals.MAX_REASON);
    reason.setHelperText("The review ends and every open task is cancelled.");
    dialog.add(reason);
    Button confirm =
        new Button(
            "Withdraw",
            click -> {
              try {
                withdrawals.withdraw(deal.id(), reason.getValue());
                dialog.close();
                Problems.success("Deal withdrawn");
                UI.getCurrent().getPage().reload();
              } catch (RuntimeException failure) {
                Problems.show(failure);
              }
            });
    confirm.setId("withdraw-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    Button cancel = new Button("Cancel", click -> dialog.close());
    cancel.setId("withdraw-cancel");
    dialog.getFooter().add(cancel, confirm);
    dialog.open();
  }
}
