package dev.signoff.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DealRoutingDecisionTest {

  static final String DECISIONS = "dmn/deal-routing.dmn";

  private static final String DMN_NAMESPACE = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  private static final String DMNDI_NAMESPACE = "https://www.omg.org/spec/DMN/20191111/DMNDI/";

  private static final List<String> STANDARD_REVIEWS =
      List.of("legal", "security-privacy", "engineering", "product");

  private static DmnEngine dmnEngine;
  private static Map<String, DmnDecision> decisionsById;

  @BeforeAll
  static void parseDecisions() throws IOException {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream decisions = resource(DECISIONS)) {
      decisionsById =
          dmnEngine.parseDecisions(decisions).stream()
              .collect(Collectors.toMap(DmnDecision::getKey, Function.identity()));
    }
  }

  static Stream<Arguments> prohibitedUses() {
    return Stream.of(
        arguments(
            "biometric profiling",
            List.of("GENERAL", "BIOMETRIC_PROFILING"),
            "Biometric profiling is a prohibited use."),
        arguments(
            "political persuasion",
            List.of("POLITICAL_PERSUASION"),
            "Targeted political persuasion is a prohibited use."),
        arguments(
            "social scoring",
            List.of("HEALTH", "SOCIAL_SCORING"),
            "Social scoring is a prohibited use."),
        arguments(
            "first prohibited rule wins",
            List.of("SOCIAL_SCORING", "BIOMETRIC_PROFILING"),
            "Biometric profiling is a prohibited use."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("prohibitedUses")
  void prohibitedDomainStopsTheDealWithItsReason(
      String rule, List<String> useCaseDomains, String reason) {
    DmnDecisionTableResult result =
        evaluate(
            "prohibitedUse",
            Variables.createVariables().putValue("useCaseDomains", useCaseDomains));

    assertThat(result.getSingleResult().getEntryMap())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("prohibited", true, "prohibitionReason", reason));
  }

  static Stream<Arguments> allowedUses() {
    return Stream.of(
        arguments("otherwise: general business use", List.of("GENERAL")),
        arguments("otherwise: high-risk domains are not prohibited", List.of("HEALTH", "MINORS")),
        arguments("otherwise: biometrics is not biometric profiling", List.of("BIOMETRICS")),
        arguments("otherwise: no use case domains", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allowedUses")
  void otherUsesAreNotProhibited(String rule, List<String> useCaseDomains) {
    DmnDecisionTableResult result =
        evaluate(
            "prohibitedUse",
            Variables.createVariables().putValue("useCaseDomains", useCaseDomains));

    Map<String, Object> prohibition = result.getSingleResult().getEntryMap();
    assertThat(prohibition).containsOnlyKeys("prohibited", "prohibitionReason");
    assertThat(prohibition.get("prohibited")).isEqualTo(false);
    assertThat(prohibition.get("prohibitionReason")).isNull();
  }

  static Stream<Arguments> highRiskUses() {
    return Stream.of(
        arguments("health", List.of("HEALTH"), "API", "Health is a high-risk domain."),
        arguments(
            "finance", List.of("GENERAL", "FINANCE"), "API", "Finance is a high-risk domain."),
        arguments(
            "legal advice",
            List.of("LEGAL_ADVICE"),
            "EMBEDDED",
            "Legal advice is a high-risk domain."),
        arguments("biometrics", List.of("BIOMETRICS"), "API", "Biometrics is a high-risk domain."),
        arguments("minors", List.of("MINORS"), "API", "Use cases involving minors are high-risk."),
        arguments("employment", List.of("EMPLOYMENT"), "API", "Employment is a high-risk domain."),
        arguments("agents", List.of("GENERAL"), "AGENTS", "Agents act on other systems."),
        arguments(
            "a high-risk domain outranks agents",
            List.of("FINANCE"),
            "AGENTS",
            "Finance is a high-risk domain."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("highRiskUses")
  void highRiskDomainOrAgentsMakeTheUseHighRisk(
      String rule, List<String> useCaseDomains, String integrationPattern, String reason) {
    DmnDecisionTableResult result =
        evaluate("highRiskUse", use(useCaseDomains, integrationPattern));

    assertThat(result.getSingleResult().getEntryMap())
        .containsExactlyInAnyOrderEntriesOf(Map.of("highRisk", true, "highRiskReason", reason));
  }

  static Stream<Arguments> ordinaryUses() {
    return Stream.of(
        arguments("otherwise: general use through the API", List.of("GENERAL"), "API"),
        arguments("otherwise: general use embedded in a product", List.of("GENERAL"), "EMBEDDED"),
        arguments("otherwise: no use case domains", List.of(), "API"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ordinaryUses")
  void otherUsesAreNotHighRisk(
      String rule, List<String> useCaseDomains, String integrationPattern) {
    DmnDecisionTableResult result =
        evaluate("highRiskUse", use(useCaseDomains, integrationPattern));

    Map<String, Object> highRiskUse = result.getSingleResult().getEntryMap();
    assertThat(highRiskUse).containsOnlyKeys("highRisk", "highRiskReason");
    assertThat(highRiskUse.get("highRisk")).isEqualTo(false);
    assertThat(highRiskUse.get("highRiskReason")).isNull();
  }

  static Stream<Arguments> riskTiers() {
    return Stream.of(
        arguments(
            "high-risk use",
            deal().withDomains("HEALTH").withData("NONE").withHosting("ON_PREMISE"),
            "HIGH"),
        arguments(
            "high-risk use through agents",
            deal().withIntegrationPattern("AGENTS").withData("NONE"),
            "HIGH"),
        arguments("special-category data", deal().withData("SPECIAL_CATEGORY"), "HIGH"),
        arguments("data of minors", deal().withData("BUSINESS_CONFIDENTIAL", "MINORS"), "HIGH"),
        arguments("personal data", deal().withData("PERSONAL"), "MEDIUM"),
        arguments("vendor may train", deal().withData("NONE").withVendorTraining(), "MEDIUM"),
        arguments(
            "confidential data at the vendor",
            deal().withData("BUSINESS_CONFIDENTIAL").withHosting("VENDOR_SAAS"),
            "MEDIUM"),
        arguments(
            "otherwise: confidential data in our own cloud",
            deal().withData("BUSINESS_CONFIDENTIAL").withHosting("CUSTOMER_VPC"),
            "LOW"),
        arguments(
            "otherwise: confidential data on premise",
            deal().withData("BUSINESS_CONFIDENTIAL").withHosting("ON_PREMISE"),
            "LOW"),
        arguments(
            "otherwise: no data at the vendor",
            deal().withData("NONE").withHosting("VENDOR_SAAS"),
            "LOW"),
        arguments(
            "high-risk use outranks personal data",
            deal().withDomains("EMPLOYMENT").withData("PERSONAL"),
            "HIGH"),
        arguments(
            "special-category data outranks training",
            deal().withData("SPECIAL_CATEGORY").withVendorTraining(),
            "HIGH"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("riskTiers")
  void riskTierFollowsTheFirstMatchingRule(String rule, DealSheet deal, String riskTier) {
    DmnDecisionTableResult result = evaluate("riskTier", deal.variables());

    assertThat(result).hasSize(1);
    assertThat((String) result.getSingleEntry()).isEqualTo(riskTier);
  }

  static Stream<Arguments> requiredReviews() {
    return Stream.of(
        arguments("standard reviews: no data", deal().withData("NONE"), List.of()),
        arguments(
            "standard reviews: confidential data",
            deal().withData("BUSINESS_CONFIDENTIAL").withHosting("VENDOR_SAAS"),
            List.of()),
        arguments(
            "privacy officer: personal data",
            deal().withData("PERSONAL"),
            List.of("privacy-officer")),
        arguments(
            "privacy officer: special-category data",
            deal().withData("SPECIAL_CATEGORY"),
            List.of("privacy-officer")),
        arguments(
            "privacy officer: data of minors",
            deal().withData("BUSINESS_CONFIDENTIAL", "MINORS"),
            List.of("privacy-officer")),
        arguments(
            "privacy officer once for every kind of personal data",
            deal().withData("PERSONAL", "SPECIAL_CATEGORY", "MINORS"),
            List.of("privacy-officer")),
        arguments(
            "AI risk committee: high-risk domain",
            deal().withDomains("HEALTH").withData("NONE"),
            List.of("ai-risk-committee")),
        arguments(
            "AI risk committee: agents",
            deal().withIntegrationPattern("AGENTS").withData("BUSINESS_CONFIDENTIAL"),
            List.of("ai-risk-committee")),
        arguments(
            "both extra reviews once each",
            deal()
                .withDomains("HEALTH", "FINANCE", "MINORS")
                .withIntegrationPattern("AGENTS")
                .withData("PERSONAL", "SPECIAL_CATEGORY", "MINORS"),
            List.of("privacy-officer", "ai-risk-committee")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requiredReviews")
  void requiredReviewsAreTheStandardFourPlusWhatTheRiskAdds(
      String rule, DealSheet deal, List<String> extraReviews) {
    List<String> expected = new ArrayList<>(STANDARD_REVIEWS);
    expected.addAll(extraReviews);

    assertThat(reviewGroups(deal)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requiredReviews")
  void standardReviewsComeFirstAndAlwaysAndNoGroupTwice(String rule, DealSheet deal) {
    List<String> reviewGroups = reviewGroups(deal);

    assertThat(reviewGroups.subList(0, STANDARD_REVIEWS.size()))
        .containsExactlyElementsOf(STANDARD_REVIEWS);
    assertThat(reviewGroups).doesNotHaveDuplicates();
  }

  @Test
  void decisionsAreTypedExplainedAndUseTheirHitPolicies() throws IOException {
    DmnModelInstance model;
    try (InputStream decisions = resource(DECISIONS)) {
      model = Dmn.readModelFromStream(decisions);
    }
    assertThatCode(() -> Dmn.validateModel(model)).doesNotThrowAnyException();
    assertThat(model.getDefinitions().getId()).isEqualTo("dealRouting");
    assertThat(model.getDefinitions().getName()).isEqualTo("Deal routing");

    Map<String, HitPolicy> hitPolicies =
        model.getModelElementsByType(DecisionTable.class).stream()
            .collect(
                Collectors.toMap(
                    table -> table.getParentElement().getAttributeValue("id"),
                    DecisionTable::getHitPolicy));
    assertThat(hitPolicies)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "prohibitedUse", HitPolicy.FIRST,
                "highRiskUse", HitPolicy.FIRST,
                "riskTier", HitPolicy.FIRST,
                "requiredReviews", HitPolicy.COLLECT));
    assertThat(model.getModelElementsByType(InputExpression.class))
        .isNotEmpty()
        .allSatisfy(input -> assertThat(input.getTypeRef()).as(input.getId()).isNotBlank());
    assertThat(model.getModelElementsByType(Output.class))
        .isNotEmpty()
        .allSatisfy(output -> assertThat(output.getTypeRef()).as(output.getId()).isNotBlank());
    assertThat(model.getModelElementsByType(Rule.class))
        .hasSize(4 + 8 + 6 + 6)
        .allSatisfy(
            rule ->
                assertThat(rule.getDescription())
                    .as("description of %s", rule.getId())
                    .isNotNull()
                    .satisfies(
                        description -> assertThat(description.getTextContent()).isNotBlank()));
  }

  @Test
  void diagramHasAShapeForEveryDecisionAndAnEdgeForEveryRequirement() throws Exception {
    Document dmn;
    try (InputStream decisions = resource(DECISIONS)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      dmn = factory.newDocumentBuilder().parse(decisions);
    }

    List<String> decisionIds = attributes(dmn, DMN_NAMESPACE, "decision", "id");
    List<String> requirementIds = attributes(dmn, DMN_NAMESPACE, "informationRequirement", "id");
    List<String> shapedIds = attributes(dmn, DMNDI_NAMESPACE, "DMNShape", "dmnElementRef");
    List<String> edgedIds = attributes(dmn, DMNDI_NAMESPACE, "DMNEdge", "dmnElementRef");

    assertThat(decisionIds)
        .containsExactlyInAnyOrder("prohibitedUse", "highRiskUse", "riskTier", "requiredReviews");
    assertThat(shapedIds).containsExactlyInAnyOrderElementsOf(decisionIds);
    assertThat(requirementIds).hasSize(2);
    assertThat(edgedIds).containsExactlyInAnyOrderElementsOf(requirementIds);
    assertThat(elements(dmn, DMNDI_NAMESPACE, "DMNShape"))
        .allSatisfy(
            shape ->
                assertThat(shape.getElementsByTagNameNS("*", "Bounds").getLength())
                    .as("bounds of %s", shape.getAttribute("dmnElementRef"))
                    .isEqualTo(1));
    assertThat(elements(dmn, DMNDI_NAMESPACE, "DMNEdge"))
        .allSatisfy(
            edge ->
                assertThat(edge.getElementsByTagNameNS("*", "waypoint").getLength())
                    .as("waypoints of %s", edge.getAttribute("dmnElementRef"))
                    .isGreaterThan(1));
  }

  private static List<String> reviewGroups(DealSheet deal) {
    return evaluate("requiredReviews", deal.variables()).collectEntries("reviewGroup");
  }

  private static DmnDecisionTableResult evaluate(String decisionId, VariableMap variables) {
    DmnDecision decision = decisionsById.get(decisionId);
    assertThat(decision).as("decision %s", decisionId).isNotNull();
    return dmnEngine.evaluateDecisionTable(decision, variables);
  }

  private static VariableMap use(List<String> useCaseDomains, String integrationPattern) {
    return Variables.createVariables()
        .putValue("useCaseDomains", useCaseDomains)
        .putValue("integrationPattern", integrationPattern);
  }

  private static DealSheet deal() {
    return new DealSheet(
        List.of("GENERAL"), "API", List.of("BUSINESS_CONFIDENTIAL"), false, "CUSTOMER_VPC");
  }

  private static InputStream resource(String name) {
    InputStream stream = DealRoutingDecisionTest.class.getClassLoader().getResourceAsStream(name);
    if (stream == null) {
      throw new UncheckedIOException(new IOException("missing resource " + name));
    }
    return stream;
  }

  private static List<String> attributes(
      Document document, String namespace, String element, String attribute) {
    return elements(document, namespace, element).stream()
        .map(found -> found.getAttribute(attribute))
        .toList();
  }

  private static Collection<Element> elements(Document document, String namespace, String name) {
    NodeList nodes = document.getElementsByTagNameNS(namespace, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  /** The deal sheet fields the routing decisions read; a low-risk general deal by default. */
  private record DealSheet(
      List<String> useCaseDomains,
      String integrationPattern,
      List<String> dataCategories,
      boolean vendorMayTrain,
      String hostingModel) {

    DealSheet withDomains(String... domains) {
      return new DealSheet(
          List.of(domains), integrationPattern, dataCategories, vendorMayTrain, hostingModel);
    }

    DealSheet withIntegrationPattern(String pattern) {
      return new DealSheet(useCaseDomains, pattern, dataCategories, vendorMayTrain, hostingModel);
    }

    DealSheet withData(String... categories) {
      return new DealSheet(
          useCaseDomains, integrationPattern, List.of(categories), vendorMayTrain, hostingModel);
    }

    DealSheet withVendorTraining() {
      return new DealSheet(useCaseDomains, integrationPattern, dataCategories, true, hostingModel);
    }

    DealSheet withHosting(String hosting) {
      return new DealSheet(
          useCaseDomains, integrationPattern, dataCategories, vendorMayTrain, hosting);
    }

    VariableMap variables() {
      return Variables.createVariables()
          .putValue("useCaseDomains", useCaseDomains)
          .putValue("integrationPattern", integrationPattern)
          .putValue("dataCategories", dataCategories)
          .putValue("vendorMayTrain", vendorMayTrain)
          .putValue("hostingModel", hostingModel);
    }
  }
}
