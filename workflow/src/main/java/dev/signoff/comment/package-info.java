/**
 * Comment threads on a deal, anchored to the deal, a clause or a text range of a contract version;
 * mentions of users and groups, and the in-app notifications they cause.
 */
package dev.signoff.comment;
