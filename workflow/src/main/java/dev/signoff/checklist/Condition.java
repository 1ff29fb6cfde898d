package dev.signoff.checklist;

import dev.signoff.deal.DataCategory;
import dev.signoff.deal.HostingModel;
import dev.signoff.deal.IntegrationPattern;
import dev.signoff.deal.PricingModel;
import dev.signoff.deal.UseCaseDomain;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code when} of a section or item: every key given must hold for the deal; a key with a list
 * holds when the deal has any of the listed values. A key that is absent (null) always holds.
 */
record Condition(
    Set<HostingModel> hostingModels,
    Set<IntegrationPattern> integrationPatterns,
    Set<PricingModel> pricingModels,
    Set<UseCaseDomain> useCaseDomains,
    Set<DataCategory> dataCategories,
    Boolean fineTuning,
    Boolean vendorMayTrain) {

  static final Condition ALWAYS = new Condition(null, null, null, null, null, null, null);

  static final List<String> KEYS =
      List.of(
          "hostingModel",
          "integrationPattern",
          "pricingModel",
          "useCaseDomains",
          "dataCategories",
          "fineTuning",
          "vendorMayTrain");

  boolean holdsFor(ChecklistContext deal) {
    return includes(hostingModels, deal.hostingModel())
        && includes(integrationPatterns, deal.integrationPattern())
        && includes(pricingModels, deal.pricingModel())
        && intersects(useCaseDomains, deal.useCaseDomains())
        && intersects(dataCategories, deal.dataCategories())
        && (fineTuning == null || fineTuning == deal.fineTuning())
        && (vendorMayTrain == null || vendorMayTrain == deal.vendorMayTrain());
  }

  private static <E> boolean includes(Set<E> wanted, E actual) {
    return wanted == null || (actual != null && wanted.contains(actual));
  }

  private static <E> boolean intersects(Set<E> wanted, Set<E> actual) {
    return wanted == null || !Collections.disjoint(wanted, actual);
  }

  /**
   * Reads a {@code when} map as written in a definition file, adding a message to {@code problems}
   * for each key or value it does not understand.
   */
  static Condition parse(Map<String, Object> when, String where, List<String> problems) {
    if (when == null) {
      return ALWAYS;
    }
    if (when.isEmpty()) {
      problems.add(where + ": 'when' is empty; leave it out if the entry always applies");
      return ALWAYS;
    }
    for (String key : when.keySet()) {
      if (!KEYS.contains(key)) {
        problems.add(
            where
                + ": unknown 'when' key '"
                + key
                + "' (known keys: "
                + String.join(", ", KEYS)
                + ")");
      }
    }
    String prefix = where + ": when.";
    return new Condition(
        values(when, "hostingModel", HostingModel.class, prefix, problems),
        values(when, "integrationPattern", IntegrationPattern.class, prefix, problems),
        values(when, "pricingModel", PricingModel.class, prefix, problems),
        values(when, "useCaseDomains", UseCaseDomain.class, prefix, problems),
        values(when, "dataCategories", DataCategory.class, prefix, problems),
        flag(when, "fineTuning", prefix, problems),
        flag(when, "vendorMayTrain", prefix, problems));
  }

  private static <E extends Enum<E>> Set<E> values(
      Map<String, Object> when, String key, Class<E> type, String prefix, List<String> problems) {
    if (!when.containsKey(key)) {
      return null;
    }
    Object value = when.get(key);
    List<?> listed = value instanceof List<?> list ? list : Collections.singletonList(value);
    if (listed.isEmpty()) {
      problems.add(prefix + key + " lists no values, so it could never hold");
      return null;
    }
    Set<E> parsed = EnumSet.noneOf(type);
    for (Object element : listed) {
      E constant = constant(type, element);
      if (constant == null) {
        problems.add(
            prefix
                + key
                + ": unknown value '"
                + element
                + "' (allowed: "
                + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name)
                    .collect(Collectors.joining(", "))
                + ")");
      } else {
        parsed.add(constant);
      }
    }
    return Collections.unmodifiableSet(parsed);
  }

  private static <E extends Enum<E>> E constant(Class<E> type, Object element) {
    if (element instanceof String name) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(name)) {
          return constant;
        }
      }
    }
    return null;
  }

  private static Boolean flag(
      Map<String, Object> when, String key, String prefix, List<String> problems) {
    if (!when.containsKey(key)) {
      return null;
    }
    if (when.get(key) instanceof Boolean flag) {
      return flag;
    }
    problems.add(prefix + key + " must be true or false, not '" + when.get(key) + "'");
    return null;
  }
}
