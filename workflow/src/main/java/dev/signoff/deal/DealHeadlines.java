package dev.signoff.deal;

import dev.signoff.identity.Caller;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the headlines of many deals in three small queries (deals, their sign-offs, the caller's
 * memberships) instead of loading each deal with its collections: task lists ask for them on every
 * refresh. Visibility is decided by {@link DealAccess} on the same facts as for a loaded deal.
 */
@Component
class DealHeadlines {

  private final JdbcClient jdbc;

  DealHeadlines(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The headlines of the deals among the ids that the caller may see, in no particular order. */
  List<DealHeadline> visibleTo(Caller caller, Collection<UUID> dealIds) {
    if (dealIds.isEmpty()) {
      return List.of();
    }
    Set<UUID> ids = Set.copyOf(dealIds);
    Map<UUID, Set<String>> groups = new HashMap<>();
    Map<UUID, Set<String>> reminded = new HashMap<>();
    jdbc.sql(
            "SELECT deal_id, review_group, kind, reminded_at FROM sign_off WHERE deal_id IN (:ids)")
        .param("ids", ids)
        .query(
            row -> {
              UUID dealId = row.getObject("deal_id", UUID.class);
              String group = row.getString("review_group");
              groups.computeIfAbsent(dealId, id -> new HashSet<>()).add(group);
              if (SignOffKind.REVIEW.name().equals(row.getString("kind"))
                  && row.getTimestamp("reminded_at") != null) {
                reminded.computeIfAbsent(dealId, id -> new HashSet<>()).add(group);
              }
            });
    Set<UUID> memberOf =
        new HashSet<>(
            jdbc.sql(
                    "SELECT deal_id FROM deal_member WHERE username = :username AND deal_id IN"
                        + " (:ids)")
                .param("username", caller.username())
                .param("ids", ids)
                .query((row, number) -> row.getObject("deal_id", UUID.class))
                .list());
    return jdbc
        .sql("SELECT id, title, vendor, owner FROM deal WHERE id IN (:ids)")
        .param("ids", ids)
        .query(
            (row, number) -> {
              UUID id = row.getObject("id", UUID.class);
              boolean visible =
                  DealAccess.canSee(
                      caller,
                      row.getString("owner"),
                      memberOf.contains(id),
                      groups.getOrDefault(id, Set.of()));
              return visible
                  ? new DealHeadline(
                      id,
                      row.getString("title"),
                      row.getString("vendor"),
                      reminded.getOrDefault(id, Set.of()))
                  : null;
            })
        .list()
        .stream()
        .filter(headline -> headline != null)
        .toList();
  }
}
