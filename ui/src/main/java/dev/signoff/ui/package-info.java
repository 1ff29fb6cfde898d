/**
 * The Vaadin web UI: inbox, review screen, deal submission, deals board and precedent search. Views
 * call services only.
 */
package dev.signoff.ui;
