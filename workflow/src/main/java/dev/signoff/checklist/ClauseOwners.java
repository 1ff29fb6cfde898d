package dev.signoff.checklist;

import dev.signoff.identity.Roles;
import dev.signoff.search.terms.ClauseType;
import dev.signoff.search.terms.ClauseTypes;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Which review group owns a contract clause. A clause's primary type ({@link ClauseTypes#classify})
 * names the checklist section that covers its topic, and the section's owner in the deal's
 * checklist version owns the clause: liability and exit belong to legal's sections, security,
 * retention and privacy to security & privacy's, service levels and model quality to engineering's,
 * scope, pricing and change management to product's. Boilerplate ({@link ClauseType#GENERAL}) is
 * legal's, with the other contractual risk.
 */
@Component
public class ClauseOwners {

  private static final Map<ClauseType, String> SECTION_OF_TYPE = new EnumMap<>(ClauseType.class);

  static {
    SECTION_OF_TYPE.put(ClauseType.SCOPE_AND_USE_CASES, "scope");
    SECTION_OF_TYPE.put(ClauseType.DATA_RIGHTS, "data-rights");
    SECTION_OF_TYPE.put(ClauseType.CONFIDENTIALITY, "data-rights");
    SECTION_OF_TYPE.put(ClauseType.RETENTION_AND_DELETION, "retention");
    SECTION_OF_TYPE.put(ClauseType.PRIVACY, "privacy-compliance");
    SECTION_OF_TYPE.put(ClauseType.SUBPROCESSORS, "privacy-compliance");
    SECTION_OF_TYPE.put(ClauseType.SECURITY_CONTROLS, "security");
    SECTION_OF_TYPE.put(ClauseType.BREACH_NOTIFICATION, "security");
    SECTION_OF_TYPE.put(ClauseType.SERVICE_LEVELS, "system-sla");
    SECTION_OF_TYPE.put(ClauseType.MODEL_QUALITY, "model-quality");
    SECTION_OF_TYPE.put(ClauseType.TESTING_AND_ROLLOUT, "rollout");
    SECTION_OF_TYPE.put(ClauseType.LIABILITY_CAP, "risk-allocation");
    SECTION_OF_TYPE.put(ClauseType.INDEMNITY, "risk-allocation");
    SECTION_OF_TYPE.put(ClauseType.INSURANCE, "risk-allocation");
    SECTION_OF_TYPE.put(ClauseType.GENERAL, "risk-allocation");
    SECTION_OF_TYPE.put(ClauseType.CHANGE_MANAGEMENT, "governance");
    SECTION_OF_TYPE.put(ClauseType.GOVERNANCE, "governance");
    SECTION_OF_TYPE.put(ClauseType.AUDIT_RIGHTS, "governance");
    SECTION_OF_TYPE.put(ClauseType.PRICING, "pricing");
    SECTION_OF_TYPE.put(ClauseType.INTELLECTUAL_PROPERTY, "ip");
    SECTION_OF_TYPE.put(ClauseType.TERMINATION_AND_EXIT, "exit");
    SECTION_OF_TYPE.put(ClauseType.ESCROW, "exit");
  }

  private final Checklists checklists;
  private final Map<Integer, Map<String, String>> ownerOfSection = new ConcurrentHashMap<>();

  public ClauseOwners(Checklists checklists) {
    this.checklists = checklists;
  }

  /**
   * The group owning the clause, or null when the section of its topic is missing from that
   * checklist version.
   *
   * @param checklistVersion the version the deal's reviews answered; null for the current version
   */
  public String ownerOf(Integer checklistVersion, String heading, String text) {
    int version = checklistVersion == null ? checklists.currentVersion() : checklistVersion;
    return ownersIn(version).get(SECTION_OF_TYPE.get(primaryType(heading, text)));
  }

  /**
   * The clause's primary type. A heading that names exactly one topic decides it (its weight beats
   * any wording), so the costlier reading of the whole text is only needed otherwise.
   */
  static ClauseType primaryType(String heading, String text) {
    if (heading != null && !heading.isBlank()) {
      java.util.Set<ClauseType> byHeading = ClauseTypes.classify(heading, "");
      if (byHeading.size() == 1 && !byHeading.contains(ClauseType.GENERAL)) {
        return byHeading.iterator().next();
      }
    }
    return ClauseTypes.classify(heading, text).iterator().next();
  }

  private Map<String, String> ownersIn(int version) {
    return ownerOfSection.computeIfAbsent(
        version,
        v -> {
          Map<String, String> owners = new HashMap<>();
          if (!checklists.versions().contains(v)) {
            return owners;
          }
          for (String group : Roles.ALL) {
            try {
              checklists.sectionsOf(v, group).forEach(section -> owners.put(section.id(), group));
            } catch (IllegalArgumentException groupWithoutChecklist) {
              // deal owners, managers and admins own no section
            }
          }
          return owners;
        });
  }
}
