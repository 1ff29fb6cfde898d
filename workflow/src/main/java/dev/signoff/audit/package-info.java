/** The append-only, hash-chained audit trail of every change to a deal. */
package dev.signoff.audit;
