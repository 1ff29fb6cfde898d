package dev.signoff.contract;

/**
 * One numbered clause of a contract text.
 *
 * @param number the clause number as written, such as {@code "7"} or {@code "7.2"}; {@code ""} for
 *     the preamble before the first clause and for clauses of a document without numbering
 * @param heading the clause heading, such as {@code "Change management"}; {@code ""} when the
 *     clause has none
 * @param text the clause's full text including its heading line, without surrounding whitespace;
 *     always equal to {@code source.substring(start, end)}
 * @param start offset of the clause's first character in the source text
 * @param end offset just after the clause's last non-whitespace character in the source text
 */
public record Clause(String number, String heading, String text, int start, int end) {}
