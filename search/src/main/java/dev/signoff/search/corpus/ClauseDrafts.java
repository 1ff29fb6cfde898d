package dev.signoff.search.corpus;

import static dev.signoff.search.terms.TermField.BREACH_NOTIFICATION_HOURS;
import static dev.signoff.search.terms.TermField.CHANGE_NOTICE_DAYS;
import static dev.signoff.search.terms.TermField.DELETION_AFTER_TERMINATION_DAYS;
import static dev.signoff.search.terms.TermField.ESCROW;
import static dev.signoff.search.terms.TermField.LATENCY_P95_MS;
import static dev.signoff.search.terms.TermField.LATENCY_P99_MS;
import static dev.signoff.search.terms.TermField.LIABILITY_CAP_AMOUNT;
import static dev.signoff.search.terms.TermField.LIABILITY_CAP_MONTHS;
import static dev.signoff.search.terms.TermField.LIABILITY_CARVE_OUTS;
import static dev.signoff.search.terms.TermField.PREVIOUS_VERSION_RIGHT;
import static dev.signoff.search.terms.TermField.PRICE_INCREASE_CAP_PERCENT;
import static dev.signoff.search.terms.TermField.PROMPT_RETENTION_DAYS;
import static dev.signoff.search.terms.TermField.TERMINATION_CONVENIENCE_NOTICE_DAYS;
import static dev.signoff.search.terms.TermField.TRAINING_USE;
import static dev.signoff.search.terms.TermField.UPTIME_PERCENT;
import static dev.signoff.search.terms.TermField.USAGE_ALERT_THRESHOLD_PERCENT;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the clauses of one synthetic contract. Each topic has several wordings; numbers are drawn
 * from what such contracts usually say, with the occasional outlier, and the deal's sticking point
 * (the topic a reviewer rejected) gets terms a reviewer would object to.
 */
final class ClauseDrafts {

  private final SplittableRandom random;
  private final DealFacts deal;
  private final String cu;
  private final String pr;

  ClauseDrafts(SplittableRandom random, DealFacts deal) {
    this.random = random;
    this.deal = deal;
    this.cu = deal.customer();
    this.pr = deal.provider();
  }

  /** Writes the clauses of one topic: usually one, boilerplate several. */
  List<Draft> write(Topic topic) {
    return switch (topic) {
      case DEFINITIONS -> List.of(definitions());
      case SCOPE -> List.of(scope());
      case DEPLOYMENT -> List.of(deployment());
      case DATA_RIGHTS -> List.of(dataRights());
      case OUTPUTS -> List.of(outputs());
      case RETENTION -> List.of(retention());
      case PRIVACY -> List.of(privacy());
      case SUBPROCESSORS -> List.of(subprocessors());
      case SECURITY -> List.of(security());
      case BREACH -> List.of(breach());
      case AVAILABILITY -> List.of(availability());
      case LATENCY -> List.of(latency());
      case QUALITY -> List.of(quality());
      case LIABILITY -> liability();
      case INDEMNITY -> List.of(indemnity());
      case INSURANCE -> List.of(insurance());
      case CHANGES -> List.of(changes());
      case GOVERNANCE -> List.of(governance());
      case AUDIT -> List.of(audit());
      case PRICING -> List.of(pricing());
      case IP -> List.of(ip());
      case CONFIDENTIALITY -> List.of(confidentiality());
      case TESTING -> List.of(testing());
      case TERMINATION -> List.of(termination());
      case EXIT -> List.of(exit());
      case ESCROW -> List.of(escrow());
      case GENERAL -> general();
    };
  }

  private boolean sticking(Topic topic) {
    return deal.sticking() == topic;
  }

  // ---------------------------------------------------------------- scope and deployment

  private Draft definitions() {
    Draft d = new Draft(Topic.DEFINITIONS, pick("Definitions", "Defined Terms", "Interpretation"));
    d.say("In this Agreement the following words have the meanings given below.");
    d.line(
        "\""
            + pick("Customer Data", "Customer Content", "Client Materials")
            + "\" means all prompts, files, documents and other inputs that "
            + cu
            + " or its users submit to the Service.");
    d.line(
        "\""
            + pick("Output", "Outputs", "Completions")
            + "\" means the text, summaries, classifications or embeddings the Model returns in"
            + " response to such inputs.");
    if (chance(0.6)) {
      d.line(
          "\"Model\" means the "
              + deal.vendor().family()
              + " family of language models in the versions listed in "
              + pick("Schedule 1", "the Order Form", "Annex A")
              + ", together with any updates "
              + pr
              + " makes available under this Agreement.");
    }
    if (chance(0.4)) {
      d.line(
          "\"Business Day\" means a day other than a Saturday, Sunday or public holiday in "
              + pick("England", "New York", "Germany", "the Netherlands", "Ireland")
              + ".");
    }
    return d;
  }

  private Draft scope() {
    Draft d =
        new Draft(
            Topic.SCOPE,
            pick(
                "Scope of Services", "Scope and Permitted Use", "Use Cases", "Services and Scope"));
    String models = String.join(", ", deal.models());
    switch (random.nextInt(3)) {
      case 0 ->
          d.say(
              pr
                  + " will provide "
                  + cu
                  + " with access to "
                  + models
                  + " (the \"Model\") for the following use: "
                  + lower(deal.useCase().text())
                  + ".");
      case 1 ->
          d.say(
              "This Agreement covers the model"
                  + (deal.models().size() > 1 ? "s " : " ")
                  + models
                  + ". "
                  + cap(cu)
                  + " may use the Model solely for "
                  + lower(deal.useCase().text())
                  + " and for purposes reasonably related to it.");
      default ->
          d.say(
              "Licensed models: "
                  + models
                  + ". Approved use case: "
                  + deal.useCase().text()
                  + ". Additional use cases require a signed change order.");
    }
    if (deal.fineTuning()) {
      d.say(
          pick(
              "Fine-tuned variants of the Model trained for " + cu + " fall within scope.",
              "The scope includes any fine-tuned version of the Model produced for " + cu + "."));
    }
    if (chance(0.7)) {
      d.say(
          cap(cu)
              + pick(" shall not use", " will not use", " may not use")
              + " the Service for "
              + pick(
                  "biometric profiling, targeted political persuasion or credit scoring",
                  "emotion recognition in the workplace, social scoring or political campaigning",
                  "medical diagnosis, legal advice to consumers or decisions about credit")
              + ".");
    }
    if (chance(0.4)) {
      d.say(
          "Use is limited to "
              + pick("production and staging", "development, test and production", "production")
              + " environments located in "
              + String.join(" and ", deal.residency())
              + ".");
    }
    if (sticking(Topic.SCOPE)) {
      d.say(
          cap(pr)
              + " may replace the Model with any other model of comparable capability at its"
              + " discretion and without consent.");
      d.unusual(
          "We cannot approve a scope that lets the vendor swap the model without our consent.");
    }
    return d;
  }

