package dev.signoff.ui;

import com.vaadin.flow.component.Html;
import java.util.regex.Pattern;

/**
 * A highlighted excerpt of a precedent. The index escapes the text and marks matches with {@code
 * <mark>}; an excerpt with any other markup is shown as text, so nothing else is ever rendered as
 * HTML.
 */
final class PrecedentFragment {

  private static final Pattern MARKS = Pattern.compile("</?mark>");

  private PrecedentFragment() {}

  /** The excerpt as a paragraph with class {@code precedent-fragment}. */
  static Html of(String fragment) {
    return new Html("<p class=\"precedent-fragment\">" + safeHtml(fragment) + "</p>");
  }

  /** The excerpt when it holds only escaped text and marks; otherwise the whole excerpt escaped. */
  static String safeHtml(String fragment) {
    String withoutMarks = MARKS.matcher(fragment).replaceAll("");
    if (withoutMarks.indexOf('<') < 0 && withoutMarks.indexOf('>') < 0 && balanced(fragment)) {
      return fragment;
    }
    return escaped(fragment);
  }

  static String escaped(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static boolean balanced(String fragment) {
    int open = 0;
    var marks = MARKS.matcher(fragment);
    while (marks.find()) {
      open += marks.group().startsWith("</") ? -1 : 1;
      if (open < 0 || open > 1) {
        return false;
      }
    }
    return open == 0;
  }
}
