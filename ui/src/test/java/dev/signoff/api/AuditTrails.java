package dev.signoff.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signoff.api.SignoffApi.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the audit trail tests do besides calling the API: read a deal's trail, wait for an entry
 * that is written after its request ended, parse a CSV export, and change the stored trail behind
 * the server's back with plain SQL, as someone with database access could.
 */
final class AuditTrails {

  private final SignoffApi api;
  private final JdbcTemplate jdbc;

  AuditTrails(SignoffApi api, JdbcTemplate jdbc) {
    this.api = api;
    this.jdbc = jdbc;
  }

  /** The deal's trail as the user reads it (asserting 200). */
  List<JsonNode> entries(String user, String dealId) {
    Reply reply = api.get(user, "/api/deals/" + dealId + "/audit");
    if (reply.status() != 200) {
      throw new AssertionError("Trail of " + dealId + " for " + user + ": " + reply);
    }
    return StreamSupport.stream(reply.body().spliterator(), false).toList();
  }

  List<String> actions(String dealId) {
    return entries("manager", dealId).stream().map(entry -> entry.get("action").asText()).toList();
  }

  JsonNode verify(String user, String dealId) {
    return api.get(user, "/api/deals/" + dealId + "/audit/verify").body();
  }

  /** The first entry that matches, waiting for it up to ten seconds. */
  JsonNode awaitEntry(String dealId, Predicate<JsonNode> wanted) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(deadline)) {
      for (JsonNode entry : entries("manager", dealId)) {
        if (wanted.test(entry)) {
          return entry;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("The trail of " + dealId + " never got the entry: " + actions(dealId));
  }

  /** Waits up to twenty seconds until the trail holds at least {@code count} matching entries. */
  List<JsonNode> awaitEntries(String dealId, Predicate<JsonNode> wanted, int count)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    List<JsonNode> found = List.of();
    while (Instant.now().isBefore(deadline)) {
      found = entries("manager", dealId).stream().filter(wanted).toList();
      if (found.size() >= count) {
        return found;
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        "The trail of " + dealId + " got " + found.size() + " of " + count + " entries");
  }

  static JsonNode first(List<JsonNode> entries, Predicate<JsonNode> wanted) {
    return entries.stream()
        .filter(wanted)
        .findFirst()
        .orElseThrow(() -> new AssertionError("No such entry in " + entries));
  }

  static Predicate<JsonNode> action(String action) {
    return entry -> entry.get("action").asText().equals(action);
  }

  String storedDetails(String dealId, long sequence) {
    return jdbc.queryForObject(
        "SELECT details FROM audit_entry WHERE deal_id = ? AND sequence = ?",
        String.class,
        UUID.fromString(dealId),
        sequence);
  }

  void setStored(String dealId, long sequence, String column, String value) {
    int changed =
        jdbc.update(
            "UPDATE audit_entry SET " + column + " = ? WHERE deal_id = ? AND sequence = ?",
            value,
            UUID.fromString(dealId),
            sequence);
    if (changed != 1) {
      throw new AssertionError("No entry " + sequence + " of " + dealId);
    }
  }

  void deleteStored(String dealId, long sequence) {
    jdbc.update(
        "DELETE FROM audit_entry WHERE deal_id = ? AND sequence = ?",
        UUID.fromString(dealId),
        sequence);
  }

  /** How many chain heads and entries the database holds for the id. */
  int storedRowsOf(UUID dealId) {
    Integer heads =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM audit_chain WHERE deal_id = ?", Integer.class, dealId);
    Integer entries =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM audit_entry WHERE deal_id = ?", Integer.class, dealId);
    return heads + entries;
  }

  /** Parses RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
  static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
