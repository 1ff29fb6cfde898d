package dev.signoff.deal;

import dev.signoff.identity.Caller;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the headlines of many deals in one query (each deal with the sign-offs that matter to the
 * caller and whether the caller is a member) instead of loading each deal with its collections:
 * task lists ask for them on every refresh. Visibility is decided by {@link DealAccess} on the same
 * facts as for a loaded deal.
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
    Map<UUID, Facts> deals = new LinkedHashMap<>();
    // Only the sign-offs that decide what the caller sees: those of the caller's groups (they make
    // the deal visible) and the reviews whose group was reminded (the headline names them).
    String signOffs =
        caller.groups().isEmpty()
            ? "s.kind = 'REVIEW' AND s.reminded_at IS NOT NULL"
            : "(s.review_group IN (:groups) OR (s.kind = 'REVIEW' AND s.reminded_at IS NOT NULL))";
    JdbcClient.StatementSpec statement =
        jdbc.sql(
                """
                SELECT d.id, d.title, d.vendor, d.owner,
                       CASE WHEN EXISTS (SELECT 1 FROM deal_member m
                                         WHERE m.deal_id = d.id AND m.username = :username)
                            THEN 1 ELSE 0 END AS member,
                       s.review_group, s.kind, s.reminded_at
                FROM deal d LEFT JOIN sign_off s ON s.deal_id = d.id AND %s
                WHERE d.id IN (:ids)
                """
                    .formatted(signOffs))
            .param("username", caller.username())
            .param("ids", Set.copyOf(dealIds));
    if (!caller.groups().isEmpty()) {
      statement = statement.param("groups", caller.groups());
    }
    statement.query(
        row -> {
          UUID id = row.getObject("id", UUID.class);
          Facts facts = deals.get(id);
          if (facts == null) {
            facts =
                new Facts(
                    row.getString("title"),
                    row.getString("vendor"),
                    row.getString("owner"),
                    row.getInt("member") == 1);
            deals.put(id, facts);
          }
          String group = row.getString("review_group");
          if (group != null) {
            facts.groups.add(group);
            if (SignOffKind.REVIEW.name().equals(row.getString("kind"))
                && row.getTimestamp("reminded_at") != null) {
              facts.reminded.add(group);
            }
          }
        });
    List<DealHeadline> visible = new ArrayList<>(deals.size());
    deals.forEach(
        (id, facts) -> {
          if (DealAccess.canSee(caller, facts.owner, facts.member, facts.groups)) {
            visible.add(new DealHeadline(id, facts.title, facts.vendor, facts.reminded));
          }
        });
    return visible;
  }

  /** What the query says of one deal, its rows (one per sign-off) gathered. */
  private static final class Facts {
    private final String title;
    private final String vendor;
    private final String owner;
    private final boolean member;
    private final Set<String> groups = new HashSet<>();
    private final Set<String> reminded = new HashSet<>();

    private Facts(String title, String vendor, String owner, boolean member) {
      this.title = title;
      this.vendor = vendor;
      this.owner = owner;
      this.member = member;
    }
  }
}
