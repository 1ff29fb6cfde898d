package dev.signoff.search.corpus;

import dev.signoff.search.corpus.SyntheticDeal.SyntheticClause;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Lays clauses out as a contract: a title block, then one numbered, headed clause after another in
 * one of several numbering styles, then the signatures.
 */
final class ContractLayout {

  /** How clause numbers and headings are written. */
  enum Style {
    /** "7. Liability" on its own line. */
    NUMBER_DOT,
    /** "7.2 Liability" under article lines such as "7. LEGAL TERMS". */
    DECIMAL,
    /** "Section 7 – Liability". */
    SECTION,
    /** "Article VII – LIABILITY". */
    ARTICLE,
    /** "Clause 7: Liability". */
    CLAUSE,
    /** "7) Liability". */
    PARENTHESIS,
    /** "7. Liability. The Provider shall ..." with the heading run into the text. */
    RUN_IN
  }

  private final SplittableRandom random;
  private final Style style;
  private final boolean upperCaseHeadings;
  private final String dash;

  ContractLayout(SplittableRandom random) {
    this.random = random;
    this.style = Style.values()[random.nextInt(Style.values().length)];
    this.upperCaseHeadings = style == Style.ARTICLE || random.nextInt(4) == 0;
    this.dash = random.nextBoolean() ? " – " : " - ";
  }

  Style style() {
    return style;
  }

  /** The contract text and its clauses, whose texts are substrings of the contract. */
  record Laid(String text, List<SyntheticClause> clauses) {}

  Laid lay(DealFacts deal, List<Draft> drafts) {
    StringBuilder text = new StringBuilder(drafts.size() * 420);
    title(deal, text);
    List<SyntheticClause> clauses = new ArrayList<>(drafts.size());
    int article = 0;
    int sub = 0;
    String previousOwner = null;
    for (int i = 0; i < drafts.size(); i++) {
      Draft draft = drafts.get(i);
      String number;
      if (style == Style.DECIMAL) {
        if (!draft.topic.owner().equals(previousOwner) || sub >= 4) {
          article++;
          sub = 0;
          text.append(article)
              .append(". ")
              .append(articleTitle(draft.topic.owner()).toUpperCase(Locale.ROOT))
              .append("\n\n");
        }
        sub++;
        number = article + "." + sub;
      } else if (style == Style.ARTICLE) {
        number = Numerals.roman(i + 1);
      } else {
        number = Integer.toString(i + 1);
      }
      previousOwner = draft.topic.owner();
      boolean headless = random.nextInt(60) == 0;
      String heading = headless ? "" : headingCase(draft.heading);
      String clauseText = clauseText(number, heading, draft.body.toString());
      text.append(clauseText).append("\n\n");
      clauses.add(
          new SyntheticClause(
              number,
              heading,
              clauseText,
              draft.topic.owner(),
              draft.unusual || headless,
              draft.topic.type().name(),
              draft.terms));
    }
    signatures(deal, text);
    return new Laid(text.toString(), clauses);
  }

  private String clauseText(String number, String heading, String body) {
    if (heading.isEmpty()) {
      return switch (style) {
        case SECTION -> "Section " + number + ". " + body;
        case ARTICLE -> "Article " + number + ". " + body;
        case CLAUSE -> "Clause " + number + ". " + body;
        case PARENTHESIS -> number + ") " + body;
        default -> number + ". " + body;
      };
    }
    return switch (style) {
      case NUMBER_DOT -> number + ". " + heading + "\n" + body;
      case DECIMAL -> number + " " + heading + "\n" + body;
      case SECTION -> "Section " + number + dash + heading + "\n" + body;
      case ARTICLE -> "Article " + number + dash + heading + "\n" + body;
      case CLAUSE -> "Clause " + number + ": " + heading + "\n" + body;
      case PARENTHESIS -> number + ") " + heading + "\n\n" + body;
      case RUN_IN -> number + ". " + heading + ". " + body;
    };
  }

  private String headingCase(String heading) {
    return upperCaseHeadings ? heading.toUpperCase(Locale.ROOT) : heading;
  }

  private static String articleTitle(String owner) {
    return switch (owner) {
      case "product" -> "Scope and Commercial Terms";
      case "engineering" -> "Service and Technical Terms";
      case "security-privacy" -> "Data Protection and Security";
      default -> "Legal Terms";
    };
  }

  private void title(DealFacts deal, StringBuilder text) {
    String[] titles = {
      "AI SERVICES AGREEMENT",
      "MASTER SUBSCRIPTION AGREEMENT FOR LANGUAGE MODEL SERVICES",
      "MODEL LICENCE AND SERVICES AGREEMENT",
      "ORDER FORM AND TERMS OF SERVICE",
      "SMALL LANGUAGE MODEL DEPLOYMENT AGREEMENT"
    };
    text.append(titles[random.nextInt(titles.length)]).append("\n\n");
    text.append("This Agreement is made between ")
        .append(deal.vendor().name())
        .append(" (\"")
        .append(deal.provider())
        .append("\") and Northwind Components Ltd (\"")
        .append(deal.customer().startsWith("the ") ? deal.customer().substring(4) : deal.customer())
        .append("\"), effective ")
        .append(1 + random.nextInt(28))
        .append(' ')
        .append(MONTHS[random.nextInt(12)])
        .append(' ')
        .append(deal.year())
        .append(".\n\n");
  }

  private void signatures(DealFacts deal, StringBuilder text) {
    text.append("Signed for and on behalf of ")
        .append(deal.vendor().name())
        .append("\n\nSigned for and on behalf of Northwind Components Ltd\n");
  }

  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };
}
