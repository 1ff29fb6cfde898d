/** Deals: the deal sheet, the stage of its review, its sign-offs, and who may see it. */
package dev.signoff.deal;
