package dev.signoff.comment;

/**
 * Where a thread sits in the contract.
 *
 * @param kind DEAL, CLAUSE or RANGE
 * @param createdInVersion the contract version the thread was started on (null for DEAL)
 * @param version the version whose text the offsets and quote refer to: the current version, or the
 *     last version the anchored text was found in when the thread is outdated (null for DEAL)
 * @param clauseNumber the clause (for a RANGE: the clause the range starts in); {@code ""} for the
 *     preamble or an unnumbered clause, null for DEAL
 * @param clauseHeading the clause heading, {@code ""} when it has none
 * @param clauseLabel the clause as people name it, such as "7.2 Change management"
 * @param start offset of the anchored text in that version's extracted text
 * @param end offset just after the anchored text
 * @param quote the anchored text (for a CLAUSE, the start of the clause text)
 * @param outdated true when a later version no longer contains the anchored text: the thread stays
 *     visible, linked to the text of {@code version}
 * @param outdatedSinceVersion the first version that no longer contains it, or null
 */
public record ThreadAnchor(
    AnchorKind kind,
    Integer createdInVersion,
    Integer version,
    String clauseNumber,
    String clauseHeading,
    String clauseLabel,
    Integer start,
    Integer end,
    String quote,
    boolean outdated,
    Integer outdatedSinceVersion) {}
