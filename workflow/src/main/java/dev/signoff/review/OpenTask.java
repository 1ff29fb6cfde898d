package dev.signoff.review;

import java.time.Instant;
import java.util.UUID;

/**
 * An open user task of a review process as task lists show it.
 *
 * @param element the task's id in the BPMN model (see {@link ReviewProcess})
 * @param group the group it is offered to, or null for a personal task
 * @param due null when it has no due date
 */
public record OpenTask(
    String id,
    String name,
    String element,
    String assignee,
    String group,
    Instant created,
    Instant due,
    UUID dealId) {}
