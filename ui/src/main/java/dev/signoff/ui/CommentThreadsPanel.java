package dev.signoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import dev.signoff.comment.NewThread;
import dev.signoff.comment.ThreadActivity;
import dev.signoff.comment.ThreadAnchor;
import dev.signoff.comment.ThreadView;
import dev.signoff.deal.DealDetails;
import dev.signoff.problem.SignoffProblem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A deal's comment threads: filters, one card per thread and ways to start a thread (on the whole
 * deal here; on a clause or a selection when a contract on screen is connected). It stays live:
 * whatever anyone changes in the deal's threads shows up without reloading.
 */
class CommentThreadsPanel extends VerticalLayout {

  /** The query parameter that names a thread to show, e.g. from a notification. */
  static final String THREAD_PARAMETER = "thread";

  private final CommentServices services;
  private final UUID dealId;
  private final ThreadActions actions;
  private final Map<String, String> sections;
  private final ThreadFilterBar filters;
  private final HorizontalLayout startButtons = new HorizontalLayout();
  private final Span counts = new Span();
  private final Paragraph empty = new Paragraph();
  private final VerticalLayout list = new VerticalLayout();
  private final KeyedChildren<ThreadView, ThreadCard> cards;
  private final Consumer<ThreadAnchor> showInContract;
  private UUID highlighted;

  /**
   * @param contract the deal's current contract on screen beside the panel, from which threads can
   *     be started, or null
   */
  CommentThreadsPanel(CommentServices services, DealDetails deal, ContractClauses contract) {
    this.services = services;
    this.dealId = deal.id();
    this.actions = new ThreadActions(services, dealId);
    this.sections = DealSections.of(services.checklists(), deal);
    setId("comment-threads");
    setPadding(false);
    filters = new ThreadFilterBar(sections, this::refresh);
    list.setId("thread-list");
    list.setPadding(false);
    list.setSpacing(false);
    cards =
        new KeyedChildren<>(
            list,
            ThreadView::id,
            thread -> new ThreadCard(thread, actions, sections, showInContractOrNull()),
            ThreadCard::show);
    empty.setId("threads-empty");
    counts.setId("thread-counts");
    counts.getStyle().set("color", "var(--lumo-secondary-text-color)");

    startButtons.add(onDealButton());
    if (contract != null && deal.contract() != null) {
      startButtons.add(ContractCommenting.connect(contract, deal.contract().version(), this));
      int shownVersion = deal.contract().version();
      // Offsets of another version would point at the wrong words of the text on screen.
      showInContract =
          anchor -> {
            if (Integer.valueOf(shownVersion).equals(anchor.version())) {
              ContractCommenting.reveal(contract, anchor);
            }
          };
    } else {
      showInContract = null;
    }
    startButtons.add(requireMineButton());
    startButtons.getStyle().set("flex-wrap", "wrap");
    HorizontalLayout heading = new HorizontalLayout(new H4("Comments"), counts);
    heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(heading, startButtons, filters, empty, list);

    actions.onChange(this::refresh);
    services.live().keepFresh(this, dealId::equals, false, this::refresh);
    refresh();
  }

  /** The thread a link asks to show, from the {@value #THREAD_PARAMETER} query parameter. */
  static Optional<UUID> linkedThread(BeforeEvent event) {
    return event
        .getLocation()
        .getQueryParameters()
        .getSingleParameter(THREAD_PARAMETER)
        .flatMap(
            value -> {
              try {
                return Optional.of(UUID.fromString(value));
              } catch (IllegalArgumentException notAnId) {
                return Optional.empty();
              }
            });
  }

  /** Opens the dialog for a new thread like the template, about what {@code about} names. */
  void startThread(NewThread template, String about, String quote) {
    new NewThreadDialog(actions, template, about, quote, sections, this::highlight)
        .openForWriting();
  }

  /** Shows one thread, even if the filters hid it, scrolled into view and marked. */
  void highlight(ThreadView thread) {
    highlight(thread.id());
  }

  void highlight(UUID threadId) {
    highlighted = threadId;
    if (cards.get(threadId) == null && !filters.showsEverything()) {
      filters.reset();
      refresh();
    }
    ThreadCard card = cards.get(threadId);
    if (card == null) {
      return;
    }
    card.expand();
    card.addClassName("thread-highlighted");
    card.getStyle().set("box-shadow", "0 0 0 2px var(--lumo-primary-color)");
    card.getElement().executeJs("this.scrollIntoView({block: 'center', behavior: 'smooth'});");
  }

  /** Loads the threads again, as the user looking at them. */
  void refresh() {
    try {
      List<ThreadView> threads = services.queries().list(dealId, filters.filter());
      cards.show(threads);
      showCounts();
      empty.setText(
          filters.showsEverything()
              ? "No comments yet. Comment on a clause, a selection or the whole deal."
              : "No thread matches the filters.");
      empty.setVisible(threads.isEmpty());
      if (highlighted != null && cards.get(highlighted) != null) {
        cards.get(highlighted).addClassName("thread-highlighted");
      }
    } catch (SignoffProblem problem) {
      cards.show(List.of());
      empty.setText(problem.detail());
      empty.setVisible(true);
    }
  }

  private void showCounts() {
    List<ThreadActivity> activity = services.queries().activity(List.of(dealId));
    if (activity.isEmpty()) {
      counts.setText("");
      return;
    }
    ThreadActivity summary = activity.get(0);
    if (summary.openThreads() + summary.resolvedThreads() == 0) {
      counts.setText("");
      return;
    }
    String text = summary.openThreads() + " open · " + summary.resolvedThreads() + " resolved";
    if (summary.blockingThreads() > 0) {
      text += " · " + summary.blockingThreads() + " must be resolved before signing";
    }
    counts.setText(text);
  }

  private Button onDealButton() {
    Button onDeal = new Button("Comment on the whole deal", VaadinIcon.COMMENTS_O.create());
    onDeal.setId("comment-on-deal");
    onDeal.addThemeVariants(ButtonVariant.LUMO_SMALL);
    onDeal.addClickListener(click -> startThread(NewThread.onDeal(""), "the whole deal", null));
    return onDeal;
  }

  private Button requireMineButton() {
    Button requireMine = new Button("Require my open threads resolved before signing");
    requireMine.setId("require-my-threads");
    requireMine.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    requireMine.addClickListener(
        click ->
            actions
                .requireMyOpenThreadsResolvedBeforeSigning()
                .ifPresent(
                    changed ->
                        Problems.success(
                            changed == 0
                                ? "Each of your open threads must already be resolved first."
                                : changed
                                    + " more of your threads must be resolved before signing.")));
    return requireMine;
  }

  private Consumer<ThreadAnchor> showInContractOrNull() {
    return showInContract;
  }
}
