package dev.signoff.search.terms;

import static dev.signoff.search.terms.Terms.cue;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Types a clause by its heading and wording. The heading weighs most; wording counts each cue found
 * in the text, so a clause without a heading is typed by what it says.
 */
public final class ClauseTypes {

  private static final int HEADING_WEIGHT = 6;
  private static final int MAX_TEXT_SCORE = 5;
  private static final int SECONDARY_MIN_SCORE = 3;

  private static final Pattern HEADING_NOISE =
      Terms.caseless(
          "^[\\s#*_>\\-•]*(?:(?:section|clause|article|schedule|annex|§)\\s*)?"
              + "(?:(?:\\d+(?:\\.\\d+)*|[IVXivx]+(?=[.)\\s])|\\(?[a-z]\\))[.):\\s–-]*)?|[*_#:.\\s]+$");

  private record Cues(Pattern heading, Cue text) {}

  private static final Map<ClauseType, Cues> CUES = new EnumMap<>(ClauseType.class);

  static {
    add(
        ClauseType.SCOPE_AND_USE_CASES,
        "scope|use cases?|permitted use|acceptable use|restrictions|authori[sz]ed use|definitions",
        "permitted use|use cases?|prohibited uses?|high[- ]risk|acceptable use|may not be used for|biometric|credit scoring");
    add(
        ClauseType.DATA_RIGHTS,
        "data (rights|use|usage|ownership|licen)|aggregated data|anonymi|customer data|use of (customer )?(data|content)|training|ownership of (data|outputs)|inputs and outputs|outputs",
        "train|fine[- ]?tun|opt(s|ed)?[- ]?(in|out)|customer data|customer content|outputs?\\b|benchmark");
    add(
        ClauseType.RETENTION_AND_DELETION,
        "retention|deletion|return of data|data return|portability|record keeping|logging|\\blogs?\\b",
        "\\bretain|retention|delet|purg|\\beras|portab|\\bexport");
    add(
        ClauseType.PRIVACY,
        "data protection|privacy|personal data|residency|international transfers?|cross-border|\\bDPA\\b|processing",
        "personal data|GDPR|data protection|controller|\\bprocessor\\b|residency|standard contractual|\\bSCCs\\b|cross-border|data subjects?");
    add(
        ClauseType.SUBPROCESSORS,
        "sub-?processors?|subcontract",
        "sub-?processors?|subcontractors?");
    add(
        ClauseType.SECURITY_CONTROLS,
        "security(?! incident| breach)|safeguards|information protection",
        "encrypt|access control|\\bSSO\\b|single sign|penetration|ISO 27001|SOC ?2|vulnerab|multi-factor|\\bMFA\\b|key management|network isolation|\\bTLS\\b|AES|least privilege|security controls");
    add(
        ClauseType.BREACH_NOTIFICATION,
        "incidents?|breach notification|notification|data breach|security breach|notification of breach",
        "security incident|data breach|personal data breach|unauthori[sz]ed (access|disclosure)|breach notification");
    add(
        ClauseType.SERVICE_LEVELS,
        "service levels?|\\bSLAs?\\b|availability|uptime|performance standards|latency|support|maintenance|rate limits|throughput|capacity|performance (metrics|standards)|response times?",
        "uptime|availability|latency|\\bP9[59]\\b|percentile|service credits?|response times?|downtime|maintenance window");
    add(
        ClauseType.MODEL_QUALITY,
        "model (quality|performance|accuracy|behaviou?r|outputs)|quality|accuracy|safety|guardrails?|hallucinat|evaluation|benchmarks?",
        "accuracy|hallucinat|benchmark|evaluation (set|suite)|test set|precision|recall|\\bF1\\b|guardrails?|safety filter|toxic|bias|red[- ]team");
    add(
        ClauseType.LIABILITY_CAP,
        "liabilit|limitation|\\bcap\\b",
        "liabilit|\\bliable\\b|consequential|indirect damages");
    add(ClauseType.INDEMNITY, "indemn", "indemnif|hold harmless|\\bdefend|third[- ]party claims?");
    add(ClauseType.INSURANCE, "insurance", "insurance|insured|insurer|coverage");
    add(
        ClauseType.CHANGE_MANAGEMENT,
        "change|model updates?|upgrades?|versions?|versioning|deprecation|updates|modifications|roadmap",
        "deprecat|new versions?|model versions?|successor|material changes?|roll ?back|\\bpinn|previous version|changes to the (service|model)");
    add(
        ClauseType.GOVERNANCE,
        "governance|steering|committee|relationship management|account management",
        "steering (committee|group)|governance|business reviews?|meet (quarterly|monthly)");
    add(
        ClauseType.AUDIT_RIGHTS,
        "audit|inspection|records|reporting|reports",
        "\\baudit|inspect|third-party (audit|assessment)|records|reports?\\b");
    add(
        ClauseType.PRICING,
        "\\bfees?\\b|pricing|price|payment|charges|invoic|usage|consumption|\\bspend|thresholds|budget|commercial|rates|cost|renewal",
        "\\bfees?\\b|\\bprices?\\b|pricing|invoic|per (token|request|1,000|million)|payment|overage|committed (volume|spend)|usage alerts?|\\bspend\\b");
    add(
        ClauseType.INTELLECTUAL_PROPERTY,
        "intellectual property|\\bIP\\b|proprietary rights|ownership|fine-tun|custom (models|development)|licen[cs]e",
        "intellectual property|\\bowns?\\b|title to|proprietary|fine-tuned (model|weights)|work product|deliverables|licen[cs]e");
    add(
        ClauseType.CONFIDENTIALITY,
        "confidential|non-disclosure",
        "confidential information|confidentiality|disclos");
    add(
        ClauseType.TESTING_AND_ROLLOUT,
        "testing|acceptance|pilot|roll-?out|go-live|staging|sandbox|trial|launch",
        "sandbox|staging|acceptance (test|criteria)|go-live|pilot|red[- ]team|production (launch|use)|non-production|a/b test");
    add(
        ClauseType.TERMINATION_AND_EXIT,
        "terminat|exit|expir|transition|offboard|\\bterm\\b",
        "terminat|exit (assistance|plan)|transition (assistance|services)|expir|wind[- ]down|offboard");
    add(
        ClauseType.GENERAL,
        "governing law|jurisdiction|force majeure|\\bnotices\\b|assignment|entire agreement|severab|waiver|counterparts|miscellaneous|\\bgeneral\\b|dispute",
        "governing law|exclusive jurisdiction|force majeure|assign");
    add(
        ClauseType.ESCROW,
        "escrow|continuity",
        "escrow|source code deposit|release conditions?|deposit materials");
  }

