/**
 * Review checklists: versioned, editable definitions of what each review group checks in a
 * contract, switched on by the deal sheet, and the gaps that block an approval.
 */
package dev.signoff.checklist;
