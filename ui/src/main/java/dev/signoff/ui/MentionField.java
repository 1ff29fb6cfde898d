package dev.signoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.signoff.comment.MentionCandidate;
import java.util.List;
import java.util.function.Function;

/**
 * A text area for a comment that helps with {@code @mentions}: typing {@code @} and the start of a
 * name lists the matching users and groups who can see the deal below the box, and choosing one
 * writes {@code @name } in place of what was typed.
 */
class MentionField extends VerticalLayout {

  private static final int MOST_SHOWN = 8;

  private final TextArea text = new TextArea();
  private final Div suggestions = new Div();
  private final Function<String, List<MentionCandidate>> candidates;
  private int mentionStart = -1;
  private int caret = -1;

  MentionField(String id, String placeholder, Function<String, List<MentionCandidate>> candidates) {
    this.candidates = candidates;
    setPadding(false);
    setSpacing(false);
    text.setId(id);
    text.setPlaceholder(placeholder);
    text.setWidthFull();
    text.setMinRows(2);
    text.setValueChangeMode(ValueChangeMode.EAGER);
    text.setHelperText("Markdown: *emphasis*, **bold**, `code`, lists, links. @ mentions someone.");
    text.getElement()
        .addEventListener(
            "input",
            typed ->
                suggest(
                    typed.getEventData().getString("element.inputElement.value"),
                    (int) typed.getEventData().getNumber("element.inputElement.selectionStart")))
        .addEventData("element.inputElement.value")
        .addEventData("element.inputElement.selectionStart")
        .debounce(150);
    suggestions.setId(id + "-mentions");
    suggestions.addClassName("mention-suggestions");
    suggestions
        .getStyle()
        .set("display", "flex")
        .set("flex-wrap", "wrap")
        .set("gap", "var(--lumo-space-xs)");
    suggestions.setVisible(false);
    add(text, suggestions);
  }

  String getValue() {
    return text.getValue();
  }

  void setValue(String value) {
    text.setValue(value == null ? "" : value);
  }

  void clear() {
    text.clear();
    hideSuggestions();
  }

  void focus() {
    text.focus();
  }

  /**
   * Where the {@code @name} being typed before the caret starts, or -1. Follows the service's rule:
   * an {@code @} not inside a word or an e-mail address, then letters, digits, {@code _ . -}.
   */
  static int mentionStartBefore(String value, int caret) {
    if (value == null || caret < 1 || caret > value.length()) {
      return -1;
    }
    int at = caret - 1;
    while (at >= 0 && isNameCharacter(value.charAt(at))) {
      at--;
    }
    if (at < 0 || value.charAt(at) != '@') {
      return -1;
    }
    if (at > 0) {
      char before = value.charAt(at - 1);
      if (isNameCharacter(before) || "@/+".indexOf(before) >= 0) {
        return -1;
      }
    }
    return at;
  }

  private static boolean isNameCharacter(char character) {
    return Character.isLetterOrDigit(character) || "_.-".indexOf(character) >= 0;
  }

  private void suggest(String value, int caretPosition) {
    int start = mentionStartBefore(value, caretPosition);
    if (start < 0) {
      hideSuggestions();
      return;
    }
    List<MentionCandidate> found;
    try {
      found = candidates.apply(value.substring(start + 1, caretPosition));
    } catch (RuntimeException failure) {
      hideSuggestions();
      return;
    }
    mentionStart = start;
    caret = caretPosition;
    suggestions.removeAll();
    found.stream().limit(MOST_SHOWN).map(this::option).forEach(suggestions::add);
    suggestions.setVisible(!found.isEmpty());
  }

  private Button option(MentionCandidate candidate) {
    Button option = new Button("@" + candidate.name() + " · " + candidate.label());
    option.setId(text.getId().orElseThrow() + "-mention-" + candidate.name());
    option.addClassName("mention-option");
    option.getElement().setAttribute("data-mention", candidate.name());
    option.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
    option.addClickListener(click -> choose(candidate.name()));
    return option;
  }

  private void choose(String name) {
    String value = text.getValue();
    boolean stillThere =
        mentionStart >= 0
            && caret <= value.length()
            && mentionStartBefore(value, caret) == mentionStart;
    int start = stillThere ? mentionStart : value.length();
    int end = stillThere ? caret : value.length();
    String inserted = (stillThere || value.isEmpty() || value.endsWith(" ") ? "" : " ") + "@";
    inserted += name + " ";
    text.setValue(value.substring(0, start) + inserted + value.substring(end));
    int after = start + inserted.length();
    text.getElement()
        .executeJs(
            "const input = this.inputElement; input.focus(); input.setSelectionRange($0, $0);",
            after);
    hideSuggestions();
  }

  private void hideSuggestions() {
    mentionStart = -1;
    caret = -1;
    suggestions.removeAll();
    suggestions.setVisible(false);
  }
}
