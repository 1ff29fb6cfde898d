package dev.signoff.search.corpus;

import java.util.List;

/** The made-up vendors, model families and use cases the synthetic deals are drawn from. */
final class Catalog {

  private Catalog() {}

  /**
   * A fictional vendor.
   *
   * @param shortName how the contract names the vendor after the parties clause
   * @param family the model family, versioned as {@code family + " " + version}
   * @param versions the family's releases, oldest first
   * @param startup whether the vendor is young, which makes escrow and insurance more common
   */
  record Vendor(
      String name, String shortName, String family, List<String> versions, boolean startup) {}

  /**
   * A use case as a deal sheet states it.
   *
   * @param domain the use-case domain's name
   * @param data the data category the use case usually sends
   */
  record UseCase(String text, String domain, String data) {}

  static final List<Vendor> VENDORS =
      List.of(
          vendor("Lumen Reasoning Labs", "Lumen", "Lumen-S", false, "1.2", "1.4", "2.0", "2.1"),
          vendor("Corvid AI Inc.", "Corvid", "Corvid Mini", true, "0.9", "1.0", "1.5", "2.0"),
          vendor("Brightwater Models Ltd", "Brightwater", "BW-Instruct", false, "3", "4", "4.1"),
          vendor("Quillstone GmbH", "Quillstone", "Quill 7B", true, "1.0", "1.1", "2.0"),
          vendor("Tessellate AI", "Tessellate", "Tess-SLM", true, "2.2", "2.3", "3.0", "3.1"),
          vendor("Halcyon Cognition plc", "Halcyon", "Halcyon Small", false, "1", "2", "3"),
          vendor("Northlake Language Co.", "Northlake", "NL-Compact", false, "5.0", "5.2", "6.0"),
          vendor("Pinecrest Intelligence", "Pinecrest", "Pine-3B", true, "1.0", "1.3", "2.0"),
          vendor(
              "Aldermoor Systems", "Aldermoor", "Alder-Edge", false, "2021.1", "2023.2", "2025.1"),
          vendor("Kestrel Labs", "Kestrel", "Kestrel", true, "0.8", "1.0", "1.2", "2.0"),
          vendor("Fennel AI B.V.", "Fennel", "Fennel-Chat", true, "1.0", "2.0", "2.5"),
          vendor("Orrery Models SAS", "Orrery", "Orrery-Nano", true, "1.1", "1.2", "2.0"),
          vendor("Saltmarsh Analytics", "Saltmarsh", "Marsh-LM", false, "4", "5", "6"),
          vendor("Vellum Semantics", "Vellum", "Vellum", false, "2.0", "2.4", "3.0"),
          vendor("Ironbark AI Pty Ltd", "Ironbark", "Ironbark Coder", true, "1.0", "1.5", "2.0"),
          vendor("Glasswing Research", "Glasswing", "Glasswing-S", true, "0.5", "1.0", "1.1"),
          vendor("Tidewater ML", "Tidewater", "TW-Summarise", false, "3.0", "3.5", "4.0"),
          vendor("Cobalt Finch Technologies", "Cobalt Finch", "Finch", true, "1", "2", "2.5"),
          vendor("Meridian Lexica", "Meridian", "Lexica-Legal", false, "1.0", "1.2", "2.0"),
          vendor("Parhelion AI", "Parhelion", "Parhelion", true, "1.0", "1.6", "2.0", "2.2"),
          vendor("Quiver Labs", "Quiver", "Quiver-Embed", true, "1", "2", "3"),
          vendor("Redwood Pragmatics", "Redwood", "RP-Assist", false, "6.1", "7.0", "7.2"),
          vendor("Umbra Compute", "Umbra", "Umbra-1", true, "0.9", "1.0", "1.1"),
          vendor("Verity Tensor Ltd", "Verity", "VT-Guard", false, "2.0", "2.5", "3.0"),
          vendor("Wrenfield AI", "Wrenfield", "Wren", true, "1.0", "1.2", "1.4"),
          vendor("Yarrow Intelligence", "Yarrow", "Yarrow-Med", false, "1.0", "2.0", "2.1"),
          vendor("Zephyrine Systems", "Zephyrine", "Zephyr-Lite", true, "0.7", "1.0", "1.3"),
          vendor("Ashgrove Neural", "Ashgrove", "Ash-7", false, "7.0", "7.1", "8.0"),
          vendor("Bramblecote AI", "Bramblecote", "Bramble-Chat", true, "1.0", "2.0"),
          vendor("Cinderford Labs", "Cinderford", "Cinder-Mini", true, "1.0", "1.1", "1.5"),
          vendor("Dunmore AI Ltd", "Dunmore", "Dun-Instruct", false, "2", "3", "3.5"),
          vendor("Elmstead Data", "Elmstead", "Elm-RAG", false, "1.0", "1.4", "2.0"),
          vendor("Foxglove Systems", "Foxglove", "Foxglove", true, "3.0", "3.2", "4.0"),
          vendor("Gannet AI", "Gannet", "Gannet-Lite", true, "1.0", "1.5"),
          vendor("Hollowmere Inc.", "Hollowmere", "Mere-3", false, "3.0", "3.1", "3.2"),
          vendor("Inkwell Models", "Inkwell", "Inkwell", true, "0.9", "1.0", "2.0"),
          vendor("Juniper Heights AI", "Juniper", "JH-Small", false, "1.0", "1.8", "2.0"),
          vendor("Larkspur Labs", "Larkspur", "Lark-2B", true, "1.0", "1.1", "2.0"),
          vendor("Nettlebed AI", "Nettlebed", "Nettle", true, "0.6", "1.0", "1.2"),
          vendor("Oakhaven Cognitive", "Oakhaven", "Oak-Agent", false, "1.0", "2.0", "2.3"));

