/**
 * Review tasks: each person's inbox, claiming, and deciding a task. The only user of Camunda's
 * TaskService.
 */
package dev.signoff.inbox;
