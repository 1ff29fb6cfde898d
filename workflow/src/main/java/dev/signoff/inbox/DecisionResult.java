package dev.signoff.inbox;

import java.util.UUID;

/** The outcome of a decision: the task is done and the deal moved on. */
public record DecisionResult(String taskId, UUID dealId, Outcome outcome, String dealStage) {}
