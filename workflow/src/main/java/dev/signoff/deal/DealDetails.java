package dev.signoff.deal;

import dev.signoff.contract.ContractInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A deal as shown to people and scripts: its sheet, stage, sign-offs and contract. */
public record DealDetails(
    UUID id,
    String title,
    String vendor,
    List<String> models,
    HostingModel hostingModel,
    String useCase,
    boolean personalData,
    String owner,
    DealStage stage,
    Instant submittedAt,
    Instant decidedAt,
    List<SignOffView> signOffs,
    List<String> signOffsDone,
    List<String> signOffsPending,
    ContractInfo contract) {}
