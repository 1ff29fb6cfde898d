package dev.signoff.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The comment Markdown subset renders as HTML that is safe to insert, whatever the input. */
class CommentMarkdownTest {

  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([a-zA-Z-]+)(?:=\"([^\"]*)\")?");

  @Test
  void rendersTheSubsetEmphasisListsLinksCodeAndQuotes() {
    String html =
        CommentMarkdown.toSafeHtml(
            """
            *Soft* and **strong**, `code` and a [link](https://example.com/a?b=1&c=2).

            1. first
            2. second

            - item

            > quoted

            ```
            fenced <code>
            ```
            line one
            line two""");

    assertThat(html)
        .contains("<em>Soft</em>")
        .contains("<strong>strong</strong>")
        .contains("<code>code</code>")
        .contains(
            "<a href=\"https://example.com/a?b&#61;1&amp;c&#61;2\" target=\"_blank\""
                + " rel=\"noopener noreferrer\">link</a>")
        .contains("<ol><li>first</li><li>second</li></ol>")
        .contains("<ul><li>item</li></ul>")
        .contains("<blockquote>")
        .contains("<pre><code>fenced &lt;code&gt;")
        .contains("line one<br />");
    assertSafe(html);
  }

  @Test
  void mailtoLinksStayAndOrderedListsKeepTheirStart() {
    String html =
        CommentMarkdown.toSafeHtml("3. third\n4. fourth\n\n[mail](mailto:legal@example.com)");

    assertThat(html).contains("<ol start=\"3\">").contains("href=\"mailto:legal&#64;example.com\"");
    assertSafe(html);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "before <script>alert(1)</script> after",
        "<img src=x onerror=alert(1)>",
        "text <img src=x onerror=alert(1)> text",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](jav&#x61;script:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](java\\script:alert(1))",
        "<javascript:alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "inline <a href=\"javascript:alert(1)\">x</a> link",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x](https://tracker.example/pixel.png)",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<svg onload=alert(1)>",
        "x <svg><script>alert(1)</script></svg>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;img src=x onerror=alert(1)&#62;",
        "<div onclick=\"alert(1)\">**bold**</div>",
        "**[*x*](javascript:alert(1))**",
        "> - [x](vbscript:msgbox(1))",
        "[x](https://example.com\" onmouseover=\"alert(1))",
        "[x](<https://example.com\" onmouseover=\"alert(1)>)",
        "<style>body{display:none}</style>",
        "<form action=https://evil.example><input name=p></form>",
        "<!-- <script>alert(1)</script> -->",
        "`<script>alert(1)</script>`",
        "[x]: javascript:alert(1)\n\n[ref][x]",
      })
  void hostileInputRendersInert(String hostile) {
    String html = CommentMarkdown.toSafeHtml(hostile);

    assertSafe(html);
  }

  @Test
  void rawHtmlIsShownAsTextNotInterpreted() {
    assertThat(CommentMarkdown.toSafeHtml("<script>alert(1)</script>"))
        .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    assertThat(CommentMarkdown.toSafeHtml("Hi <b onmouseover=\"alert(1)\">you</b>"))
        .startsWith("<p>Hi &lt;b onmouseover&#61;")
        .doesNotContain("<b");
  }

  @Test
  void unsafeLinkBecomesItsText() {
    assertThat(CommentMarkdown.toSafeHtml("[click me](javascript:alert(1))"))
        .isEqualTo("<p>click me</p>");
    assertThat(CommentMarkdown.toSafeHtml("[data](data:text/html,hi)")).isEqualTo("<p>data</p>");
  }

  @Test
  void excerptIsOneLineOfPlainTextCutWithAnEllipsis() {
    assertThat(CommentMarkdown.plainExcerpt("**Cap** is\n\n* too low\n* `12` months", 100))
        .isEqualTo("Cap is too low 12 months");
    assertThat(CommentMarkdown.plainExcerpt("a".repeat(200), 10)).isEqualTo("aaaaaaaaa…");
    assertThat(CommentMarkdown.plainExcerpt("  ", 10)).isEmpty();
    assertThat(CommentMarkdown.toSafeHtml(null)).isEmpty();
  }

  /** Only allowed tags and attributes, and links only to http, https and mailto. */
  static void assertSafe(String html) {
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      assertThat(tag.group(2).toLowerCase())
          .as(html)
          .isIn("p", "br", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "a");
      Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
      while (attribute.find()) {
        String name = attribute.group(1).toLowerCase();
        assertThat(name).as(html).isIn("href", "rel", "target", "start");
        if (name.equals("href")) {
          assertThat(attribute.group(2)).as(html).matches("^(https?:|mailto:).+");
        }
      }
      String rest =
          TAG.matcher(tag.group(3)).replaceAll("").replaceAll("\\s+[a-zA-Z-]+(=\"[^\"]*\")?", "");
      assertThat(rest.strip()).as(html).isIn("", "/");
    }
    assertThat(html.replaceAll("<[^>]*>", "")).as(html).doesNotContain("<", ">");
  }
}
