/**
 * The Vaadin web UI: inbox, review screen with checklist and decision, the owner's revision, deal
 * submission, deal page with its timeline, deals board and precedent search, and the deal's comment
 * threads and the user's notifications, kept live through server push. Views call services only.
 */
package dev.signoff.ui;
