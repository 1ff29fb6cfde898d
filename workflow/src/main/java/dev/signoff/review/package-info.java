/** The review process: starting it for a submitted deal and the thin glue its BPMN model calls. */
package dev.signoff.review;
