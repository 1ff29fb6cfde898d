package dev.signoff.checklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.signoff.checklist.ChecklistDefinition.ItemDefinition;
import dev.signoff.checklist.ChecklistDefinition.SectionDefinition;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads and validates one version of the checklist definitions from its YAML text. */
final class ChecklistDefinitionReader {

  /** Section ids and the name part of item ids: lower-case words joined by '-'. */
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** Binds the parsed YAML to the file model; unknown fields are errors. */
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private ChecklistDefinitionReader() {}

  /**
   * @param source where the text comes from, for messages
   * @param versionInName the version number the file name announces
   * @param yaml the file content
   * @throws InvalidChecklistDefinition naming every problem found
   */
  static ChecklistDefinition read(String source, int versionInName, byte[] yaml) {
    FileModel file = parse(source, yaml);
    List<String> problems = new ArrayList<>();
    if (file.version() == null) {
      problems.add("'version' is missing; it must be " + versionInName + " as in the file name");
    } else if (file.version() != versionInName) {
      problems.add(
          "'version: "
              + file.version()
              + "' does not match the file name, which says version "
              + versionInName);
    }
    if (file.sections() == null || file.sections().isEmpty()) {
      problems.add("no sections");
    }
    List<SectionDefinition> sections = new ArrayList<>();
    Map<String, String> sectionOfItem = new HashMap<>();
    Set<String> sectionIds = new HashSet<>();
    List<SectionModel> sectionModels = file.sections() == null ? List.of() : file.sections();
    for (int index = 0; index < sectionModels.size(); index++) {
      SectionModel section = sectionModels.get(index);
      if (section == null) {
        problems.add("section " + (index + 1) + " is empty");
        continue;
      }
      String where =
          section.id() == null ? "section " + (index + 1) : "section '" + section.id() + "'";
      if (section.id() != null && !sectionIds.add(section.id())) {
        problems.add("duplicate section id '" + section.id() + "'");
      }
      sections.add(section(section, where, sectionOfItem, problems));
    }
    if (!problems.isEmpty()) {
      throw new InvalidChecklistDefinition(invalid(source), problems);
    }
    return new ChecklistDefinition(versionInName, source, sections);
  }

  private static FileModel parse(String source, byte[] yaml) {
    Object document;
    try {
      document =
          new Yaml(new SafeConstructor(loaderOptions()))
              .load(new String(yaml, StandardCharsets.UTF_8));
    } catch (YAMLException e) {
      throw new InvalidChecklistDefinition(invalid(source), List.of(e.getMessage()));
    }
    if (document == null) {
      throw new InvalidChecklistDefinition(invalid(source), List.of("the file is empty"));
    }
    if (!(document instanceof Map)) {
      throw new InvalidChecklistDefinition(
          invalid(source), List.of("the file must hold 'version' and 'sections'"));
    }
    JsonNode tree = JSON.valueToTree(document);
    try {
      return JSON.treeToValue(tree, FileModel.class);
    } catch (JsonProcessingException e) {
      throw new InvalidChecklistDefinition(invalid(source), List.of(describe(tree, e)));
    }
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    return options;
  }

  private static SectionDefinition section(
      SectionModel section,
      String where,
      Map<String, String> sectionOfItem,
      List<String> problems) {
    if (isBlank(section.id())) {
      problems.add(where + ": 'id' is missing");
    } else if (!NAME.matcher(section.id()).matches()) {
      problems.add(where + ": id must be lower-case words joined by '-'");
    }
    if (isBlank(section.title())) {
      problems.add(where + ": 'title' is missing");
    }
    if (isBlank(section.owner())) {
      problems.add(where + ": 'owner' is missing");
    } else if (!ReviewGroups.ALL.contains(section.owner())) {
      problems.add(
          where
              + ": unknown owner group '"
              + section.owner()
              + "' (review groups: "
              + String.join(", ", ReviewGroups.ALL)
              + ")");
    }
    List<String> keywords = section.clauseKeywords() == null ? List.of() : section.clauseKeywords();
    if (keywords.isEmpty()) {
      problems.add(
          where + ": 'clauseKeywords' is missing; list the words that identify its clauses");
    } else if (keywords.stream().anyMatch(ChecklistDefinitionReader::isBlank)) {
      problems.add(where + ": 'clauseKeywords' contains an empty keyword");
    }
    Condition when = Condition.parse(section.when(), where, problems);
    List<ItemModel> itemModels = section.items() == null ? List.of() : section.items();
    if (itemModels.isEmpty()) {
      problems.add(where + ": no items");
    }
    List<ItemDefinition> items = new ArrayList<>();
    for (int index = 0; index < itemModels.size(); index++) {
      ItemModel item = itemModels.get(index);
      if (item == null) {
        problems.add(where + ": item " + (index + 1) + " is empty");
        continue;
      }
      String itemWhere =
          isBlank(item.id()) ? where + ", item " + (index + 1) : "item '" + item.id() + "'";
      items.add(item(item, section.id(), itemWhere, sectionOfItem, problems));
    }
    return new SectionDefinition(
        section.id(), section.title(), section.owner(), keywords, when, items);
  }

