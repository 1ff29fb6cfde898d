package dev.signoff.operations;

import java.time.Instant;

/**
 * Something the engine could not do on its own: a job that failed on its last retry, say.
 *
 * @param id the incident's id
 * @param type the engine's incident type, e.g. {@code failedJob}
 * @param message what went wrong, as the engine recorded it
 * @param activityId the model element where it happened
 * @param processInstanceId the process instance
 * @param dealId the deal the instance reviews (its business key)
 * @param jobId the failed job to retry, or null when the incident is not about a job
 * @param since when it happened
 */
public record ProcessIncident(
    String id,
    String type,
    String message,
    String activityId,
    String processInstanceId,
    String dealId,
    String jobId,
    Instant since) {}