  private Draft deployment() {
    Draft d =
        new Draft(
            Topic.DEPLOYMENT,
            pick("Deployment", "Hosting and Deployment", "Delivery of the Model", "Environment"));
    switch (deal.hostingModel()) {
      case "ON_PREMISE" ->
          d.say(
              pick(
                  cap(pr)
                      + " delivers the Model weights and inference runtime for installation on"
                      + " hardware owned and operated by "
                      + cu
                      + ".",
                  "The Model runs entirely inside " + deal.customers() + " own data centres."));
      case "CUSTOMER_VPC" ->
          d.say(
              pick(
                  "The Model is deployed in a virtual private cloud in "
                      + deal.customers()
                      + " cloud account; "
                      + pr
                      + " has no standing access to it.",
                  cap(pr)
                      + " shall deploy the Model into "
                      + deal.customers()
                      + " private cloud tenancy and operate it through a private endpoint."));
      default ->
          d.say(
              pick(
                  "The Service is hosted by " + pr + " as multi-tenant software as a service.",
                  cap(cu)
                      + " accesses the Model over "
                      + deal.providers()
                      + " hosted API; requests are processed in "
                      + pr
                      + "-controlled infrastructure."));
    }
    d.say(
        switch (deal.integrationPattern()) {
          case "EMBEDDED" ->
              "The Model will be embedded in " + deal.customers() + " internal tools.";
          case "AGENTS" ->
              "The Model may act as an agent and call "
                  + deal.customers()
                  + " systems through the tools "
                  + cu
                  + " configures; every such action is logged.";
          default -> "Integration is by API only.";
        });
    return d;
  }

  // ---------------------------------------------------------------- data

  private Draft dataRights() {
    Draft d =
        new Draft(
            Topic.DATA_RIGHTS,
            pick(
                "Use of Customer Data",
                "Data Rights",
                "Customer Data and Model Training",
                "Data Usage",
                "Restrictions on Training"));
    if (chance(0.6)) {
      d.say(
          cap(pr)
              + " may process Customer Data only to provide, secure and support the Service"
              + pick(" and to investigate abuse.", ".", " in accordance with this Agreement."));
    }
    switch (deal.trainingUse()) {
      case OPT_IN ->
          d.say(
              pick(
                  cap(pr)
                      + " will not use Customer Data or Outputs to train or improve its models"
                      + " unless "
                      + cu
                      + " has opted in to such use in writing beforehand.",
                  "Training or fine-tuning of models made available to other customers on "
                      + deal.customers()
                      + " inputs is switched off by default and may only be enabled if "
                      + cu
                      + " opts in.",
                  "Any use of "
                      + deal.customers()
                      + " prompts for model improvement requires "
                      + deal.customers()
                      + " prior express written consent, which may be withdrawn at any time."));
      case OPT_OUT ->
          d.say(
              pick(
                  cap(pr)
                      + " may use de-identified prompts and Outputs to improve its models unless "
                      + cu
                      + " opts out by written notice.",
                  cap(cu)
                      + " may opt out of the use of its data for model training at any time in the"
                      + " administration console; until then "
                      + pr
                      + " may include such data in its training sets."));
      case PROHIBITED ->
          d.say(
              pick(
                  cap(pr)
                      + " shall not use Customer Data or Outputs to train, fine-tune or otherwise"
                      + " improve any model, other than a model dedicated exclusively to "
                      + cu
                      + ".",
                  "Customer Data will never be used for model training and shall not be mixed"
                      + " with data of other customers.",
                  "Under no circumstances may "
                      + pr
                      + " use prompts, completions or files supplied by "
                      + cu
                      + " to develop or train its general models."));
      case PERMITTED ->
          d.say(
              pick(
                  cap(cu)
                      + " grants "
                      + pr
                      + " a perpetual, worldwide licence to use inputs and Outputs to train and"
                      + " improve "
                      + deal.providers()
                      + " models and services.",
                  cap(pr)
                      + " may use all data processed through the Service, including prompts and"
                      + " Outputs, for model training and product development."));
    }
    d.term(TRAINING_USE, deal.trainingUse().name());
    if (chance(0.5)) {
      d.say(
          pick(
              "Usage metadata and telemetry may be used in aggregated form to operate the"
                  + " Service.",
              "Logs that identify neither "
                  + cu
                  + " nor any individual may be kept for capacity planning."));
    }
    switch (deal.trainingUse()) {
      case PERMITTED ->
          d.unusual(
              "Unrestricted training rights on our prompts and outputs are against policy: we"
                  + " need no training or opt-in.");
      case OPT_OUT -> {
        if (sticking(Topic.DATA_RIGHTS) || chance(0.3)) {
          d.unusual("Training by default until we opt out is not acceptable; make it opt-in.");
        }
      }
      default -> {}
    }
    return d;
  }

  private Draft outputs() {
    Draft d =
        new Draft(
            Topic.OUTPUTS,
            pick("Ownership of Outputs", "Outputs", "Ownership of Inputs and Outputs"));
    d.say(
        pick(
            "As between the parties, "
                + cu
                + " owns all inputs and all Outputs generated for it, and "
                + pr
                + " assigns to "
                + cu
                + " any rights it may have in such Outputs.",
            cap(cu)
                + " retains all rights in Customer Data. Outputs belong to "
                + cu
                + ", subject to any third-party rights in material the Model reproduces.",
            "Outputs are the property of " + cu + " and may be used for any lawful purpose."));
    if (chance(0.4)) {
      d.say(
          cap(pr)
              + " does not guarantee that Outputs are unique; similar outputs may be generated"
              + " for other customers.");
    }
    return d;
  }