  static final List<UseCase> USE_CASES =
      List.of(
          new UseCase("Customer support ticket summarisation", "GENERAL", "PERSONAL"),
          new UseCase("Internal knowledge retrieval over policies and wikis", "GENERAL", "NONE"),
          new UseCase("Code completion in the developer IDE", "GENERAL", "BUSINESS_CONFIDENTIAL"),
          new UseCase("Meeting transcript summaries", "GENERAL", "PERSONAL"),
          new UseCase("Drafting sales follow-up emails", "GENERAL", "PERSONAL"),
          new UseCase("IT helpdesk agent that resets accounts", "GENERAL", "PERSONAL"),
          new UseCase(
              "Product catalogue enrichment and tagging", "GENERAL", "BUSINESS_CONFIDENTIAL"),
          new UseCase("Translation of inbound support tickets", "GENERAL", "PERSONAL"),
          new UseCase(
              "Log anomaly explanations for operations", "GENERAL", "BUSINESS_CONFIDENTIAL"),
          new UseCase("Insurance claims triage", "FINANCE", "PERSONAL"),
          new UseCase("Fraud alert explanations for analysts", "FINANCE", "PERSONAL"),
          new UseCase("Credit memo first drafts", "FINANCE", "BUSINESS_CONFIDENTIAL"),
          new UseCase("Clinical note summarisation", "HEALTH", "SPECIAL_CATEGORY"),
          new UseCase("Patient intake chatbot", "HEALTH", "SPECIAL_CATEGORY"),
          new UseCase("Contract clause extraction for the legal team", "LEGAL_ADVICE", "NONE"),
          new UseCase("First-line answers to employee legal questions", "LEGAL_ADVICE", "PERSONAL"),
          new UseCase("Candidate CV screening assistant", "EMPLOYMENT", "PERSONAL"),
          new UseCase("HR policy questions and answers", "EMPLOYMENT", "PERSONAL"),
          new UseCase("Homework help chat for school pupils", "MINORS", "MINORS"),
          new UseCase("Identity checks with face matching", "BIOMETRICS", "SPECIAL_CATEGORY"),
          new UseCase("Search ranking of help articles", "GENERAL", "NONE"),
          new UseCase(
              "Agent that files purchase orders in the ERP", "GENERAL", "BUSINESS_CONFIDENTIAL"));

  static final List<String> RESIDENCIES =
      List.of("EU", "US", "DE", "GB", "FR", "NL", "IE", "CH", "CA", "SG", "JP", "AU");

  private static Vendor vendor(
      String name, String shortName, String family, boolean startup, String... versions) {
    return new Vendor(name, shortName, family, List.of(versions), startup);
  }
}
