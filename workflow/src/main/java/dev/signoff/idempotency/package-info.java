/**
 * Idempotency keys: a state-changing API request retried with the same {@code Idempotency-Key} by
 * the same caller is answered with the first result instead of running again.
 */
package dev.signoff.idempotency;