  private Draft retention() {
    Draft d =
        new Draft(
            Topic.RETENTION,
            pick(
                "Retention of Prompts and Outputs",
                "Data Retention",
                "Logging and Retention",
                "Storage of Inputs"));
    if (deal.onPremise() && !sticking(Topic.RETENTION)) {
      d.say(
          "Because the Model runs in "
              + deal.customers()
              + " environment, "
              + pr
              + " does not receive, store or retain any prompts or Outputs.");
      d.term(PROMPT_RETENTION_DAYS, "0");
      return d;
    }
    int days;
    String period;
    if (sticking(Topic.RETENTION)) {
      int years = among(2, 5, 10);
      days = years * 365;
      period = Numerals.quantity(random, years, "year");
      d.unusual(
          "Keeping our prompts for "
              + years
              + " years has no justification; we need 30 days or less.");
    } else if (chance(0.12)) {
      days = 0;
      period = null;
    } else if (chance(0.03)) {
      days = 3650;
      period = pick("ten (10) years", "10 years");
      d.unusual("Ten-year retention of prompts is far outside our retention schedule.");
    } else {
      days = among(7, 14, 30, 30, 30, 60, 90, 90);
      period = days(days);
    }
    if (period == null) {
      d.say(
          pick(
              cap(pr)
                  + " shall not store prompts or Outputs beyond the time needed to process each"
                  + " request (zero data retention).",
              "Prompts and Outputs are processed in memory only and are not retained after the"
                  + " response is returned."));
    } else {
      switch (random.nextInt(days > 0 && days <= 90 ? 6 : 4)) {
        case 4 ->
            d.say(
                "Request logs containing prompts are deleted on a rolling "
                    + Numerals.count(random, days)
                    + "-day basis.");
        case 5 -> {
          d.say("Data retention:");
          d.line("- prompts and completions: " + period + ";");
          d.line("- account and billing records: for the term and as required by law.");
        }
        case 0 ->
            d.say(
                cap(pr)
                    + " retains prompts and Outputs for no longer than "
                    + period
                    + ", after which they are permanently deleted.");
        case 1 ->
            d.say(
                "Prompts, completions and the related request logs are kept for "
                    + period
                    + " for abuse monitoring and troubleshooting and are then erased.");
        case 2 ->
            d.say(
                "Retention period for inputs and Outputs: "
                    + period
                    + " from the date of the request. Nothing is kept longer unless a court"
                    + " orders otherwise.");
        default ->
            d.say(
                cap(pr)
                    + " will purge "
                    + deal.customers()
                    + " prompts and generated content "
                    + period
                    + " after they are received.");
      }
    }
    d.term(PROMPT_RETENTION_DAYS, Integer.toString(days));
    if (chance(0.3)) {
      d.say(
          cap(cu)
              + " may ask at any time for specific records to be deleted earlier, and "
              + pr
              + " shall comply promptly.");
    }
    return d;
  }

  private Draft privacy() {
    Draft d =
        new Draft(
            Topic.PRIVACY,
            pick("Data Protection", "Privacy", "Personal Data", "Processing of Personal Data"));
    if (deal.personalData()) {
      d.say(
          pick(
              "To the extent "
                  + pr
                  + " processes personal data on behalf of "
                  + cu
                  + ", it acts as a processor and the parties' Data Processing Agreement applies.",
              "The parties shall comply with applicable data protection law, including the GDPR"
                  + " where it applies. "
                  + cap(pr)
                  + " processes personal data only on "
                  + deal.customers()
                  + " documented instructions."));
    } else {
      d.say(
          cap(cu)
              + " does not intend to submit personal data. Should any be processed, "
              + pr
              + " will handle it as a processor under the Data Processing Agreement.");
    }
    d.say(
        "Customer Data and backups may only be stored in "
            + String.join(", ", deal.residency())
            + ".");
    if (chance(0.5)) {
      d.say(
          pick(
              "Transfers outside these regions require Standard Contractual Clauses or another"
                  + " lawful transfer mechanism.",
              "No cross-border transfer may take place without " + deal.customers() + " consent."));
    }
    if (deal.useCase().data().equals("SPECIAL_CATEGORY")
        || deal.useCase().data().equals("MINORS")) {
      d.say(
          "Health, biometric and children's data receive the additional safeguards set out in"
              + " the Data Processing Agreement.");
    }
    return d;
  }

  private Draft subprocessors() {
    Draft d =
        new Draft(
            Topic.SUBPROCESSORS,
            pick(
                "Subprocessors",
                "Sub-processors",
                "Use of Subcontractors",
                "Third-Party Processors"));
    if (sticking(Topic.SUBPROCESSORS)) {
      d.say(
          cap(pr)
              + " may engage any subprocessor at its discretion and is not required to notify "
              + cu
              + ".");
      d.unusual("We must at least be told about new subprocessors and be able to object.");
      return d;
    }
    d.say(
        pick(
                "The current list of subprocessors is attached as "
                    + pick("Schedule 3", "Annex C", "Exhibit B")
                    + ". ",
                "")
            + cap(pr)
            + " shall give "
            + cu
            + " at least "
            + notice(among(14, 30, 30, 45))
            + " before engaging a new subprocessor, and "
            + cu
            + " may object on reasonable grounds.");
    if (chance(0.5)) {
      d.say(
          cap(pr)
              + " remains responsible for its subprocessors and shall bind each of them to terms"
              + " no less protective than these.");
    }
    return d;
  }

  private Draft security() {
    Draft d =
        new Draft(
            Topic.SECURITY,
            pick(
                "Security",
                "Information Security",
                "Security Controls",
                "Technical and Organisational Measures"));
    if (chance(0.5)) {
      d.say(cap(pr) + " shall maintain the following controls throughout the term:");
      d.line("(a) encryption of data in transit with TLS 1.2 or higher and at rest with AES-256;");
      d.line("(b) single sign-on and role-based access control for all administrative access;");
      d.line(
          "(c) "
              + pick(
                  "network isolation through private endpoints;",
                  "logging of all administrator actions;"));
      d.line(
          "(d) "
              + pick(
                  "an annual penetration test by an independent firm.",
                  "a vulnerability disclosure programme and monthly patching."));
    } else {
      d.say(
          pick(
              cap(pr)
                  + " shall implement appropriate technical and organisational measures,"
                  + " including encryption in transit and at rest, multi-factor authentication"
                  + " and least-privilege access.",
              "Security measures must at a minimum meet ISO 27001 and the controls described in "
                  + deal.providers()
                  + " SOC 2 Type II report."));
      if (chance(0.5)) {
        d.say(
            cap(pr)
                + " will provide "
                + pick(
                    "its latest SOC 2 report",
                    "its ISO 27001 certificate",
                    "a summary of its penetration test")
                + " on request.");
      }
    }
    if (!deal.saas()) {
      d.say("Keys are managed by " + cu + pick(" in its own key management service.", "."));
    }
    return d;
  }

