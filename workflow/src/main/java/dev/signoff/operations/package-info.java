/**
 * Process operations for admins: incidents and failed jobs with retry, the process instances of a
 * deal and the model drawn with their current position, in place of the engine's web apps.
 */
package dev.signoff.operations;
