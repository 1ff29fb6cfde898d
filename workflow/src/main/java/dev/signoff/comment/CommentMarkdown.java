package dev.signoff.comment;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The Markdown subset of comments (emphasis, lists, links, code, quotes) turned into HTML that is
 * safe to insert into a page. Raw HTML in a comment is shown as text, never interpreted; the
 * rendered HTML then passes an allow-list sanitizer, so only {@code p br em strong code pre ul ol
 * li blockquote} and {@code a href} (http, https, mailto) remain, and every link opens in a new tab
 * with {@code rel="noopener noreferrer"}. Comments are stored verbatim and rendered when read.
 */
public final class CommentMarkdown {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).softbreak("<br>\n").build();
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p", "br", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "a")
          .allowAttributes("start")
          .matching(Pattern.compile("[0-9]{1,6}"))
          .onElements("ol")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href")
          .onElements("a")
          .allowAttributes("target")
          .matching(Pattern.compile("_blank"))
          .onElements("a")
          .allowElements(CommentMarkdown::linkOrText, "a")
          .requireRelsOnLinks("noopener", "noreferrer")
          .toFactory();

  private CommentMarkdown() {}

  /**
   * A link keeps its (allowed, non-empty) target and opens in a new tab; a link whose target was
   * removed as unsafe becomes its plain text.
   */
  private static String linkOrText(String element, List<String> attributes) {
    int href = attributes.indexOf("href");
    if (href < 0 || href % 2 != 0 || attributes.get(href + 1).isBlank()) {
      return null;
    }
    attributes.add("target");
    attributes.add("_blank");
    return element;
  }

  /** The comment rendered as sanitized HTML; "" for null or blank text. */
  public static String toSafeHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return POLICY.sanitize(HTML.render(PARSER.parse(markdown))).strip();
  }

  /**
   * The comment as one line of plain text (Markdown markers removed, whitespace collapsed), cut at
   * {@code maxLength} characters with an ellipsis; for notifications and lists.
   */
  public static String plainExcerpt(String markdown, int maxLength) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    StringBuilder plain = new StringBuilder();
    PARSER.parse(markdown).accept(new PlainText(plain));
    String text = WHITESPACE.matcher(plain).replaceAll(" ").strip();
    if (text.length() <= maxLength) {
      return text;
    }
    int cut = maxLength - 1;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut).stripTrailing() + "…";
  }

  /** Collects what a reader sees of a comment, without Markdown markers, blocks apart by spaces. */
  private static final class PlainText extends AbstractVisitor {

    private final StringBuilder out;

    PlainText(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void visit(Text text) {
      out.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
      out.append(code.getLiteral());
    }

    @Override
    public void visit(HtmlInline html) {
      out.append(html.getLiteral());
    }

    @Override
    public void visit(HtmlBlock html) {
      block(html.getLiteral());
    }

    @Override
    public void visit(FencedCodeBlock code) {
      block(code.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      block(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
      out.append(' ');
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
      out.append(' ');
    }

    @Override
    protected void visitChildren(Node parent) {
      super.visitChildren(parent);
      if (parent instanceof org.commonmark.node.Block) {
        out.append(' ');
      }
    }

    private void block(String literal) {
      out.append(' ').append(literal).append(' ');
    }
  }
}
