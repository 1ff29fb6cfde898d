package dev.signoff.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.signoff.contract.ClauseDiff;
import dev.signoff.contract.ClauseStatus;
import dev.signoff.contract.ContractInfo;
import dev.signoff.contract.DiffSummary;
import dev.signoff.contract.VersionComparison;
import dev.signoff.deal.DealContracts;
import dev.signoff.deal.DealDetails;
import dev.signoff.deal.DealService;
import dev.signoff.problem.SignoffProblem;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Two versions of a deal's contract as a redline: clause by clause, insertions and deletions word
 * by word, moved and renumbered clauses marked. The versions are chosen in the address ({@code
 * ?from=1&to=2}), so a comparison can be shared as a link.
 */
@Route("deals/:dealId/compare")
@PageTitle("Compare contract versions · Signoff")
@PermitAll
public class ContractCompareView extends VerticalLayout implements BeforeEnterObserver {

  private final DealService deals;
  private final DealContracts contracts;

  public ContractCompareView(DealService deals, DealContracts contracts) {
    this.deals = deals;
    this.contracts = contracts;
    setMaxWidth("70em");
  }

  /** Where the comparison of two versions of a deal's contract is shown. */
  static RouterLink link(String text, UUID dealId, int from, int to) {
    RouterLink link =
        new RouterLink(
            text, ContractCompareView.class, new RouteParameters("dealId", dealId.toString()));
    link.setQueryParameters(query(from, to));
    return link;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    try {
      UUID dealId = UUID.fromString(event.getRouteParameters().get("dealId").orElse(""));
      DealDetails deal = deals.get(dealId);
      List<ContractInfo> versions = deals.contractVersions(dealId);
      if (versions.size() < 2) {
        unavailable("The contract of this deal has only one version so far.");
        return;
      }
      Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
      int to = number(query, "to", versions.get(versions.size() - 1).version());
      int from = number(query, "from", Math.max(1, to - 1));
      show(deal, versions, contracts.compare(dealId, from, to));
    } catch (SignoffProblem problem) {
      unavailable(problem.detail());
    } catch (IllegalArgumentException notAnId) {
      unavailable("There is no such deal that you can see.");
    }
  }

  private void show(DealDetails deal, List<ContractInfo> versions, VersionComparison comparison) {
    H2 heading = new H2("Contract versions of " + deal.title());
    heading.setId("compare-title");
    RouterLink back = new RouterLink("Back to the deal", DealView.class, deal.id().toString());
    back.setId("back-to-deal");

    VersionPicker from =
        new VersionPicker("compare-from", "Earlier version", versions, comparison.from());
    VersionPicker to = new VersionPicker("compare-to", "Later version", versions, comparison.to());
    from.addValueChangeListener(change -> navigate(deal.id(), change.getValue(), to.getValue()));
    to.addValueChangeListener(change -> navigate(deal.id(), from.getValue(), change.getValue()));
    HorizontalLayout pickers = new HorizontalLayout(from, to);
    pickers.setWidthFull();
    pickers.setFlexGrow(1, from, to);

    VersionDownload fromDownload = new VersionDownload(deals, deal.id(), comparison.from());
    fromDownload.setId("download-from");
    VersionDownload toDownload = new VersionDownload(deals, deal.id(), comparison.to());
    toDownload.setId("download-to");
    HorizontalLayout downloads = new HorizontalLayout(fromDownload, toDownload);

    Span summary = new Span(summary(comparison.summary()));
    summary.setId("compare-summary");
    summary.getStyle().set("font-weight", "600");
    Checkbox showUnchanged = new Checkbox("Show unchanged clauses");
    showUnchanged.setId("show-unchanged");
    HorizontalLayout overview = new HorizontalLayout(summary, showUnchanged);
    overview.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

    Div redline = redline(comparison.clauses(), showUnchanged);
    add(heading, back, pickers, downloads, overview, redline);
  }

  private Div redline(List<ClauseDiff> clauses, Checkbox showUnchanged) {
    Div redline = new Div();
    redline.setId("redline");
    redline.setWidthFull();
    Paragraph same = new Paragraph("The two versions read the same, clause for clause.");
    same.setId("compare-no-changes");
    redline.add(same);
    boolean anyChange = false;
    for (ClauseDiff clause : clauses) {
      ClauseRedline block = new ClauseRedline(clause);
      boolean unchanged = clause.status() == ClauseStatus.UNCHANGED;
      anyChange |= !unchanged;
      block.setVisible(!unchanged);
      if (unchanged) {
        showUnchanged.addValueChangeListener(change -> block.setVisible(change.getValue()));
      }
      redline.add(block);
    }
    same.setVisible(!anyChange);
    return redline;
  }

  private void navigate(UUID dealId, ContractInfo from, ContractInfo to) {
    if (from != null && to != null) {
      getUI()
          .ifPresent(
              ui ->
                  ui.navigate(
                      ContractCompareView.class,
                      new RouteParameters("dealId", dealId.toString()),
                      query(from.version(), to.version())));
    }
  }

  private static QueryParameters query(int from, int to) {
    return QueryParameters.simple(Map.of("from", String.valueOf(from), "to", String.valueOf(to)));
  }

  static String summary(DiffSummary summary) {
    return summary.changed()
        + " changed, "
        + summary.added()
        + " added, "
        + summary.removed()
        + " removed, "
        + summary.moved()
        + " moved, "
        + summary.renumbered()
        + " renumbered · "
        + summary.unchanged()
        + " unchanged";
  }

  private static int number(Map<String, List<String>> query, String name, int fallback) {
    List<String> values = query.getOrDefault(name, List.of());
    try {
      return values.isEmpty() ? fallback : Integer.parseInt(values.get(0).strip());
    } catch (NumberFormatException notANumber) {
      return fallback;
    }
  }

  private void unavailable(String why) {
    Paragraph missing = new Paragraph(why);
    missing.setId("compare-missing");
    add(new H2("Comparison not available"), missing);
  }
}
