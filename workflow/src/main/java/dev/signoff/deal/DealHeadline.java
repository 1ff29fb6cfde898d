package dev.signoff.deal;

import java.util.Set;
import java.util.UUID;

/**
 * What a task list shows of a deal: its title and vendor, and the review groups that were reminded
 * of their pending review. Read without loading the deal.
 */
public record DealHeadline(UUID id, String title, String vendor, Set<String> remindedGroups) {

  public DealHeadline {
    remindedGroups = Set.copyOf(remindedGroups);
  }

  /** Whether the review group was reminded of its review of this deal. */
  public boolean reminded(String group) {
    return remindedGroups.contains(group);
  }
}