  private Draft breach() {
    Draft d =
        new Draft(
            Topic.BREACH,
            pick(
                "Security Incidents",
                "Breach Notification",
                "Notification of Data Breaches",
                "Incident Response"));
    int hours;
    String when;
    if (sticking(Topic.BREACH)) {
      switch (random.nextInt(3)) {
        case 0 -> {
          hours = 168;
          when = pick("seven (7) days", "7 days", "one week");
        }
        case 1 -> {
          hours = 240;
          when = pick("ten (10) business days", "10 business days");
        }
        default -> {
          hours = 120;
          when = "120 hours";
        }
      }
      d.unusual("Breach notice of " + when + " is too slow; our standard is 72 hours at most.");
    } else if (chance(0.04)) {
      hours = among(2, 4);
      when = Numerals.quantity(random, hours, "hour");
      d.unusual("A " + hours + "-hour notice is better than we usually get; check it is workable.");
    } else {
      switch (random.nextInt(7)) {
        case 0 -> {
          hours = 24;
          when = pick("24 hours", "twenty-four (24) hours", "one (1) day");
        }
        case 1 -> {
          hours = 48;
          when = pick("48 hours", "forty-eight (48) hours", "two (2) days", "2 business days");
        }
        case 2 -> {
          hours = 72;
          when = pick("three (3) business days", "3 business days");
        }
        default -> {
          hours = 72;
          when = pick("72 hours", "seventy-two (72) hours", "seventy-two hours", "72 hrs");
        }
      }
    }
    switch (random.nextInt(6)) {
      case 4 ->
          d.say(
              "Within "
                  + when
                  + " of discovering a security incident that affects "
                  + deal.customers()
                  + " data, "
                  + pr
                  + " must inform "
                  + cu
                  + " by email and telephone and name a single point of contact.");
      case 5 ->
          d.say(
              cap(pr)
                  + " will report any breach of security leading to the accidental or unlawful"
                  + " destruction, loss, alteration or disclosure of Customer Data promptly, and"
                  + " no later than "
                  + when
                  + " after confirming it.");
      case 0 ->
          d.say(
              cap(pr)
                  + " shall notify "
                  + cu
                  + " of any security incident affecting Customer Data without undue delay and in"
                  + " any event within "
                  + when
                  + " of becoming aware of it.");
      case 1 ->
          d.say(
              "Notice of a personal data breach must reach "
                  + deal.customers()
                  + " security contact no later than "
                  + when
                  + " after discovery.");
      case 2 ->
          d.say(
              "If "
                  + pr
                  + " becomes aware of unauthorised access to Customer Data, it will inform "
                  + cu
                  + " within "
                  + when
                  + ", describing the nature of the incident and the data concerned.");
      default -> {
        d.say("In the event of a data breach:");
        d.line("(a) " + pr + " notifies " + cu + " within " + when + ";");
        d.line("(b) " + pr + " contains the incident and preserves evidence; and");
        d.line("(c) the parties cooperate on any notification to regulators or individuals.");
      }
    }
    d.term(BREACH_NOTIFICATION_HOURS, Integer.toString(hours));
    if (chance(0.3)) {
      d.say("A written root-cause analysis follows once the investigation is complete.");
    }
    return d;
  }

  // ---------------------------------------------------------------- service levels

  private Draft availability() {
    Draft d =
        new Draft(
            Topic.AVAILABILITY,
            pick("Service Levels", "Availability", "Uptime Commitment", "Service Level Agreement"));
    String uptime;
    if (sticking(Topic.AVAILABILITY)) {
      uptime = pick("95", "97", "98");
      d.unusual("An availability of " + uptime + "% is not enough for a production use case.");
    } else if (chance(0.04)) {
      uptime = "99.99";
      d.unusual("Four nines is more than we asked for; confirm the credits are real.");
    } else {
      uptime = pick("99.5", "99.9", "99.9", "99.9", "99.95", "99.0", "99.8");
    }
    String written = uptimeWords(uptime);
    switch (random.nextInt(5)) {
      case 3 -> {
        d.say("Service levels:");
        d.line("Availability | " + uptime + "% | measured monthly, excluding planned maintenance");
        d.line("Support response (severity 1) | 1 hour | 24x7");
      }
      case 4 ->
          d.say(
              cap(pr)
                  + " shall use commercially reasonable efforts to make the Service available "
                  + written
                  + " of the time in any calendar month.");
      case 0 ->
          d.say(
              "The Service shall be available at least "
                  + written
                  + " of each calendar month, excluding scheduled maintenance.");
      case 1 ->
          d.say(
              cap(pr)
                  + " commits to a monthly uptime of "
                  + written
                  + ", measured at its API endpoint.");
      default ->
          d.say(
              "Monthly availability target: "
                  + written
                  + ". Planned maintenance is announced in advance and falls outside business"
                  + " hours.");
    }
    d.term(
        UPTIME_PERCENT, uptime.endsWith(".0") ? uptime.substring(0, uptime.length() - 2) : uptime);
    if (chance(0.6)) {
      d.say(
          "If availability falls below the commitment, "
              + cu
              + " is entitled to service credits as set out in "
              + pick("Schedule 2", "the SLA schedule", "Annex B")
              + ".");
    }
    return d;
  }

  private String uptimeWords(String uptime) {
    if (chance(0.12)) {
      String[] parts = uptime.split("\\.");
      StringBuilder words = new StringBuilder(Numerals.words(Integer.parseInt(parts[0])));
      if (parts.length > 1) {
        words.append(" point");
        for (char digit : parts[1].toCharArray()) {
          words.append(' ').append(Numerals.words(digit - '0'));
        }
      }
      return words + " percent (" + uptime + "%)";
    }
    return Numerals.percent(random, uptime);
  }