  private ClauseTypes() {}

  private static void add(ClauseType type, String heading, String text) {
    CUES.put(type, new Cues(Terms.caseless(heading), cue(text)));
  }

  /**
   * Types one clause.
   *
   * @param heading the clause heading (numbering and Markdown markers are ignored); may be empty
   * @param text the clause text
   * @return the clause's types, primary first and then by decreasing evidence; {@link
   *     ClauseType#GENERAL} alone when nothing points to a topic
   */
  public static Set<ClauseType> classify(String heading, String text) {
    String cleanHeading =
        HEADING_NOISE.matcher(Terms.fold(heading == null ? "" : heading)).replaceAll("");
    String body = Terms.fold(text == null ? "" : text);
    WordStarts words = new WordStarts(body);
    Map<ClauseType, Integer> scores = new EnumMap<>(ClauseType.class);
    CUES.forEach(
        (type, cues) -> {
          int score = cues.heading().matcher(cleanHeading).find() ? HEADING_WEIGHT : 0;
          score += cues.text().count(body, words, 0, body.length(), MAX_TEXT_SCORE);
          if (score > 0) {
            scores.put(type, score);
          }
        });
    Set<ClauseType> types = new LinkedHashSet<>();
    scores.entrySet().stream()
        .sorted(Map.Entry.<ClauseType, Integer>comparingByValue(Comparator.reverseOrder()))
        .filter(e -> types.isEmpty() || e.getValue() >= SECONDARY_MIN_SCORE)
        .forEach(e -> types.add(e.getKey()));
    if (types.isEmpty()) {
      types.add(ClauseType.GENERAL);
    }
    return Collections.unmodifiableSet(types);
  }
}
