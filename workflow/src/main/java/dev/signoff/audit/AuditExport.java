package dev.signoff.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A deal's audit trail as exported: every entry, oldest first, and what a check of the chain found
 * at the moment of the export.
 */
public record AuditExport(
    UUID dealId, Instant exportedAt, ChainVerification verification, List<AuditEntry> entries) {}
