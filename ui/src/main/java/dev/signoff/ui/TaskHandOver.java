package dev.signoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.signoff.inbox.InboxService;
import dev.signoff.inbox.InboxTask;

/**
 * What the assignee (or a manager) can do with a claimed group task from the inbox: give it back to
 * the group, or hand it to another member of the group.
 */
class TaskHandOver extends HorizontalLayout {

  TaskHandOver(InboxService inbox, InboxTask task, Runnable changed) {
    setSpacing(false);
    getStyle().set("gap", "var(--lumo-space-xs)");
    Button giveBack =
        new Button(
            "Give back",
            click -> {
              try {
                inbox.unclaim(task.id());
                Problems.success(task.name() + " is back with the group.");
              } catch (RuntimeException failure) {
                Problems.show(failure);
              }
              changed.run();
            });
    giveBack.setId("unclaim-" + task.id());
    Button handOver = new Button("Hand over…", click -> openDialog(inbox, task, changed));
    handOver.setId("hand-over-" + task.id());
    for (Button button : new Button[] {giveBack, handOver}) {
      button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      // A click on the button must not also open the task, as a click on its row would.
      button
          .getElement()
          .addEventListener("click", ignored -> {})
          .addEventData("event.stopPropagation()");
    }
    add(giveBack, handOver);
  }

  private static void openDialog(InboxService inbox, InboxTask task, Runnable changed) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Hand over " + task.name());
    ComboBox<String> member = new ComboBox<>("Member of " + task.candidateGroup());
    member.setId("hand-over-to");
    try {
      member.setItems(inbox.handOverCandidates(task.id()));
    } catch (RuntimeException failure) {
      Problems.show(failure);
      return;
    }
    Button confirm =
        new Button(
            "Hand over",
            click -> {
              try {
                inbox.assign(task.id(), member.getValue());
                Problems.success(task.name() + " is now with " + member.getValue() + ".");
                dialog.close();
              } catch (RuntimeException failure) {
                Problems.show(failure);
              }
              changed.run();
            });
    confirm.setId("hand-over-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(member);
    dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
    dialog.open();
  }
}
