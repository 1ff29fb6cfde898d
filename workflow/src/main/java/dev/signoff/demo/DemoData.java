package dev.signoff.demo;

import dev.signoff.contract.ContractFile;
import dev.signoff.deal.DealDetails;
import dev.signoff.deal.DealLifecycle;
import dev.signoff.deal.DealService;
import dev.signoff.deal.DealSheet;
import dev.signoff.deal.HostingModel;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.identity.Roles;
import dev.signoff.inbox.Decision;
import dev.signoff.inbox.InboxService;
import dev.signoff.inbox.InboxTask;
import dev.signoff.inbox.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads a few past deals into an empty database and runs them through the real review process as
 * the demo users would, so that the board, the inbox and precedent search have something to show.
 * Switched on by {@code signoff.demo.enabled=true} (the embedded default).
 */
@Component
@ConditionalOnProperty(name = "signoff.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  /** The demo user of each group (the built-in identity provider has the same users). */
  static final Map<String, String> USER_OF_GROUP =
      Map.of(
          Roles.DEAL_OWNER, "owner",
          Roles.LEGAL, "legal",
          Roles.SECURITY_PRIVACY, "security",
          Roles.ENGINEERING, "engineering",
          Roles.PRODUCT, "product",
          Roles.MANAGER, "manager");

  private enum Ending {
    SIGNED,
    REJECTED_BY_LEGAL,
    OPEN_AFTER_LEGAL
  }

  private record DemoDeal(String file, DealSheet sheet, Ending ending) {}

  private static final List<DemoDeal> DEALS =
      List.of(
          new DemoDeal(
              "northwind-support-summarisation.md",
              new DealSheet(
                  "Support ticket summarisation",
                  "Northwind AI",
                  List.of("Northwind Compact 2.1", "Northwind Compact 2.2"),
                  HostingModel.VENDOR_SAAS,
                  "Summarise customer support tickets for agents",
                  true),
              Ending.SIGNED),
          new DemoDeal(
              "quillworks-code-assistant.md",
              new DealSheet(
                  "On-premise code assistant",
                  "Quillworks",
                  List.of("Quill-Coder 7B v3"),
                  HostingModel.ON_PREMISE,
                  "Code completion for internal developers",
                  false),
              Ending.SIGNED),
          new DemoDeal(
              "lexon-contract-analytics.md",
              new DealSheet(
                  "Supplier contract clause extraction",
                  "Lexon Labs",
                  List.of("Lexon Legal-S 1.4"),
                  HostingModel.CUSTOMER_VPC,
                  "Extract clauses from supplier contracts for the legal team",
                  false),
              Ending.SIGNED),
          new DemoDeal(
              "talentgauge-screening.md",
              new DealSheet(
                  "Applicant pre-screening",
                  "TalentGauge",
                  List.of("TG-Screen 5"),
                  HostingModel.VENDOR_SAAS,
                  "Pre-screen job applicants",
                  true),
              Ending.REJECTED_BY_LEGAL),
          new DemoDeal(
              "brightline-knowledge-retrieval.md",
              new DealSheet(
                  "Knowledge retrieval pilot",
                  "Brightline Models",
                  List.of("Brightline Mini 0.9"),
                  HostingModel.VENDOR_SAAS,
                  "Internal knowledge retrieval for the support team",
                  false),
              Ending.OPEN_AFTER_LEGAL));

  private final DealService deals;
  private final DealLifecycle lifecycle;
  private final InboxService inbox;

  DemoData(DealService deals, DealLifecycle lifecycle, InboxService inbox) {
    this.deals = deals;
    this.lifecycle = lifecycle;
    this.inbox = inbox;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (lifecycle.anyDeals()) {
      return;
    }
    for (DemoDeal demo : DEALS) {
      DealDetails deal =
          as(
              Roles.DEAL_OWNER,
              () -> deals.submit(demo.sheet(), new ContractFile(demo.file(), read(demo.file()))));
      switch (demo.ending()) {
        case SIGNED -> {
          Roles.STANDARD_REVIEW_GROUPS.forEach(
              group -> decide(deal.id(), group, Outcome.APPROVE, approval(group)));
          decide(deal.id(), Roles.MANAGER, Outcome.APPROVE, "Risk accepted; sign.");
        }
        case REJECTED_BY_LEGAL ->
            decide(
                deal.id(),
                Roles.LEGAL,
                Outcome.REJECT,
                "Vendor trains on our data by default, caps liability at 3 months and names no breach notice hours.");
        case OPEN_AFTER_LEGAL ->
            decide(deal.id(), Roles.LEGAL, Outcome.APPROVE, approval(Roles.LEGAL));
      }
    }
    log.info("Loaded {} demo deals", DEALS.size());
  }

  private void decide(UUID dealId, String group, Outcome outcome, String comment) {
    as(
        group,
        () -> {
          InboxTask task =
              inbox.myTasks().stream()
                  .filter(
                      candidate ->
                          candidate.dealId().equals(dealId)
                              && group.equals(candidate.candidateGroup()))
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              "No " + group + " task on demo deal " + dealId));
          return inbox.decide(task.id(), new Decision(outcome, comment));
        });
  }

  private static String approval(String group) {
    return Roles.label(group) + " checklist complete; no open points.";
  }

  private static <T> T as(String group, java.util.function.Supplier<T> work) {
    return CurrentCaller.runAs(new Caller(USER_OF_GROUP.get(group), Set.of(group)), work);
  }

  private static byte[] read(String file) {
    try (InputStream in = new ClassPathResource("demo/" + file).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Demo contract " + file + " is missing", e);
    }
  }
}