  private Draft latency() {
    Draft d =
        new Draft(
            Topic.LATENCY, pick("Latency", "Response Times", "Performance", "Latency Targets"));
    int p95 = among(250, 300, 400, 500, 800, 1000, 1200);
    int p99 = p95 * among(2, 3) + (chance(0.5) ? 0 : 500);
    boolean both = chance(0.7);
    switch (random.nextInt(3)) {
      case 0 ->
          d.say(
              "For requests of up to "
                  + pick("2,000", "4,000", "1,000")
                  + " tokens, the Model shall respond with a P95 latency of no more than "
                  + millis(p95)
                  + (both ? " and a P99 latency of no more than " + millis(p99) : "")
                  + ", measured at "
                  + deal.providers()
                  + " gateway.");
      case 1 ->
          d.say(
              "95th percentile response time: "
                  + millis(p95)
                  + "."
                  + (both ? " 99th percentile response time: " + millis(p99) + "." : ""));
      default ->
          d.say(
              cap(pr)
                  + " will keep the 95th percentile latency at or below "
                  + millis(p95)
                  + (both ? " and the 99th percentile at or below " + millis(p99) : "")
                  + " in each calendar month.");
    }
    d.term(LATENCY_P95_MS, Integer.toString(p95));
    if (both) {
      d.term(LATENCY_P99_MS, Integer.toString(p99));
    }
    if (chance(0.4)) {
      d.say("Rate limits and throughput are set out in the Order Form.");
    }
    return d;
  }

  private String millis(int ms) {
    if (ms >= 1000 && ms % 100 == 0 && chance(0.5)) {
      double seconds = ms / 1000.0;
      String number = ms % 1000 == 0 ? Integer.toString(ms / 1000) : Double.toString(seconds);
      return number + pick(" seconds", " s");
    }
    String number = ms >= 1000 && chance(0.5) ? String.format("%,d", ms) : Integer.toString(ms);
    return number + pick(" ms", " milliseconds", "ms");
  }

  private Draft quality() {
    Draft d =
        new Draft(
            Topic.QUALITY,
            pick(
                "Model Quality",
                "Evaluation",
                "Model Performance and Evaluation",
                "Quality Benchmarks"));
    d.say(
        pick(
            "The parties acknowledge that the Model is probabilistic and may produce inaccurate"
                + " Outputs. "
                + cap(pr)
                + " does not warrant that Outputs are free of errors.",
            cap(pr)
                + " shall maintain the quality of the Model on the evaluation set agreed in"
                + " writing by the parties.",
            "Quality is measured on " + deal.customers() + " own test set before each release."));
    if (chance(0.6)) {
      d.say(
          cap(cu)
              + pick(" may run its own", " is entitled to run")
              + " validation, red-teaming and A/B tests"
              + pick(", and ", " and ")
              + pr
              + " shall provide access to its evaluation reports.");
    }
    if (chance(0.4)) {
      d.say(
          "Content in the categories listed in the acceptable use policy must be blocked by"
              + " safety filters that "
              + pr
              + " keeps enabled.");
    }
    return d;
  }

  // ---------------------------------------------------------------- risk

  private List<Draft> liability() {
    Draft cap =
        new Draft(
            Topic.LIABILITY,
            pick(
                "Limitation of Liability",
                "Liability Cap",
                "Limits on Liability",
                "Liability",
                "Cap on Liability"));
    boolean carveOuts = chance(0.75);
    String party = pick("Each party's", "Either party's", deal.providers(), "The aggregate") + " ";
    party = cap(party);
    if (party.equals("The aggregate ")) {
      party = "The aggregate liability of either party";
    } else {
      party = party + pick("total liability", "aggregate liability", "liability");
    }
    if (sticking(Topic.LIABILITY)) {
      carveOuts = false;
      if (chance(0.5)) {
        cap.say(
            party
                + " under this Agreement is limited to the fees paid in the "
                + pick("one (1) month", "1 month")
                + " before the claim arose.");
        cap.term(LIABILITY_CAP_MONTHS, "1");
        cap.unusual("A cap of one month of fees leaves us without a remedy for a data breach.");
      } else {
        cap.say(party + " under this Agreement shall not exceed " + money(50_000, "USD") + ".");
        cap.term(LIABILITY_CAP_AMOUNT, "50000 USD");
        cap.unusual("USD 50,000 is far below our exposure; we need at least 12 months of fees.");
      }
      cap.say("This limit applies to all claims, including claims for data breaches.");
      cap.term(LIABILITY_CARVE_OUTS, "false");
    } else if (chance(0.03)) {
      cap.say(
          cap(pr)
              + "'s liability for breaches of its data protection and security obligations is"
              + " unlimited.");
      cap.unusual("Uncapped vendor liability is unusual; the vendor may ask to revisit it.");
      carveOuts = false;
    } else {
      switch (random.nextInt(6)) {
        case 5 -> {
          int months = among(12, 12, 24);
          cap.say(
              "Save as set out below, "
                  + lower(party)
                  + " will not exceed an amount equal to the total fees paid by "
                  + cu
                  + " during the "
                  + Numerals.count(random, months)
                  + "-month period immediately before the claim.");
          cap.term(LIABILITY_CAP_MONTHS, Integer.toString(months));
        }
        case 0, 1 -> {
          int months = among(6, 12, 12, 12, 18, 24);
          cap.say(
              party
                  + " arising out of or in connection with this Agreement shall not exceed the"
                  + " fees paid or payable in the "
                  + Numerals.quantity(random, months, "month")
                  + " preceding the event giving rise to the claim.");
          cap.term(LIABILITY_CAP_MONTHS, Integer.toString(months));
        }
        case 2 -> {
          int months = among(12, 24);
          cap.say(
              party
                  + " is capped at "
                  + pick(
                      Numerals.words(months) + " (" + months + ") months of fees",
                      months + " months' fees")
                  + ".");
          cap.term(LIABILITY_CAP_MONTHS, Integer.toString(months));
        }
        case 3 -> {
          cap.say(
              party
                  + " shall be limited to "
                  + pick("one and a half times (1.5x)", "1.5 times")
                  + " the annual fees payable under this Agreement.");
          cap.term(LIABILITY_CAP_MONTHS, "18");
        }
        default -> {
          long amount = among(250_000, 500_000, 1_000_000, 2_000_000, 5_000_000);
          String currency = pick("USD", "USD", "EUR", "GBP");
          cap.say(party + " shall in no event exceed " + money(amount, currency) + ".");
          cap.term(LIABILITY_CAP_AMOUNT, amount + " " + currency);
        }
      }
    }
    if (carveOuts) {
      cap.say(
          pick(
              "The foregoing limitation does not apply to breaches of confidentiality, either"
                  + " party's indemnity obligations, gross negligence or wilful misconduct.",
              "Excluded from the cap are liability for fraud, death or personal injury, breach"
                  + " of the data protection obligations and infringement of intellectual"
                  + " property rights.",
              "Nothing in this clause limits liability for gross negligence, wilful misconduct"
                  + " or a party's obligations under the indemnities."));
      cap.term(LIABILITY_CARVE_OUTS, "true");
    }
    Draft exclusion = null;
    if (chance(0.3)) {
      exclusion =
          new Draft(
              Topic.LIABILITY,
              pick("Exclusion of Indirect Damages", "Consequential Loss", "Excluded Losses"));
      exclusion.say(
          "Neither party is liable for any indirect, incidental, special or consequential"
              + " damages, or for loss of profits, revenue or goodwill, even if advised of their"
              + " possibility.");
    }
    return exclusion == null ? List.of(cap) : List.of(cap, exclusion);
  }

