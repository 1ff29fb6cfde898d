package dev.signoff.audit;

import java.util.List;

/**
 * A deal's audit trail as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas,
 * quotes or line breaks quoted, quotes doubled), one entry a row after a header row. The details
 * are the stored canonical JSON, so the hashes can be checked from the file alone. A cell that a
 * spreadsheet would take for a formula (starting with {@code = + - @}, a tab or a carriage return)
 * is prefixed with a single quote.
 */
final class AuditCsv {

  static final String HEADER = "sequence,occurredAt,actor,action,subject,details,previousHash,hash";

  private AuditCsv() {}

  static String write(List<ChainLink> links) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (ChainLink link : links) {
      csv.append(link.sequence())
          .append(',')
          .append(AuditChain.format(link.occurredAt()))
          .append(',')
          .append(cell(link.actor()))
          .append(',')
          .append(cell(link.action()))
          .append(',')
          .append(cell(link.subject()))
          .append(',')
          .append(cell(link.details()))
          .append(',')
          .append(cell(link.previousHash()))
          .append(',')
          .append(cell(link.hash()))
          .append("\r\n");
    }
    return csv.toString();
  }

  static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
