package dev.signoff.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An open review or approval task.
 *
 * @param id task id
 * @param dealId the deal under review
 * @param dealTitle title of that deal
 * @param vendor vendor of that deal
 * @param name what the task asks for, e.g. "Legal review"
 * @param kind review, revision, pre-signoff confirmation or final approval
 * @param candidateGroup the group whose members may take the task
 * @param assignee who has claimed it, or null
 * @param created when it was created
 * @param due when it is due, or null
 * @param overdue whether the due date has passed
 * @param reminded whether the group was reminded that this review falls due
 */
public record InboxTask(
    String id,
    UUID dealId,
    String dealTitle,
    String vendor,
    String name,
    TaskKind kind,
    String candidateGroup,
    String assignee,
    Instant created,
    Instant due,
    boolean overdue,
    boolean reminded) {}
