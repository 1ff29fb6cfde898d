package dev.signoff.checklist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The review checklists. All versions of the definitions are read and validated when the server
 * starts; invalid definitions stop the start. Every version found stays available, so a review that
 * stores the version it started with keeps answering the same questions after a newer version
 * appears.
 */
@Service
public class Checklists {

  private static final Logger log = LoggerFactory.getLogger(Checklists.class);

  private final SortedMap<Integer, ChecklistDefinition> versions;

  public Checklists(ChecklistProperties properties) {
    this.versions =
        ChecklistDefinitionLoader.load(
            Checklists.class.getClassLoader(), properties.overrideDirectory());
    log.info(
        "Checklist versions {} loaded; new reviews use version {}", versions(), currentVersion());
  }

  /** The current (highest) version of the definitions: the one new reviews should start with. */
  public int currentVersion() {
    return versions.lastKey();
  }

  /** Every version that can be asked for, in ascending order. */
  public SortedSet<Integer> versions() {
    return new TreeSet<>(versions.keySet());
  }

  /**
   * The checklist a group answers for a deal, from the given version: the group's sections and the
   * items whose conditions hold for the deal.
   *
   * @throws IllegalArgumentException for an unknown version or review group
   */
  public Checklist forGroup(int version, String group, ChecklistContext context) {
    return definition(version, group).checklistFor(group, context);
  }

  /**
   * The sections a group owns in a version with all their items, whatever the conditions, e.g. to
   * know which contract clauses the group covers.
   *
   * @throws IllegalArgumentException for an unknown version or review group
   */
  public List<ChecklistSection> sectionsOf(int version, String group) {
    return definition(version, group).sectionsOf(group);
  }

  /**
   * Checks answers against a checklist: which required items are unanswered and which are answered
   * as not satisfied. Not applicable counts as answered; optional items never block.
   *
   * @throws IllegalArgumentException naming the item when an answer is for an item that is not on
   *     the checklist, or when an item is answered more than once
   */
  public ChecklistGaps gaps(Checklist checklist, Collection<ItemAnswer> answers) {
    Map<String, Answer> answerOf = new HashMap<>();
    for (ItemAnswer answer : answers) {
      if (checklist.item(answer.itemId()).isEmpty()) {
        throw new IllegalArgumentException(
            "Item '"
                + answer.itemId()
                + "' is not on the "
                + checklist.group()
                + " checklist (version "
                + checklist.version()
                + ")");
      }
      if (answerOf.put(answer.itemId(), answer.answer()) != null) {
        throw new IllegalArgumentException(
            "Item '" + answer.itemId() + "' is answered more than once");
      }
    }
    List<ChecklistItem> unanswered = new ArrayList<>();
    List<ChecklistItem> notSatisfied = new ArrayList<>();
    for (ChecklistItem item : checklist.items()) {
      if (!item.required()) {
        continue;
      }
      Answer answer = answerOf.get(item.id());
      if (answer == null) {
        unanswered.add(item);
      } else if (answer == Answer.NOT_SATISFIED) {
        notSatisfied.add(item);
      }
    }
    return new ChecklistGaps(unanswered, notSatisfied);
  }

  private ChecklistDefinition definition(int version, String group) {
    ChecklistDefinition definition = versions.get(version);
    if (definition == null) {
      throw new IllegalArgumentException(
          "Unknown checklist version " + version + " (available: " + versions() + ")");
    }
    if (!ReviewGroups.ALL.contains(group)) {
      throw new IllegalArgumentException(
          "Unknown review group '"
              + group
              + "' (review groups: "
              + String.join(", ", ReviewGroups.ALL)
              + ")");
    }
    return definition;
  }
}
