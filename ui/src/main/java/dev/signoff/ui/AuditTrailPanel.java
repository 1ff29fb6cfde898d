package dev.signoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.signoff.audit.AuditEntry;
import dev.signoff.audit.ChainVerification;
import dev.signoff.deal.DealAuditTrail;
import dev.signoff.problem.SignoffProblem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A deal's audit trail: every change in a grid (time, who, what, subject, details), a check of its
 * hash chain, and downloads as JSON and CSV.
 */
class AuditTrailPanel extends VerticalLayout {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  private final DealAuditTrail audit;
  private final UUID dealId;
  private final Span verification = new Span();

  AuditTrailPanel(DealAuditTrail audit, UUID dealId) {
    this.audit = audit;
    this.dealId = dealId;
    setId("audit-trail");
    setPadding(false);
    List<AuditEntry> entries = audit.entries(dealId);

    Button verify = new Button("Verify chain", click -> verify());
    verify.setId("audit-verify");
    verification.setId("audit-verification");
    HorizontalLayout actions =
        new HorizontalLayout(
            verify,
            verification,
            download("audit-export-json", "Download JSON", "json", this::json),
            download("audit-export-csv", "Download CSV", "csv", () -> audit.csv(dealId)));
    actions.setAlignItems(FlexComponent.Alignment.CENTER);
    actions.setWrap(true);

    add(
        new H4("Audit trail"),
        new Paragraph(
            entries.size()
                + " entries. Each carries a hash over its content and the entry before it, so a"
                + " change or a gap shows when the chain is verified."),
        actions,
        grid(entries));
  }

  private void verify() {
    try {
      ChainVerification result = audit.verify(dealId);
      verification.removeAll();
      verification.add(
          result.intact()
              ? new Badge("Chain intact — " + result.entries() + " entries", Badge.Tone.SUCCESS)
              : new Badge(
                  "Broken at entry #"
                      + result.firstBroken().sequence()
                      + ": "
                      + result.firstBroken().reason(),
                  Badge.Tone.ERROR));
      verification.getElement().setAttribute("data-intact", Boolean.toString(result.intact()));
    } catch (SignoffProblem problem) {
      Problems.show(problem);
    }
  }

  private static Grid<AuditEntry> grid(List<AuditEntry> entries) {
    Grid<AuditEntry> grid = new Grid<>();
    grid.setId("audit-grid");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    grid.addColumn(AuditEntry::sequence).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(entry -> TIME.format(entry.occurredAt()))
        .setHeader("Time")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(AuditEntry::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(AuditEntry::action).setHeader("What").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(AuditEntry::subject).setHeader("Subject").setFlexGrow(1);
    grid.addColumn(entry -> details(entry.details())).setHeader("Details").setFlexGrow(3);
    grid.setItems(entries);
    grid.setHeight("28em");
    return grid;
  }

  static String details(Map<String, String> details) {
    return details.entrySet().stream()
        .map(detail -> detail.getKey() + ": " + detail.getValue())
        .collect(Collectors.joining(" · "));
  }

  private String json() {
    return audit.exportJson(dealId);
  }

  private Anchor download(String id, String label, String extension, Supplier<String> content) {
    Anchor anchor =
        new Anchor(
            DownloadHandler.fromInputStream(
                request -> {
                  byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
                  return new DownloadResponse(
                      new ByteArrayInputStream(bytes),
                      "audit-" + dealId + "." + extension,
                      extension.equals("csv") ? "text/csv" : "application/json",
                      bytes.length);
                }),
            label);
    anchor.setId(id);
    anchor.setDownload(true);
    return anchor;
  }
}