  private static ItemDefinition item(
      ItemModel item,
      String sectionId,
      String where,
      Map<String, String> sectionOfItem,
      List<String> problems) {
    if (isBlank(item.id())) {
      problems.add(where + ": 'id' is missing");
    } else {
      String prefix = sectionId + ".";
      if (!item.id().startsWith(prefix)
          || !NAME.matcher(item.id().substring(prefix.length())).matches()) {
        problems.add(
            where + ": id must be '" + prefix + "' followed by lower-case words joined by '-'");
      }
      String earlier = sectionOfItem.putIfAbsent(item.id(), sectionId);
      if (earlier != null) {
        problems.add(
            "duplicate item id '"
                + item.id()
                + (earlier.equals(sectionId)
                    ? "' in section '" + sectionId + "'"
                    : "' (in section '" + earlier + "' and in section '" + sectionId + "')"));
      }
    }
    if (isBlank(item.text())) {
      problems.add(where + ": 'text' is missing; it holds the question the reviewer answers");
    }
    Condition when = Condition.parse(item.when(), where, problems);
    boolean required = item.required() == null || item.required();
    ChecklistItem checklistItem =
        isBlank(item.id()) || isBlank(item.text()) || sectionId == null
            ? null
            : new ChecklistItem(
                item.id(),
                sectionId,
                item.text().strip(),
                strip(item.guidance()),
                strip(item.evidence()),
                required);
    return new ItemDefinition(checklistItem, when);
  }

  /** A binding error, placed by section and item id rather than by position. */
  private static String describe(JsonNode tree, JsonProcessingException e) {
    if (!(e instanceof JsonMappingException mapping)) {
      return e.getOriginalMessage();
    }
    List<JsonMappingException.Reference> path = mapping.getPath();
    if (e instanceof UnrecognizedPropertyException unknown) {
      String where = where(tree, path.subList(0, Math.max(0, path.size() - 1)));
      return (where.isEmpty() ? "" : where + ": ")
          + "unknown field '"
          + unknown.getPropertyName()
          + "' (known fields: "
          + unknown.getKnownPropertyIds().stream()
              .map(Object::toString)
              .sorted()
              .collect(Collectors.joining(", "))
          + ")";
    }
    String where = where(tree, path);
    return (where.isEmpty() ? "" : where + ": ") + e.getOriginalMessage();
  }

  private static String where(JsonNode tree, List<JsonMappingException.Reference> path) {
    List<String> parts = new ArrayList<>();
    JsonNode node = tree;
    String field = null;
    for (JsonMappingException.Reference reference : path) {
      if (reference.getFieldName() != null) {
        field = reference.getFieldName();
        node = node.path(field);
      } else if (reference.getIndex() >= 0) {
        node = node.path(reference.getIndex());
        String kind =
            switch (String.valueOf(field)) {
              case "sections" -> "section";
              case "items" -> "item";
              default -> "entry " + field;
            };
        String id = node.path("id").asText("");
        parts.add(id.isBlank() ? kind + " " + (reference.getIndex() + 1) : kind + " '" + id + "'");
        field = null;
      }
    }
    if (field != null) {
      parts.add("field '" + field + "'");
    }
    return String.join(", ", parts);
  }

  private static String invalid(String source) {
    return "Invalid checklist definitions in " + source;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }

  record FileModel(Integer version, List<SectionModel> sections) {}

  record SectionModel(
      String id,
      String title,
      String owner,
      List<String> clauseKeywords,
      Map<String, Object> when,
      List<ItemModel> items) {}

  record ItemModel(
      String id,
      String text,
      String guidance,
      String evidence,
      Boolean required,
      Map<String, Object> when) {}
}