  private Draft indemnity() {
    Draft d =
        new Draft(
            Topic.INDEMNITY,
            pick("Indemnification", "Indemnities", "Indemnity", "Third-Party Claims"));
    if (sticking(Topic.INDEMNITY)) {
      d.say(
          cap(cu)
              + " shall defend and indemnify "
              + pr
              + " against all claims arising from any Output, whoever generated it.");
      d.unusual("We cannot carry the vendor's IP risk for outputs of its own model.");
      return d;
    }
    d.say(
        pick(
            cap(pr)
                + " shall defend "
                + cu
                + " against any third-party claim that the Model or its Outputs infringe"
                + " intellectual property rights, and indemnify "
                + cu
                + " against resulting damages and costs.",
            cap(pr)
                + " will indemnify and hold harmless "
                + cu
                + " from claims alleging that use of the Service in accordance with this"
                + " Agreement infringes a third party's rights."));
    if (chance(0.6)) {
      d.say(
          "This does not apply to claims caused by Customer Data, by "
              + deal.customers()
              + " instructions or by use in breach of the acceptable use policy.");
    }
    if (chance(0.5)) {
      d.say(
          cap(cu)
              + " shall indemnify "
              + pr
              + " for claims arising from unlawful content "
              + cu
              + " submits.");
    }
    if (chance(0.4)) {
      d.say(
          "The indemnified party shall give prompt notice of the claim, allow the indemnifying"
              + " party to control the defence and settlement, and cooperate reasonably.");
    }
    return d;
  }

  private Draft insurance() {
    Draft d = new Draft(Topic.INSURANCE, pick("Insurance", "Insurance Cover"));
    d.say(
        cap(pr)
            + " shall maintain, with reputable insurers, "
            + pick(
                "professional indemnity and cyber liability insurance",
                "technology errors and omissions and cyber insurance",
                "insurance appropriate to its obligations under this Agreement")
            + pick(
                " of not less than "
                    + money(
                        among(1_000_000, 2_000_000, 5_000_000, 10_000_000),
                        pick("USD", "EUR", "GBP"))
                    + " per claim",
                "")
            + ", and provide certificates of insurance on request.");
    return d;
  }

  // ---------------------------------------------------------------- change and governance

  private Draft changes() {
    Draft d =
        new Draft(
            Topic.CHANGES,
            pick(
                "Model Changes",
                "Change Management",
                "Changes to the Model",
                "Updates and Deprecation",
                "Model Versioning"));
    if (sticking(Topic.CHANGES)) {
      if (chance(0.5)) {
        d.say(
            cap(pr)
                + " may update, replace or retire any model version at any time and without"
                + " notice.");
        d.unusual("Model changes without any notice would break our evaluations.");
      } else {
        d.say(
            cap(pr)
                + " will give "
                + days(7)
                + " notice before a new model version replaces the current one.");
        d.term(CHANGE_NOTICE_DAYS, "7");
        d.unusual("Seven days is not enough to re-validate a new model version.");
      }
      d.say(cap(pr) + " is not obliged to keep superseded versions available.");
      d.term(PREVIOUS_VERSION_RIGHT, "false");
      return d;
    }
    int days = among(30, 30, 60, 60, 90, 90, 120, 180);
    switch (random.nextInt(5)) {
      case 3 ->
          d.say(
              "No new model version shall be deployed to "
                  + deal.customers()
                  + " tenant on less than "
                  + notice(days, " notice")
                  + ".");
      case 4 -> {
        d.say("Model lifecycle:");
        d.line("(a) notice of a new version or deprecation: " + days(days) + ";");
        d.line("(b) release notes and evaluation results: with the notice;");
        d.line("(c) emergency security fixes: as soon as practicable.");
      }
      case 0 ->
          d.say(
              cap(pr)
                  + " shall give "
                  + cu
                  + " at least "
                  + notice(days, pick(" written notice", " prior written notice", " notice"))
                  + " before replacing, retiring or materially changing a model version.");
      case 1 ->
          d.say(
              "Material changes to the Model, including new major versions, changes to data"
                  + " processing locations and changes to safety filters, require "
                  + notice(days, pick(" prior notice", " advance notice"))
                  + " to "
                  + cu
                  + ".");
      default ->
          d.say(
              "Before any model upgrade takes effect in production, "
                  + pr
                  + " will notify "
                  + cu
                  + " in writing no less than "
                  + days(days)
                  + " in advance and provide release notes and evaluation results.");
    }
    d.term(CHANGE_NOTICE_DAYS, Integer.toString(days));
    if (chance(0.65)) {
      d.say(
          pick(
              cap(cu) + " may elect to remain on the previous version until the end of the term.",
              cap(cu)
                  + " may continue to use the prior model version for a transition period while"
                  + " it validates the new one.",
              "On request, "
                  + pr
                  + " shall keep the previous model version available to "
                  + cu
                  + " until the end of the current subscription period."));
      d.term(PREVIOUS_VERSION_RIGHT, "true");
    }
    if (chance(0.4)) {
      d.say(
          cap(cu)
              + " may roll back to the earlier configuration if the change degrades quality on"
              + " the agreed evaluation set.");
    }
    return d;
  }

