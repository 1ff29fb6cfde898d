package dev.signoff.operations;

import java.time.Instant;

/**
 * A job that failed: it has no retries left or its last attempt threw.
 *
 * @param id the job's id, to retry it
 * @param activityId the model element the job belongs to
 * @param processInstanceId the process instance
 * @param dealId the deal the instance reviews (its business key)
 * @param retries retries left
 * @param exceptionMessage what the last attempt threw
 * @param due when the job is due
 */
public record FailedJob(
    String id,
    String activityId,
    String processInstanceId,
    String dealId,
    int retries,
    String exceptionMessage,
    Instant due) {}
