package dev.signoff.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.signoff.contract.OriginalFile;
import dev.signoff.deal.DealAuditTrail;
import dev.signoff.deal.DealDetails;
import dev.signoff.deal.DealService;
import dev.signoff.deal.SignOffView;
import dev.signoff.precedent.PrecedentService;
import dev.signoff.problem.SignoffProblem;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.UUID;

/**
 * One deal: sheet, stage, sign-offs with their comments, the contract, the timeline and the audit
 * trail.
 */
@Route("deals")
@PageTitle("Deal · Signoff")
@PermitAll
public class DealView extends VerticalLayout implements HasUrlParameter<String> {

  private final DealService deals;
  private final DealAuditTrail audit;
  private final CommentServices comments;
  private final PrecedentService precedents;

  public DealView(
      DealService deals,
      DealAuditTrail audit,
      CommentServices comments,
      PrecedentService precedents) {
    this.deals = deals;
    this.audit = audit;
    this.comments = comments;
    this.precedents = precedents;
  }

  @Override
  public void setParameter(BeforeEvent event, String dealId) {
    removeAll();
    try {
      DealDetails deal = deals.get(UUID.fromString(dealId));
      UUID id = deal.id();
      ContractClauses contract = new ContractClauses(deals.contractText(id));
      contract.getStyle().set("max-height", "60vh").set("overflow", "auto");
      CommentThreadsPanel threads = new CommentThreadsPanel(comments, deal, contract);
      ContractPrecedents.connect(contract, id, precedents);
      ClauseFocus.requested(event).ifPresent(position -> ClauseFocus.reveal(contract, position));
      CommentThreadsPanel.linkedThread(event).ifPresent(threads::highlight);
      add(new DealSummary(deal), decisions(deal), threads);
      Anchor download =
          new Anchor(
              DownloadHandler.fromInputStream(
                  request -> {
                    OriginalFile file = deals.contractOriginal(id);
                    return new DownloadResponse(
                        new ByteArrayInputStream(file.content()),
                        file.fileName(),
                        "application/octet-stream",
                        file.content().length);
                  }),
              "Download the original contract file");
      download.setId("contract-download");
      download.setDownload(true);
      add(download);
      int latest = deal.contract() == null ? 0 : deal.contract().version();
      if (latest >= 2) {
        RouterLink compare =
            ContractCompareView.link(
                "Compare version " + (latest - 1) + " with version " + latest,
                id,
                latest - 1,
                latest);
        compare.setId("compare-versions");
        add(compare);
      }
      add(contract, new SimilarDealsPanel(precedents, id), timeline(id));
      add(DealMembersPanel.of(id));
      add(new AuditTrailPanel(audit, id));
      WithdrawDealButton.offer(this, deal);
    } catch (SignoffProblem | IllegalArgumentException failure) {
      Paragraph missing = new Paragraph("There is no such deal that you can see.");
      missing.setId("deal-missing");
      add(new H2("Deal not available"), missing);
    }
  }

  private VerticalLayout timeline(UUID dealId) {
    DealTimeline timeline = new DealTimeline(deals.timeline(dealId));
    timeline.setId("timeline");
    VerticalLayout layout = new VerticalLayout(new H4("Timeline"), timeline);
    layout.setPadding(false);
    return layout;
  }

  private static VerticalLayout decisions(DealDetails deal) {
    UnorderedList list = new UnorderedList();
    list.setId("decisions");
    for (SignOffView signOff : deal.signOffs()) {
      if (signOff.decidedBy() != null) {
        list.add(
            new ListItem(
                SignOffCard.name(signOff)
                    + " — "
                    + Labels.status(signOff.status())
                    + " by "
                    + signOff.decidedBy()
                    + " on "
                    + Formats.dateTime(signOff.decidedAt())
                    + (signOff.comment() == null ? "" : ": " + signOff.comment())
                    + (signOff.conditions().isEmpty()
                        ? ""
                        : " Conditions: " + String.join("; ", signOff.conditions()))));
      }
    }
    VerticalLayout layout = new VerticalLayout(new H4("Decisions"));
    layout.setPadding(false);
    layout.add(
        list.getChildren().findAny().isPresent() ? list : new Paragraph("No decisions yet."));
    return layout;
  }
}
