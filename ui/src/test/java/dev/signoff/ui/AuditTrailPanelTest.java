package dev.signoff.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import dev.signoff.audit.AuditEntry;
import dev.signoff.audit.ChainVerification;
import dev.signoff.audit.ChainVerification.BrokenEntry;
import dev.signoff.deal.DealAuditTrail;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditTrailPanelTest {

  private static final UUID DEAL = UUID.randomUUID();

  private final DealAuditTrail audit = mock(DealAuditTrail.class);

  /** Held here: the current UI is only weakly referenced while it is current. */
  private final UI ui = new UI();

  /** Download links register their resource with the current UI. */
  @BeforeEach
  void currentUi() {
    UI.setCurrent(ui);
  }

  @AfterEach
  void noUi() {
    UI.setCurrent(null);
  }

  private static AuditEntry entry(long sequence, String action, Map<String, String> details) {
    return new AuditEntry(
        UUID.randomUUID(),
        sequence,
        Instant.parse("2025-03-04T10:15:30Z"),
        "legal",
        action,
        "task-" + sequence,
        details,
        "0".repeat(64),
        "1".repeat(64));
  }

  private AuditTrailPanel panel() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("outcome", "APPROVE");
    details.put("comment", "Fine");
    when(audit.entries(DEAL))
        .thenReturn(
            List.of(entry(1, "task.created", Map.of()), entry(2, "task.completed", details)));
    return new AuditTrailPanel(audit, DEAL);
  }

  @Test
  void listsEveryEntryWithItsDetails() {
    AuditTrailPanel panel = panel();
    @SuppressWarnings("unchecked")
    Grid<AuditEntry> grid = (Grid<AuditEntry>) find(panel, "audit-grid").orElseThrow();
    assertThat(grid.getGenericDataView().getItems()).hasSize(2);
    assertThat(grid.getColumns()).hasSize(6);
    assertThat(AuditTrailPanel.details(grid.getGenericDataView().getItem(1).details()))
        .isEqualTo("outcome: APPROVE · comment: Fine");
  }

  @Test
  void verifyingShowsAnIntactChain() {
    AuditTrailPanel panel = panel();
    when(audit.verify(DEAL)).thenReturn(new ChainVerification(true, 2L, null));
    ((Button) find(panel, "audit-verify").orElseThrow()).click();
    Span result = (Span) find(panel, "audit-verification").orElseThrow();
    assertThat(result.getElement().getAttribute("data-intact")).isEqualTo("true");
    assertThat(result.getElement().getTextRecursively()).isEqualTo("Chain intact — 2 entries");
  }

  @Test
  void verifyingShowsWhereTheChainBreaksAsAnError() {
    AuditTrailPanel panel = panel();
    when(audit.verify(DEAL))
        .thenReturn(
            new ChainVerification(false, null, new BrokenEntry(5, null, "entry 5 missing")));
    ((Button) find(panel, "audit-verify").orElseThrow()).click();
    Span result = (Span) find(panel, "audit-verification").orElseThrow();
    assertThat(result.getElement().getAttribute("data-intact")).isEqualTo("false");
    assertThat(result.getElement().getTextRecursively())
        .isEqualTo("Broken at entry #5: entry 5 missing");
    Component badge = result.getChildren().findFirst().orElseThrow();
    assertThat(badge.getElement().getStyle().get("color")).contains("error");
  }

  @Test
  void offersJsonAndCsvDownloads() {
    AuditTrailPanel panel = panel();
    for (String id : List.of("audit-export-json", "audit-export-csv")) {
      Anchor anchor = (Anchor) find(panel, id).orElseThrow();
      assertThat(anchor.getElement().hasAttribute("download")).isTrue();
    }
  }

  private static Optional<Component> find(Component root, String id) {
    return descendants(root).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst();
  }

  private static Stream<Component> descendants(Component root) {
    return Stream.concat(
        Stream.of(root), root.getChildren().flatMap(AuditTrailPanelTest::descendants));
  }
}
