package dev.signoff.demo;

import dev.signoff.checklist.Answer;
import dev.signoff.checklist.ItemAnswer;
import dev.signoff.contract.ContractFile;
import dev.signoff.deal.DataCategory;
import dev.signoff.deal.DealDetails;
import dev.signoff.deal.DealLifecycle;
import dev.signoff.deal.DealService;
import dev.signoff.deal.DealSheet;
import dev.signoff.deal.HostingModel;
import dev.signoff.deal.IntegrationPattern;
import dev.signoff.deal.PricingModel;
import dev.signoff.deal.UseCaseDomain;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.identity.Roles;
import dev.signoff.inbox.Confirmations;
import dev.signoff.inbox.Decision;
import dev.signoff.inbox.InboxService;
import dev.signoff.inbox.InboxTask;
import dev.signoff.inbox.Outcome;
import dev.signoff.inbox.TaskKind;
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
 * Loads a few deals into an empty database and runs them through the real review process as the
 * demo users would, then imports {@code signoff.demo.past-deals} synthetic past deals as they
 * ended, so that the board, the inbox and precedent search have something to show. Switched on by
 * {@code signoff.demo.enabled=true} (the embedded default).
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
          Roles.PRIVACY_OFFICER, "privacy",
          Roles.AI_RISK_COMMITTEE, "committee",
          Roles.MANAGER, "manager",
          Roles.ADMIN, "admin");

  private enum Ending {
    SIGNED,
    REJECTED_BY_LEGAL,
    CHANGES_REQUESTED
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
                  true,
                  false,
                  IntegrationPattern.EMBEDDED,
                  List.of(UseCaseDomain.GENERAL),
                  List.of(DataCategory.PERSONAL, DataCategory.BUSINESS_CONFIDENTIAL),
                  List.of("EU"),
                  false,
                  PricingModel.USAGE,
                  24),
              Ending.SIGNED),
          new DemoDeal(
              "quillworks-code-assistant.md",
              new DealSheet(
                  "On-premise code assistant",
                  "Quillworks",
                  List.of("Quill-Coder 7B v3"),
                  HostingModel.ON_PREMISE,
                  "Code completion for internal developers",
                  false,
                  false,
                  IntegrationPattern.EMBEDDED,
                  List.of(UseCaseDomain.GENERAL),
                  List.of(DataCategory.BUSINESS_CONFIDENTIAL),
                  List.of("DE"),
                  false,
                  PricingModel.FLAT,
                  36),
              Ending.SIGNED),
          new DemoDeal(
              "lexon-contract-analytics.md",
              new DealSheet(
                  "Supplier contract clause extraction",
                  "Lexon Labs",
                  List.of("Lexon Legal-S 1.4"),
                  HostingModel.CUSTOMER_VPC,
                  "Extract clauses from supplier contracts for the legal team",
                  false,
                  true,
                  IntegrationPattern.API,
                  List.of(UseCaseDomain.GENERAL),
                  List.of(DataCategory.BUSINESS_CONFIDENTIAL),
                  List.of("EU"),
                  false,
                  PricingModel.CAPACITY,
                  24),
              Ending.SIGNED),
          new DemoDeal(
              "talentgauge-screening.md",
              new DealSheet(
                  "Applicant pre-screening",
                  "TalentGauge",
                  List.of("TG-Screen 5"),
                  HostingModel.VENDOR_SAAS,
                  "Pre-screen job applicants",
                  true,
                  false,
                  IntegrationPattern.API,
                  List.of(UseCaseDomain.EMPLOYMENT),
                  List.of(DataCategory.PERSONAL),
                  List.of("US"),
                  true,
                  PricingModel.USAGE,
                  12),
              Ending.REJECTED_BY_LEGAL),
          new DemoDeal(
              "brightline-knowledge-retrieval.md",
              new DealSheet(
                  "Knowledge retrieval pilot",
                  "Brightline Models",
                  List.of("Brightline Mini 0.9"),
                  HostingModel.VENDOR_SAAS,
                  "Internal knowledge retrieval for the support team",
                  false,
                  false,
                  IntegrationPattern.API,
                  List.of(UseCaseDomain.GENERAL),
                  List.of(DataCategory.BUSINESS_CONFIDENTIAL),
                  List.of("EU"),
                  false,
                  PricingModel.CAPACITY,
                  6),
              Ending.CHANGES_REQUESTED));

  /** The generator seed of the past deals, so every demo server shows the same history. */
  static final long PAST_DEAL_SEED = 20_250_101L;

  private final DealService deals;
  private final DealLifecycle lifecycle;
  private final InboxService inbox;
  private final PastDealImport pastDeals;
  private final DemoProperties properties;

  DemoData(
      DealService deals,
      DealLifecycle lifecycle,
      InboxService inbox,
      PastDealImport pastDeals,
      DemoProperties properties) {
    this.deals = deals;
    this.lifecycle = lifecycle;
    this.inbox = inbox;
    this.pastDeals = pastDeals;
    this.properties = properties;
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
          for (String group : deal.requiredReviews()) {
            answerEveryItem(deal.id(), group);
            decide(
                deal.id(), group, TaskKind.REVIEW, new Decision(Outcome.APPROVE, approval(group)));
          }
          for (String group : deal.requiredReviews()) {
            decide(
                deal.id(),
                group,
                TaskKind.PRE_SIGNOFF,
                new Decision(
                    Outcome.APPROVE,
                    "Matches the rollout plan.",
                    List.of(),
                    new Confirmations(true, true, true)));
          }
          decide(
              deal.id(),
              Roles.MANAGER,
              TaskKind.FINAL_APPROVAL,
              new Decision(Outcome.APPROVE, "Risk accepted; sign."));
        }
        case REJECTED_BY_LEGAL ->
            decide(
                deal.id(),
                Roles.LEGAL,
                TaskKind.REVIEW,
                new Decision(
                    Outcome.REJECT,
                    "Vendor trains on our data by default, caps liability at 3 months and names no"
                        + " breach notice hours."));
        case CHANGES_REQUESTED -> {
          answerEveryItem(deal.id(), Roles.LEGAL);
          decide(
              deal.id(),
              Roles.LEGAL,
              TaskKind.REVIEW,
              new Decision(
                  Outcome.APPROVE_WITH_CONDITIONS,
                  "Acceptable for a six-month pilot.",
                  List.of("Raise the cap for data-protection claims to EUR 2M before production."),
                  null));
          decide(
              deal.id(),
              Roles.SECURITY_PRIVACY,
              TaskKind.REVIEW,
              new Decision(
                  Outcome.REQUEST_CHANGES,
                  "Breach notification must be within 48 hours, not 72; name the subprocessors."));
          for (String group : List.of(Roles.ENGINEERING, Roles.PRODUCT)) {
            answerEveryItem(deal.id(), group);
            decide(
                deal.id(), group, TaskKind.REVIEW, new Decision(Outcome.APPROVE, approval(group)));
          }
        }
      }
    }
    log.info("Loaded {} demo deals", DEALS.size());
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long started = System.nanoTime();
    long startedCpu = threads.getCurrentThreadCpuTime();
    as(Roles.ADMIN, () -> pastDeals.importSynthetic(PAST_DEAL_SEED, properties.pastDeals()));
    log.info(
        "Imported {} past deals in {} ms ({} ms CPU); the precedent index adds them from the"
            + " change log",
        properties.pastDeals(),
        (System.nanoTime() - started) / 1_000_000,
        (threads.getCurrentThreadCpuTime() - startedCpu) / 1_000_000);
  }

  private void decide(UUID dealId, String group, TaskKind kind, Decision decision) {
    as(group, () -> inbox.decide(taskOf(dealId, group, kind).id(), decision));
  }

  /** Answers every item of the group's checklist as satisfied, as a thorough reviewer would. */
  private void answerEveryItem(UUID dealId, String group) {
    as(
        group,
        () -> {
          String taskId = taskOf(dealId, group, TaskKind.REVIEW).id();
          List<ItemAnswer> answers =
              inbox.checklist(taskId).checklist().items().stream()
                  .map(
                      item ->
                          new ItemAnswer(
                              item.id(), Answer.SATISFIED, "Checked against the draft.", List.of()))
                  .toList();
          return inbox.answerChecklist(taskId, answers);
        });
  }

  private InboxTask taskOf(UUID dealId, String group, TaskKind kind) {
    return inbox.myTasks().stream()
        .filter(task -> task.dealId().equals(dealId) && task.kind() == kind)
        .filter(task -> group.equals(task.candidateGroup()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No " + group + " " + kind + " task on demo deal " + dealId));
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
