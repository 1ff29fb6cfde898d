package dev.signoff.checklist;

import static dev.signoff.checklist.Deals.plainDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signoff.deal.DataCategory;
import dev.signoff.deal.HostingModel;
import dev.signoff.deal.IntegrationPattern;
import dev.signoff.deal.PricingModel;
import dev.signoff.deal.UseCaseDomain;
import dev.signoff.identity.Roles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class ChecklistsTest {

  static final List<String> REVIEW_GROUPS = ReviewGroups.ALL;

  /** The review topics of the domain, by the section that covers each. */
  static final Map<String, String> TOPIC_SECTIONS =
      Map.ofEntries(
          Map.entry("deployment and governance model", "deployment"),
          Map.entry("scope and use cases", "scope"),
          Map.entry("data rights", "data-rights"),
          Map.entry("retention, deletion and portability", "retention"),
          Map.entry("security controls", "security"),
          Map.entry("privacy and compliance", "privacy-compliance"),
          Map.entry("system SLAs", "system-sla"),
          Map.entry("model quality and safety", "model-quality"),
          Map.entry("risk allocation", "risk-allocation"),
          Map.entry("governance and change management", "governance"),
          Map.entry("pricing and cost controls", "pricing"),
          Map.entry("IP of fine-tunes, prompts and evaluation sets", "ip"),
          Map.entry("testing and rollout", "rollout"),
          Map.entry("termination and exit", "exit"),
          Map.entry("personal-data processing", "personal-data"),
          Map.entry("high-risk use oversight", "high-risk"));

  static Checklists checklists;
  static int version;

  @BeforeAll
  static void loadPackagedDefinitions() {
    checklists = Deals.packagedChecklists();
    version = checklists.currentVersion();
  }

  private static List<String> itemIds(String group, Deals deal) {
    return checklists.forGroup(version, group, deal.context()).items().stream()
        .map(ChecklistItem::id)
        .toList();
  }

  @ParameterizedTest
  @FieldSource("REVIEW_GROUPS")
  void everyGroupHasNonEmptyChecklistForPlainDeal(String group) {
    Checklist checklist = checklists.forGroup(version, group, plainDeal().context());

    assertThat(checklist.group()).isEqualTo(group);
    assertThat(checklist.version()).isEqualTo(version);
    assertThat(checklist.items()).isNotEmpty();
    assertThat(checklist.sections()).allSatisfy(s -> assertThat(s.owner()).isEqualTo(group));
  }

  @Test
  void everySeedTopicIsOwnedByExactlyOneGroup() {
    TOPIC_SECTIONS.forEach(
        (topic, sectionId) -> {
          List<String> owners =
              REVIEW_GROUPS.stream()
                  .filter(
                      group ->
                          checklists.sectionsOf(version, group).stream()
                              .anyMatch(section -> section.id().equals(sectionId)))
                  .toList();
          assertThat(owners).as(topic).hasSize(1);
        });
  }

  @Test
  void standardGroupsOwnTheTopicsOfTheirExpertise() {
    assertThat(sectionIds(Roles.LEGAL))
        .containsExactlyInAnyOrder("data-rights", "risk-allocation", "ip", "exit");
    assertThat(sectionIds(Roles.SECURITY_PRIVACY))
        .containsExactlyInAnyOrder("retention", "security", "privacy-compliance");
    assertThat(sectionIds(Roles.ENGINEERING))
        .containsExactlyInAnyOrder("deployment", "system-sla", "model-quality", "rollout");
    assertThat(sectionIds(Roles.PRODUCT))
        .containsExactlyInAnyOrder("scope", "governance", "pricing");
    assertThat(sectionIds(ReviewGroups.PRIVACY_OFFICER)).containsExactly("personal-data");
    assertThat(sectionIds(ReviewGroups.AI_RISK_COMMITTEE)).containsExactly("high-risk");
  }

  private static List<String> sectionIds(String group) {
    return checklists.sectionsOf(version, group).stream().map(ChecklistSection::id).toList();
  }

  @Test
  void everyItemAsksAQuestionAndSaysWhatGoodLooksLikeAndWhatToPointTo() {
    List<ChecklistItem> items =
        REVIEW_GROUPS.stream()
            .flatMap(group -> checklists.sectionsOf(version, group).stream())
            .flatMap(section -> section.items().stream())
            .toList();

    assertThat(items).hasSizeBetween(90, 120);
    assertThat(items)
        .allSatisfy(
            item -> {
              assertThat(item.text()).as(item.id()).endsWith("?");
              assertThat(item.guidance()).as(item.id()).isNotBlank();
              assertThat(item.evidence()).as(item.id()).isNotBlank();
            });
  }

  @Test
  void saasAddsSubprocessorResidencyAndBreachNoticeItemsThatOnPremiseLacks() {
    List<String> saas =
        itemIds(Roles.SECURITY_PRIVACY, plainDeal().hostedBy(HostingModel.VENDOR_SAAS));
    List<String> onPremise =
        itemIds(Roles.SECURITY_PRIVACY, plainDeal().hostedBy(HostingModel.ON_PREMISE));
    List<String> saasOnly =
        List.of(
            "privacy-compliance.subprocessors",
            "privacy-compliance.data-residency",
            "privacy-compliance.breach-notice");

    assertThat(saas).containsAll(saasOnly);
    assertThat(onPremise).doesNotContainAnyElementsOf(saasOnly);
  }

  @Test
  void onPremiseAddsUpdateChannelTelemetryAndPatchItems() {
    List<String> onPremise =
        itemIds(Roles.ENGINEERING, plainDeal().hostedBy(HostingModel.ON_PREMISE));
    List<String> saas = itemIds(Roles.ENGINEERING, plainDeal().hostedBy(HostingModel.VENDOR_SAAS));
    List<String> onPremiseOnly =
        List.of("deployment.update-channel", "deployment.telemetry", "deployment.patch-sla");

    assertThat(onPremise).containsAll(onPremiseOnly);
    assertThat(saas).doesNotContainAnyElementsOf(onPremiseOnly);
  }

  @Test
  void onPremiseDropsServiceLevelsTheVendorCannotGiveForOurOwnHosting() {
    assertThat(itemIds(Roles.ENGINEERING, plainDeal().hostedBy(HostingModel.ON_PREMISE)))
        .doesNotContain("system-sla.availability", "system-sla.service-credits")
        .contains("system-sla.latency-and-throughput", "system-sla.support");
  }

  @Test
  void fineTuningAddsWeightOwnershipAndExportItems() {
    List<String> fineTuned = itemIds(Roles.LEGAL, plainDeal().fineTuned());
    List<String> fineTuningItems = List.of("ip.fine-tuned-weights", "ip.fine-tune-export");

    assertThat(fineTuned).containsAll(fineTuningItems);
    assertThat(itemIds(Roles.LEGAL, plainDeal())).doesNotContainAnyElementsOf(fineTuningItems);
  }

  @Test
  void agentsAddActionLimitAndKillSwitchItems() {
    List<String> agents =
        itemIds(Roles.ENGINEERING, plainDeal().integratedAs(IntegrationPattern.AGENTS));
    List<String> agentItems =
        List.of("deployment.agent-action-limits", "deployment.agent-kill-switch");

    assertThat(agents).containsAll(agentItems).contains("rollout.agent-dry-run");
    assertThat(itemIds(Roles.ENGINEERING, plainDeal())).doesNotContainAnyElementsOf(agentItems);
    assertThat(itemIds(Roles.LEGAL, plainDeal().integratedAs(IntegrationPattern.AGENTS)))
        .contains("risk-allocation.agent-actions");
  }

  @Test
  void personalDataActivatesPrivacyOfficerProcessingItems() {
    List<String> processingItems =
        List.of("personal-data.dpa", "personal-data.lawful-basis", "personal-data.transfers");

    assertThat(itemIds(ReviewGroups.PRIVACY_OFFICER, plainDeal().sending(DataCategory.PERSONAL)))
        .containsAll(processingItems)
        .doesNotContain("personal-data.special-category", "personal-data.minors");
    assertThat(itemIds(ReviewGroups.PRIVACY_OFFICER, plainDeal()))
        .doesNotContainAnyElementsOf(processingItems)
        .contains("personal-data.classification-confirmed");
  }

  @Test
  void specialCategoryAndMinorsDataAddTheirOwnPrivacyItems() {
    assertThat(
            itemIds(
                ReviewGroups.PRIVACY_OFFICER,
                plainDeal().sending(DataCategory.SPECIAL_CATEGORY, DataCategory.MINORS)))
        .contains("personal-data.dpa", "personal-data.special-category", "personal-data.minors");
  }

  @Test
  void itemWithSeveralConditionsAppliesOnlyWhenAllHold() {
    String item = "personal-data.vendor-training";

    assertThat(
            itemIds(
                ReviewGroups.PRIVACY_OFFICER,
                plainDeal().vendorMayTrain().sending(DataCategory.PERSONAL)))
        .contains(item);
    assertThat(itemIds(ReviewGroups.PRIVACY_OFFICER, plainDeal().vendorMayTrain()))
        .doesNotContain(item);
    assertThat(itemIds(ReviewGroups.PRIVACY_OFFICER, plainDeal().sending(DataCategory.PERSONAL)))
        .doesNotContain(item);
  }

  @Test
  void vendorTrainingAddsTrainingTermsItems() {
    assertThat(itemIds(Roles.LEGAL, plainDeal().vendorMayTrain()))
        .contains("data-rights.training-terms", "data-rights.trained-models-after-withdrawal");
    assertThat(itemIds(Roles.LEGAL, plainDeal())).doesNotContain("data-rights.training-terms");
  }

  @Test
  void usagePricingAddsUsageAlertsAndHardLimits() {
    assertThat(itemIds(Roles.PRODUCT, plainDeal().pricedBy(PricingModel.USAGE)))
        .contains("pricing.usage-alerts", "pricing.hard-limits");
    assertThat(itemIds(Roles.PRODUCT, plainDeal())).doesNotContain("pricing.usage-alerts");
  }

  @Test
  void highRiskDomainsAddDomainItemsForTheAiRiskCommittee() {
    assertThat(itemIds(ReviewGroups.AI_RISK_COMMITTEE, plainDeal().usedFor(UseCaseDomain.HEALTH)))
        .contains("high-risk.professional-advice", "high-risk.human-oversight");
    assertThat(itemIds(ReviewGroups.AI_RISK_COMMITTEE, plainDeal()))
        .doesNotContain("high-risk.professional-advice");
  }

  @Test
  void prohibitedUseOnDealSheetAsksProductToRemoveItOrStopTheDeal() {
    assertThat(itemIds(Roles.PRODUCT, plainDeal().usedFor(UseCaseDomain.SOCIAL_SCORING)))
        .contains("scope.prohibited-use-on-deal-sheet");
    assertThat(itemIds(Roles.PRODUCT, plainDeal()))
        .doesNotContain("scope.prohibited-use-on-deal-sheet");
  }

  @Test
  void sectionsOfAGroupListEveryItemWhateverTheDeal() {
    List<String> all =
        checklists.sectionsOf(version, Roles.ENGINEERING).stream()
            .flatMap(section -> section.items().stream())
            .map(ChecklistItem::id)
            .toList();

    assertThat(all)
        .contains(
            "deployment.update-channel",
            "deployment.agent-kill-switch",
            "system-sla.availability",
            "deployment.vendor-access-to-our-cloud");
  }

  @Test
  void sectionCoversClausesContainingAWordStartingWithOneOfItsKeywords() {
    ChecklistSection riskAllocation =
        checklists.sectionsOf(version, Roles.LEGAL).stream()
            .filter(section -> section.id().equals("risk-allocation"))
            .findFirst()
            .orElseThrow();

    assertThat(riskAllocation.coversClause("12.1 The Supplier shall INDEMNIFY and hold\nharmless"))
        .isTrue();
    assertThat(riskAllocation.coversClause("Fees are invoiced monthly in arrears.")).isFalse();
    assertThat(riskAllocation.coversClause("Reliability of the service")).isFalse();
  }

  @Test
  void unknownVersionIsRefused() {
    assertThatThrownBy(() -> checklists.forGroup(99, Roles.LEGAL, plainDeal().context()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version 99");
  }

  @Test
  void unknownGroupIsRefused() {
    assertThatThrownBy(() -> checklists.sectionsOf(version, "marketing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'marketing'");
  }
}