  private Draft governance() {
    Draft d =
        new Draft(
            Topic.GOVERNANCE,
            pick("Governance", "Joint Steering Committee", "Governance and Reporting"));
    d.say(
        "The parties shall form a steering group with members from legal, security, data and"
            + " product, which meets "
            + pick(
                "quarterly",
                "every quarter",
                "monthly during the first six months and quarterly after")
            + ".");
    d.say(
        pick(
            "The steering group approves new high-risk use cases, reviews incident and"
                + " performance reports and oversees model changes.",
            cap(cu)
                + " owns the system prompts, guardrails and usage policies; "
                + pr
                + " advises on them."));
    if (chance(0.5)) {
      d.say(
          cap(pr)
              + " shall report "
              + pick("monthly", "each quarter")
              + " on uptime, latency, error rates, usage against committed capacity and safety"
              + " incidents.");
    }
    return d;
  }

  private Draft audit() {
    Draft d =
        new Draft(
            Topic.AUDIT, pick("Audit Rights", "Audit", "Compliance Reviews", "Records and Audit"));
    d.say(
        pick(
            cap(cu)
                + " may audit "
                + deal.providers()
                + " compliance with this Agreement once per calendar year on reasonable notice,"
                + " or after a security incident.",
            cap(pr)
                + " shall make available all information necessary to demonstrate compliance"
                + " and allow for audits by "
                + cu
                + " or an independent auditor it appoints.",
            "Audits may be carried out remotely or on site, no more than once a year, during"
                + " business hours."));
    if (chance(0.5)) {
      d.say(
          "Current third-party certifications and audit reports satisfy this clause unless a"
              + " regulator requires more.");
    }
    return d;
  }

  // ---------------------------------------------------------------- commercial

  private Draft pricing() {
    Draft d =
        new Draft(
            Topic.PRICING,
            pick("Fees", "Fees and Payment", "Pricing", "Charges and Usage Controls"));
    d.say(
        switch (deal.pricingModel()) {
          case "USAGE" ->
              cap(cu)
                  + " pays per "
                  + pick("thousand tokens processed", "request", "million characters")
                  + " at the rates in the Order Form.";
          case "CAPACITY" ->
              cap(cu)
                  + " pays a monthly fee for reserved throughput of "
                  + pick("50", "200", "500")
                  + " requests per second.";
          default -> cap(cu) + " pays a flat annual platform fee, invoiced in advance.";
        });
    if (sticking(Topic.PRICING)) {
      d.say(cap(pr) + " may change its prices at any time.");
      d.unusual("Prices that can change at any time make the budget meaningless; we need a cap.");
    } else if (chance(0.75)) {
      int capPercent = among(3, 3, 5, 5, 5, 7, 10);
      d.say(
          pick(
              "Fees are fixed for the first year; after that "
                  + pr
                  + " may raise them once a year by no more than "
                  + Numerals.wholePercent(random, capPercent)
                  + ".",
              "Any annual price increase is capped at "
                  + Numerals.wholePercent(random, capPercent)
                  + ".",
              "Price increases shall not exceed "
                  + Numerals.wholePercent(random, capPercent)
                  + " per contract year."));
      d.term(PRICE_INCREASE_CAP_PERCENT, Integer.toString(capPercent));
    }
    if (!deal.pricingModel().equals("FLAT") && chance(0.7)) {
      List<Integer> thresholds =
          pick(List.of(50, 75, 90), List.of(75, 90), List.of(80, 100), List.of(50, 80, 100));
      String joined = joinPercents(thresholds);
      d.say(
          pick(
              cap(pr)
                  + " shall alert "
                  + cu
                  + " when usage reaches "
                  + joined
                  + " of the committed volume.",
              "Usage alerts are sent at " + joined + " of the monthly commitment.",
              cap(cu)
                  + " will receive notifications at "
                  + joined
                  + " of its committed usage, and may throttle or block traffic beyond that."));
      for (int threshold : thresholds) {
        d.term(USAGE_ALERT_THRESHOLD_PERCENT, Integer.toString(threshold));
      }
    }
    if (chance(0.5)) {
      d.say("Invoices are payable within " + days(among(30, 45, 60)) + " of receipt.");
    }
    return d;
  }

