package dev.signoff.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import dev.signoff.comment.ThreadFilter;
import dev.signoff.comment.ThreadStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Which threads to show: open, resolved or all; mine; mentioning me; of a checklist section. */
class ThreadFilterBar extends HorizontalLayout {

  static final String OPEN = "Open";
  static final String RESOLVED = "Resolved";
  static final String ALL = "All";
  private static final String ANY_SECTION = "";

  private final RadioButtonGroup<String> status = new RadioButtonGroup<>();
  private final Checkbox mine = new Checkbox("Mine");
  private final Checkbox mentioningMe = new Checkbox("Mentioning me");
  private final Select<String> section = new Select<>();
  private boolean resetting;

  ThreadFilterBar(Map<String, String> sections, Runnable changed) {
    setId("thread-filters");
    setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    getStyle().set("flex-wrap", "wrap");
    status.setId("thread-filter-status");
    status.setItems(OPEN, RESOLVED, ALL);
    status.setValue(ALL);
    mine.setId("thread-filter-mine");
    mentioningMe.setId("thread-filter-mentioning-me");
    add(status, mine, mentioningMe);
    if (!sections.isEmpty()) {
      section.setId("thread-filter-section");
      List<String> choices = new ArrayList<>();
      choices.add(ANY_SECTION);
      choices.addAll(sections.keySet());
      section.setItems(choices);
      section.setItemLabelGenerator(
          id -> id.equals(ANY_SECTION) ? "Any checklist section" : sections.get(id));
      section.setValue(ANY_SECTION);
      section.setAriaLabel("Checklist section");
      add(section);
    }
    Runnable unlessResetting =
        () -> {
          if (!resetting) {
            changed.run();
          }
        };
    status.addValueChangeListener(change -> unlessResetting.run());
    mine.addValueChangeListener(change -> unlessResetting.run());
    mentioningMe.addValueChangeListener(change -> unlessResetting.run());
    section.addValueChangeListener(change -> unlessResetting.run());
  }

  ThreadFilter filter() {
    ThreadStatus wanted =
        switch (status.getValue() == null ? ALL : status.getValue()) {
          case OPEN -> ThreadStatus.OPEN;
          case RESOLVED -> ThreadStatus.RESOLVED;
          default -> null;
        };
    String chosenSection =
        section.getValue() == null || section.getValue().equals(ANY_SECTION)
            ? null
            : section.getValue();
    return new ThreadFilter(wanted, mine.getValue(), mentioningMe.getValue(), chosenSection, null);
  }

  boolean showsEverything() {
    return filter().equals(ThreadFilter.ALL);
  }

  /** Back to every thread, without telling the panel: it reloads itself. */
  void reset() {
    resetting = true;
    try {
      status.setValue(ALL);
      mine.setValue(false);
      mentioningMe.setValue(false);
      section.setValue(ANY_SECTION);
    } finally {
      resetting = false;
    }
  }
}
