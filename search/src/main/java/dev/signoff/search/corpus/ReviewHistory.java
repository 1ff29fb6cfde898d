package dev.signoff.search.corpus;

import dev.signoff.search.corpus.SyntheticDeal.SyntheticClause;
import dev.signoff.search.corpus.SyntheticDeal.SyntheticComment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How the review of a synthetic deal went: each group's decision, consistent with the outcome, and
 * the remarks reviewers left on clauses, more often on unusual ones.
 */
final class ReviewHistory {

  static final List<String> GROUPS = List.of("legal", "security-privacy", "engineering", "product");

  private final SplittableRandom random;
  private final Map<String, String> decisions = new LinkedHashMap<>();
  private final List<SyntheticComment> comments = new ArrayList<>();

  ReviewHistory(
      SplittableRandom random, DealFacts deal, List<SyntheticClause> clauses, List<Draft> drafts) {
    this.random = random;
    decide(deal);
    comment(deal, clauses, drafts);
  }

  Map<String, String> decisions() {
    return decisions;
  }

  List<SyntheticComment> comments() {
    return comments;
  }

  /** The demo user who reviews for a group. */
  static String author(String group) {
    return group.equals("security-privacy") ? "security" : group;
  }

  private void decide(DealFacts deal) {
    String stuck = deal.sticking() == null ? null : deal.sticking().owner();
    for (String group : GROUPS) {
      int roll = random.nextInt(100);
      switch (deal.outcome()) {
        case "SIGNED" -> decisions.put(group, roll < 75 ? "APPROVED" : "APPROVED_WITH_CONDITIONS");
        case "REJECTED" -> {
          if (group.equals(stuck)) {
            decisions.put(group, "REJECTED");
          } else {
            decisions.put(
                group,
                roll < 50
                    ? "APPROVED"
                    : roll < 70
                        ? "APPROVED_WITH_CONDITIONS"
                        : roll < 92 ? "CHANGES_REQUESTED" : "REJECTED");
          }
        }
        default -> {
          if (group.equals(stuck)) {
            decisions.put(group, "CHANGES_REQUESTED");
          } else if (roll < 35) {
            decisions.put(group, "APPROVED");
          } else if (roll < 60) {
            decisions.put(group, "CHANGES_REQUESTED");
          }
        }
      }
    }
  }

  private void comment(DealFacts deal, List<SyntheticClause> clauses, List<Draft> drafts) {
    for (int i = 0; i < clauses.size(); i++) {
      SyntheticClause clause = clauses.get(i);
      Draft draft = drafts.get(i);
      String group = clause.sectionOwner();
      boolean stuck = draft.topic == deal.sticking() && draft.remark != null;
      if (draft.remark != null && (stuck || random.nextInt(100) < 80)) {
        add(clause, group, draft.remark);
      } else if (clause.unusual() && draft.remark == null && random.nextInt(2) == 0) {
        add(
            clause,
            group,
            "This clause has no heading; please ask for one so it can be referenced.");
      } else if (random.nextInt(100) < 6) {
        add(clause, group, routine(group));
      }
      if ("APPROVED_WITH_CONDITIONS".equals(decisions.get(group)) && random.nextInt(100) < 15) {
        add(clause, group, condition(group));
      }
    }
  }

  private void add(SyntheticClause clause, String group, String text) {
    comments.add(new SyntheticComment(clause.number(), group, author(group), text));
  }

  private String routine(String group) {
    String[] remarks =
        switch (group) {
          case "legal" ->
              new String[] {
                "Matches our standard position.",
                "Same wording as the last renewal with this vendor.",
                "Fine as drafted.",
                "Make sure the schedule this refers to is attached before signature."
              };
          case "security-privacy" ->
              new String[] {
                "Consistent with our security baseline.",
                "Check that the DPA annex lists the same regions.",
                "Ask for the latest penetration test summary.",
                "OK from a privacy point of view."
              };
          case "engineering" ->
              new String[] {
                "The pilot numbers show this is achievable.",
                "We need the evaluation set agreed before go-live.",
                "How is this measured? Please ask for the method.",
                "Works with our monitoring."
              };
          default ->
              new String[] {
                "Works for the planned rollout.",
                "The budget owner has seen this.",
                "Please align this with the launch timeline.",
                "Good for us commercially."
              };
        };
    return remarks[random.nextInt(remarks.length)];
  }

  private String condition(String group) {
    return switch (group) {
      case "legal" -> "Approved on condition that the order form references this version.";
      case "security-privacy" ->
          "Approved on condition that the vendor completes our security questionnaire first.";
      case "engineering" ->
          "Approved on condition that latency is monitored on our side from day one.";
      default -> "Approved on condition that usage alerts are configured before launch.";
    };
  }
}
