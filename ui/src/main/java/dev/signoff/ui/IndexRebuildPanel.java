package dev.signoff.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import dev.signoff.precedent.PrecedentRebuild;
import dev.signoff.precedent.RebuildProgress;

/**
 * For admins: rebuilds the precedent index from the database and shows how far it has come,
 * refreshed while it runs. Searches keep answering meanwhile.
 */
class IndexRebuildPanel extends VerticalLayout {

  private static final int POLL_MILLIS = 500;

  private final PrecedentRebuild rebuild;
  private final Button start = new Button("Rebuild index");
  private final ProgressBar bar = new ProgressBar();
  private final Span status = new Span();
  private Registration polling;

  IndexRebuildPanel(PrecedentRebuild rebuild) {
    this.rebuild = rebuild;
    setId("index-panel");
    setPadding(false);
    start.setId("index-rebuild");
    start.addClickListener(click -> start());
    bar.setId("index-progress");
    bar.setWidth("20em");
    status.setId("index-status");
    add(new H3("Index"), new HorizontalLayout(start, bar, status));
  }

  @Override
  protected void onAttach(AttachEvent event) {
    show(rebuild.progress());
  }

  @Override
  protected void onDetach(DetachEvent event) {
    stopPolling(event.getUI());
  }

  private void start() {
    try {
      show(rebuild.start());
    } catch (RuntimeException failure) {
      Problems.show(failure);
      show(rebuild.progress());
    }
  }

  private void show(RebuildProgress progress) {
    bar.setVisible(progress.state() != RebuildProgress.State.IDLE);
    bar.setIndeterminate(progress.running() && progress.total() == 0);
    bar.setValue(progress.total() == 0 ? 0 : (double) progress.done() / progress.total());
    start.setEnabled(!progress.running());
    status.setText(
        switch (progress.state()) {
          case IDLE -> "Searches answer from the current index.";
          case RUNNING -> progress.done() + " of " + progress.total() + " deals";
          case DONE -> "Rebuilt: " + progress.done() + " of " + progress.total() + " deals";
          case FAILED -> "Rebuild failed, the previous index stays: " + progress.error();
        });
    getUI()
        .ifPresent(
            ui -> {
              if (progress.running()) {
                startPolling(ui);
              } else {
                stopPolling(ui);
              }
            });
  }

  private void startPolling(UI ui) {
    if (polling == null) {
      ui.setPollInterval(POLL_MILLIS);
      polling = ui.addPollListener(poll -> show(rebuild.progress()));
    }
  }

  private void stopPolling(UI ui) {
    if (polling != null) {
      polling.remove();
      polling = null;
      ui.setPollInterval(-1);
    }
  }
}