  private String joinPercents(List<Integer> values) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(i == values.size() - 1 ? " and " : ", ");
      }
      out.append(values.get(i)).append('%');
    }
    return out.toString();
  }

  private Draft ip() {
    Draft d =
        new Draft(
            Topic.IP, pick("Intellectual Property", "Ownership", "Custom Models and Artefacts"));
    d.say(
        cap(pr)
            + " retains all rights in the base Model, its weights and the platform, including"
            + " generic improvements not specific to "
            + cu
            + ".");
    if (deal.fineTuning()) {
      d.say(
          pick(
              "Fine-tuned model weights created for "
                  + cu
                  + " belong to "
                  + cu
                  + ", which may take them to another provider.",
              "Fine-tuned weights remain "
                  + deal.providers()
                  + " property but are licensed exclusively to "
                  + cu
                  + " for the life of this Agreement."));
    }
    if (chance(0.5)) {
      d.say(
          cap(cu)
              + " owns its prompts, templates, evaluation datasets and the integrations built for"
              + " it.");
    }
    return d;
  }

  private Draft confidentiality() {
    Draft d = new Draft(Topic.CONFIDENTIALITY, pick("Confidentiality", "Confidential Information"));
    d.say(
        pick(
            "Each party shall keep the other's confidential information secret, use it only for"
                + " the purposes of this Agreement and disclose it only to staff and advisers who"
                + " need to know it.",
            "The receiving party shall protect confidential information with at least the care it"
                + " gives its own, and in no case less than reasonable care."));
    if (chance(0.5)) {
      d.say(
          "These obligations survive for "
              + Numerals.quantity(random, among(3, 5), "year")
              + " after the end of this Agreement.");
    }
    return d;
  }

  private Draft testing() {
    Draft d =
        new Draft(
            Topic.TESTING,
            pick("Testing and Rollout", "Pilot and Acceptance", "Non-Production Environments"));
    d.say(
        pick(
            cap(pr)
                + " provides a sandbox environment in which "
                + cu
                + " may test the Model with synthetic or anonymised data.",
            "Before go-live, the Model must meet the acceptance criteria in the statement of work"
                + " on "
                + deal.customers()
                + " test set."));
    if (chance(0.6)) {
      d.say(
          cap(cu)
              + " may pause, roll back or limit production use if safety issues are found,"
              + " performance drops materially or new regulation affects the deployment.");
    }
    return d;
  }

  private Draft termination() {
    Draft d =
        new Draft(
            Topic.TERMINATION,
            pick(
                "Term and Termination",
                "Termination",
                "Termination Rights",
                "Duration and Termination"));
    d.say(
        "This Agreement runs for "
            + Numerals.quantity(random, deal.termMonths(), "month")
            + " from the Effective Date"
            + pick(
                " and renews for successive one-year terms unless either party gives notice.",
                "."));
    if (sticking(Topic.TERMINATION)) {
      d.say(cap(cu) + " may not terminate this Agreement for convenience.");
      d.unusual("Without a termination for convenience we are locked in for the whole term.");
    } else if (chance(0.85)) {
      int days = among(30, 30, 60, 90, 90);
      d.say(
          pick(
              cap(cu)
                  + " may terminate for convenience on "
                  + notice(days, pick(" written notice", " prior written notice"))
                  + ".",
              "On "
                  + notice(days, " written notice")
                  + ", "
                  + cu
                  + " may terminate this Agreement without cause.",
              "Either party may end this Agreement for convenience by giving at least "
                  + notice(days)
                  + " in writing.",
              cap(cu)
                  + " may terminate this Agreement at any time without cause, with "
                  + notice(days)
                  + " to "
                  + pr
                  + "."));
      d.term(TERMINATION_CONVENIENCE_NOTICE_DAYS, Integer.toString(days));
    }
    if (chance(0.6)) {
      d.say(
          "Either party may terminate for material breach not remedied within "
              + days(30)
              + " of written notice, and "
              + cu
              + " may terminate if repeated service level failures or an unremedied security"
              + " incident occur.");
    }
    return d;
  }

  private Draft exit() {
    Draft d =
        new Draft(
            Topic.EXIT,
            pick(
                "Data Return and Deletion",
                "Exit Assistance",
                "Consequences of Termination",
                "Deletion on Termination"));
    int days;
    if (sticking(Topic.EXIT)) {
      days = among(180, 365);
      d.unusual("Keeping our data for " + days + " days after the end is far too long.");
    } else {
      days = among(14, 30, 30, 30, 60, 90);
    }
    if (chance(0.5)) {
      d.say(
          cap(cu)
              + " may export its data, prompts, configurations and logs during the exit period, and "
              + pr
              + " shall help with the migration at its then-current rates.");
    }
    switch (random.nextInt(3)) {
      case 0 ->
          d.say(
              "Within "
                  + days(days)
                  + " after termination or expiry, "
                  + pr
                  + " shall delete all Customer Data, including backups, and certify the deletion"
                  + " in writing.");
      case 1 ->
          d.say(
              "Upon expiry or termination "
                  + pr
                  + " will, at "
                  + deal.customers()
                  + " option, return or destroy all Customer Data no later than "
                  + days(days)
                  + " after the end of the Agreement.");
      default ->
          d.say(
              "Customer Data shall be permanently erased from all systems of "
                  + pr
                  + " and its subprocessors "
                  + days(days)
                  + " after termination at the latest.");
    }
    d.term(DELETION_AFTER_TERMINATION_DAYS, Integer.toString(days));
    return d;
  }

  private Draft escrow() {
    Draft d = new Draft(Topic.ESCROW, pick("Escrow", "Source Code Escrow", "Continuity"));
    d.say(
        pick(
            cap(pr)
                + " shall deposit the source code, model weights and deployment scripts of the"
                + " Model with an independent escrow agent and update the deposit with each major"
                + " release.",
            "The Model weights and build instructions are held in escrow with "
                + pick("NCC Group", "an escrow agent agreed by the parties", "EscrowTech")
                + "."));
    d.say(
        "The deposit is released to "
            + cu
            + " if "
            + pr
            + " becomes insolvent, ceases to support the Model or materially breaches its support"
            + " obligations.");
    d.term(ESCROW, "true");
    return d;
  }

  private List<Draft> general() {
    Draft law =
        new Draft(
            Topic.GENERAL,
            pick("Governing Law", "Governing Law and Jurisdiction", "Law and Venue"));
    law.say(
        "This Agreement is governed by the laws of "
            + pick(
                "England and Wales",
                "the State of New York",
                "Germany",
                "Ireland",
                "the Netherlands",
                "Delaware")
            + ", and the courts there have exclusive jurisdiction.");
    Draft entire = new Draft(Topic.GENERAL, pick("Entire Agreement", "Whole Agreement"));
    entire.say(
        "This Agreement, its schedules and the Data Processing Agreement form the entire"
            + " agreement between the parties and supersede all prior discussions.");
    List<Draft> drafts = new ArrayList<>(List.of(law));
    if (chance(0.7)) {
      drafts.add(entire);
    }
    if (chance(0.3)) {
      Draft force = new Draft(Topic.GENERAL, pick("Force Majeure", "Events Beyond Control"));
      force.say(
          "Neither party is liable for delay caused by events beyond its reasonable control,"
              + " provided it notifies the other party and uses reasonable efforts to resume"
              + " performance.");
      drafts.add(force);
    }
    if (chance(0.25)) {
      Draft assignment = new Draft(Topic.GENERAL, pick("Assignment", "Transfer of Rights"));
      assignment.say(
          "Neither party may assign this Agreement without the other's consent, except to a"
              + " successor of its business.");
      drafts.add(assignment);
    }
    if (chance(0.15)) {
      Draft notices = new Draft(Topic.GENERAL, "Notices");
      notices.say("Notices must be in writing and sent to the addresses in the Order Form.");
      drafts.add(notices);
    }
    return drafts;
  }

  // ---------------------------------------------------------------- helpers

  private String days(int n) {
    if (n % 30 == 0 && n <= 180 && chance(0.15)) {
      return Numerals.quantity(random, n / 30, "month");
    }
    return Numerals.quantity(random, n, "day");
  }

  /** "sixty (60) days' notice", "1 month's notice", sometimes without the apostrophe. */
  private String notice(int n) {
    return notice(n, " notice");
  }

  private String notice(int n, String noun) {
    String period = days(n);
    if (chance(0.3)) {
      return period + noun;
    }
    return period + (period.endsWith("s") ? "'" : "'s") + noun;
  }

  private String money(long amount, String currency) {
    return Numerals.money(random, amount, currency);
  }

  private boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  @SafeVarargs
  private <T> T pick(T... options) {
    return options[random.nextInt(options.length)];
  }

  private int among(int... options) {
    return options[random.nextInt(options.length)];
  }

  static String cap(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String lower(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
