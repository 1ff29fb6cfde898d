/**
 * The Vaadin web UI: inbox, review screen with checklist and decision, the owner's revision, deal
 * submission, deal page with its timeline, deals board and precedent search. Views call services
 * only.
 */
package dev.signoff.ui;
