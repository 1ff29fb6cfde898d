package dev.signoff.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Signed deals for tests, with plausible defaults for whatever a test does not care about. */
final class Precedents {

  static final Set<String> LEGAL = Set.of("group:legal");

  private String dealId;
  private String title = "Customer support assistant";
  private String vendor = "Northwind AI";
  private List<String> models = List.of("nw-chat-2");
  private String hostingModel = "VENDOR_CLOUD";
  private String useCase = "Answering customer questions";
  private String outcome = "APPROVED";
  private String contractText = "The vendor provides the service as described in the order form.";
  private Instant decidedAt = Instant.parse("2025-03-14T09:30:00Z");
  private Set<String> readers = LEGAL;
  private String riskTier = "MEDIUM";
  private final List<PrecedentClause> clauses = new ArrayList<>();

  private Precedents(String dealId) {
    this.dealId = dealId;
  }

  static Precedents deal(String dealId) {
    return new Precedents(dealId);
  }

  Precedents title(String title) {
    this.title = title;
    return this;
  }

  Precedents vendor(String vendor) {
    this.vendor = vendor;
    return this;
  }

  Precedents models(String... models) {
    this.models = List.of(models);
    return this;
  }

  Precedents hostingModel(String hostingModel) {
    this.hostingModel = hostingModel;
    return this;
  }

  Precedents useCase(String useCase) {
    this.useCase = useCase;
    return this;
  }

  Precedents outcome(String outcome) {
    this.outcome = outcome;
    return this;
  }

  Precedents contract(String contractText) {
    this.contractText = contractText;
    return this;
  }

  Precedents decidedAt(String decidedAt) {
    this.decidedAt = Instant.parse(decidedAt);
    return this;
  }

  Precedents riskTier(String riskTier) {
    this.riskTier = riskTier;
    return this;
  }

  /** Adds a clause reviewed by legal with an approval. */
  Precedents clause(String heading, String text) {
    return clause(heading, text, "legal", "APPROVED");
  }

  Precedents clause(String heading, String text, String owner, String decision) {
    clauses.add(
        new PrecedentClause(
            Integer.toString(clauses.size() + 1),
            heading,
            heading.isEmpty() ? text : heading + "\n" + text,
            owner,
            decision));
    return this;
  }

  Precedents readers(String... readers) {
    this.readers = Set.of(readers);
    return this;
  }

  PrecedentDocument build() {
    return new PrecedentDocument(
        dealId,
        title,
        vendor,
        models,
        hostingModel,
        useCase,
        riskTier,
        outcome,
        contractText,
        decidedAt,
        readers,
        clauses);
  }
}
