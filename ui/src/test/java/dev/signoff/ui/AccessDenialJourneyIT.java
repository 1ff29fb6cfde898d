package dev.signoff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.contract.ContractFile;
import dev.signoff.deal.DealService;
import dev.signoff.deal.DealSheet;
import dev.signoff.deal.HostingModel;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.identity.Roles;
import dev.signoff.inbox.InboxService;
import dev.signoff.inbox.InboxTask;
import dev.signoff.ui.pages.RestrictedViews;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A signed-in user who may not see a deal opens its views by address, and a non-admin opens the
 * operations view: each answers as if nothing were there. An admin sees the deal's process drawn in
 * operations.
 */
class AccessDenialJourneyIT extends BrowserJourney {

  @Autowired DealService deals;
  @Autowired InboxService inbox;

  @Test
  void someoneOutsideADealOpensNoneOfItsViewsAndOnlyAdminsOpenOperations() {
    String title = "Private rollout " + randomLetters(10);
    UUID dealId = submitAsOwner(title);
    String legalTask =
        CurrentCaller.runAs(
                new Caller("legal", Set.of(Roles.LEGAL)), () -> inbox.myTasks().stream())
            .filter(task -> task.dealId().equals(dealId))
            .map(InboxTask::id)
            .findFirst()
            .orElseThrow();

    logIn("committee");
    RestrictedViews views = new RestrictedViews(driver(), baseUrl());
    assertThat(views.unavailableMessage("/deals/" + dealId, "deal-missing"))
        .isEqualTo("There is no such deal that you can see.");
    assertThat(
            views.unavailableMessage(
                "/deals/" + dealId + "/compare?from=1&to=2", "compare-missing"))
        .doesNotContain(title);
    assertThat(views.unavailableMessage("/tasks/" + legalTask, "task-missing"))
        .doesNotContain(title);
    assertThat(views.unavailableMessage("/revisions/" + legalTask, "task-missing"))
        .doesNotContain(title);
    assertThat(views.menuOffersOperations()).isFalse();
    String operations = views.pageText("/admin/operations");
    assertThat(operations).contains("Could not navigate").doesNotContain("Incidents");
    views.logOutFromHome();

    logIn("manager");
    assertThat(new RestrictedViews(driver(), baseUrl()).pageText("/admin/operations"))
        .contains("Could not navigate")
        .doesNotContain("Incidents");
    new RestrictedViews(driver(), baseUrl()).logOutFromHome();

    logIn("admin");
    RestrictedViews admin = new RestrictedViews(driver(), baseUrl());
    assertThat(admin.menuOffersOperations()).isTrue();
    List<String> review = admin.operationsDiagramClassesOf(dealId.toString(), "Task_Review");
    assertThat(review).singleElement().asString().contains("active");
    assertThat(admin.operationsListsIncidentsAndFailedJobs()).isTrue();
    browser.screenshot(SCREENSHOTS.resolve("operations.png"));
  }

  private UUID submitAsOwner(String title) {
    DealSheet sheet =
        new DealSheet(
            title,
            "Northwind AI",
            List.of("Northwind Compact 2.1"),
            HostingModel.VENDOR_SAAS,
            "Summarise support tickets",
            false,
            false,
            null,
            List.of(),
            List.of(),
            List.of(),
            false,
            null,
            null);
    byte[] contract =
        "# AI Services Agreement\n\n## 12. Liability\n\n12.1 The cap equals twelve months of fees.\n"
            .getBytes(StandardCharsets.UTF_8);
    return CurrentCaller.runAs(
        new Caller("owner", Set.of(Roles.DEAL_OWNER)),
        () -> deals.submit(sheet, new ContractFile("contract.md", contract)).id());
  }
}
