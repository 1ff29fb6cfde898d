package dev.signoff.deal;

import dev.signoff.contract.ContractInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A deal as shown to people and scripts: its sheet, stage, routing (risk tier and the reviews it
 * requires, or why it was rejected at intake), sign-offs and contract; why it was withdrawn, when
 * it was.
 */
public record DealDetails(
    UUID id,
    String title,
    String vendor,
    List<String> models,
    HostingModel hostingModel,
    String useCase,
    boolean personalData,
    boolean fineTuning,
    IntegrationPattern integrationPattern,
    List<UseCaseDomain> useCaseDomains,
    List<DataCategory> dataCategories,
    List<String> residency,
    boolean vendorMayTrain,
    PricingModel pricingModel,
    Integer termMonths,
    String owner,
    DealStage stage,
    RiskTier riskTier,
    List<String> requiredReviews,
    String rejectionReason,
    String withdrawalReason,
    int reviewRound,
    Integer checklistVersion,
    Instant submittedAt,
    Instant decidedAt,
    List<SignOffView> signOffs,
    List<String> signOffsDone,
    List<String> signOffsPending,
    ContractInfo contract) {}
