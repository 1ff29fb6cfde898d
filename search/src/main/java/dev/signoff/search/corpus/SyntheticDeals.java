package dev.signoff.search.corpus;

import dev.signoff.search.corpus.Catalog.UseCase;
import dev.signoff.search.corpus.Catalog.Vendor;
import dev.signoff.search.terms.TrainingUse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Generates synthetic past deals. The same seed always yields the same deals, so a benchmark and a
 * test can be repeated exactly.
 *
 * <p>About 70% of the deals are signed, 20% rejected and 10% withdrawn. A rejected deal has a
 * sticking point: one clause with terms its owning review group would not accept, which that group
 * rejected and usually commented on. Contracts have about 20 clauses in one of several numbering
 * styles and orders.
 */
public final class SyntheticDeals {

  private static final long FIRST_DECISION = Instant.parse("2021-01-04T09:00:00Z").getEpochSecond();
  private static final long LAST_DECISION = Instant.parse("2026-10-30T17:00:00Z").getEpochSecond();

  /** Topics whose terms can make a review group reject a deal. */
  private static final Topic[] STICKING_POINTS = {
    Topic.DATA_RIGHTS,
    Topic.RETENTION,
    Topic.BREACH,
    Topic.LIABILITY,
    Topic.LIABILITY,
    Topic.CHANGES,
    Topic.AVAILABILITY,
    Topic.SUBPROCESSORS,
    Topic.PRICING,
    Topic.TERMINATION,
    Topic.INDEMNITY,
    Topic.SCOPE,
    Topic.EXIT
  };

  private static final String[] CUSTOMER_NAMES = {"Customer", "Customer", "the Client", "Licensee"};

  private final long seed;

  public SyntheticDeals(long seed) {
    this.seed = seed;
  }

  /** Deal number {@code n} of this seed (from 0); cheap to call for any n, in any order. */
  public SyntheticDeal deal(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("Deal numbers start at 0, was " + n);
    }
    SplittableRandom random = new SplittableRandom(mix(seed, n));
    DealFacts facts = facts(random);
    ClauseDrafts writer = new ClauseDrafts(random, facts);
    List<Draft> drafts = new ArrayList<>(28);
    for (Topic topic : topics(random, facts)) {
      drafts.addAll(writer.write(topic));
    }
    ContractLayout.Laid laid = new ContractLayout(random).lay(facts, drafts);
    Instant decidedAt = Instant.ofEpochSecond(decisionSecond(random, facts.year()));
    Instant submittedAt = decidedAt.minus(Duration.ofHours(24L * (4 + random.nextInt(60))));
    ReviewHistory review = new ReviewHistory(random, facts, laid.clauses(), drafts);
    return new SyntheticDeal(
        "syn-" + Long.toUnsignedString(seed, 36) + "-" + n,
        title(random, facts),
        facts.vendor().name(),
        facts.models(),
        facts.hostingModel(),
        facts.useCase().text(),
        riskTier(random, facts),
        facts.personalData(),
        facts.fineTuning(),
        facts.integrationPattern(),
        List.of(facts.useCase().domain()),
        dataCategories(random, facts),
        facts.residency(),
        vendorMayTrain(random, facts.trainingUse()),
        facts.pricingModel(),
        facts.termMonths(),
        facts.outcome(),
        submittedAt,
        decidedAt,
        laid.text(),
        laid.clauses(),
        review.decisions(),
        review.comments());
  }

  /** Deals 0 to {@code count - 1}, generated lazily. */
  public Stream<SyntheticDeal> deals(long count) {
    return Stream.iterate(0L, n -> n < count, n -> n + 1).map(this::deal);
  }

  private static long mix(long seed, long n) {
    long z = seed * 0x9E3779B97F4A7C15L + n * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static DealFacts facts(SplittableRandom random) {
    Vendor vendor = Catalog.VENDORS.get(random.nextInt(Catalog.VENDORS.size()));
    UseCase useCase = Catalog.USE_CASES.get(random.nextInt(Catalog.USE_CASES.size()));
    long second = FIRST_DECISION + random.nextLong(LAST_DECISION - FIRST_DECISION);
    int year = Instant.ofEpochSecond(second).atZone(ZoneOffset.UTC).getYear();
    double age = (double) (second - FIRST_DECISION) / (LAST_DECISION - FIRST_DECISION);
    int release =
        Math.min(
            vendor.versions().size() - 1,
            Math.max(0, (int) (age * vendor.versions().size() + random.nextDouble() - 0.5)));
    boolean fineTuning = random.nextInt(4) == 0;
    List<String> models = new ArrayList<>(2);
    models.add(vendor.family() + " " + vendor.versions().get(release));
    if (fineTuning && random.nextBoolean()) {
      models.add(vendor.family() + " " + vendor.versions().get(release) + " fine-tuned");
    } else if (random.nextInt(6) == 0) {
      models.add(vendor.family() + "-Embed " + vendor.versions().get(release));
    }
    int hosting = random.nextInt(20);
    String hostingModel =
        hosting < 11 ? "VENDOR_SAAS" : hosting < 17 ? "CUSTOMER_VPC" : "ON_PREMISE";
    String integration;
    if (useCase.text().startsWith("Agent") || useCase.text().contains("agent")) {
      integration = "AGENTS";
    } else {
      int pattern = random.nextInt(20);
      integration = pattern < 12 ? "API" : pattern < 18 ? "EMBEDDED" : "AGENTS";
    }
    Set<String> residency = new LinkedHashSet<>();
    residency.add(Catalog.RESIDENCIES.get(random.nextInt(4)));
    if (random.nextInt(3) == 0) {
      residency.add(Catalog.RESIDENCIES.get(random.nextInt(Catalog.RESIDENCIES.size())));
    }
    int pricing = random.nextInt(4);
    String pricingModel = pricing < 2 ? "USAGE" : pricing == 2 ? "CAPACITY" : "FLAT";
    int termMonths = new int[] {12, 12, 24, 24, 36, 6, 18}[random.nextInt(7)];
    int roll = random.nextInt(100);
    String outcome = roll < 70 ? "SIGNED" : roll < 90 ? "REJECTED" : "WITHDRAWN";
    Topic sticking = null;
    if (outcome.equals("REJECTED") || (outcome.equals("WITHDRAWN") && random.nextBoolean())) {
      sticking = STICKING_POINTS[random.nextInt(STICKING_POINTS.length)];
    }
    TrainingUse training;
    if (sticking == Topic.DATA_RIGHTS) {
      training = random.nextBoolean() ? TrainingUse.PERMITTED : TrainingUse.OPT_OUT;
    } else {
      int use = random.nextInt(10);
      training =
          use < 5 ? TrainingUse.PROHIBITED : use < 8 ? TrainingUse.OPT_IN : TrainingUse.OPT_OUT;
    }
    boolean personalData =
        !useCase.data().equals("NONE") && !useCase.data().equals("BUSINESS_CONFIDENTIAL");
    String provider =
        switch (random.nextInt(4)) {
          case 0 -> "Provider";
          case 1 -> "Vendor";
          case 2 -> "Supplier";
          default -> vendor.shortName();
        };
    return new DealFacts(
        vendor,
        models,
        hostingModel,
        integration,
        useCase,
        personalData,
        fineTuning,
        List.copyOf(residency),
        pricingModel,
        termMonths,
        year,
        CUSTOMER_NAMES[random.nextInt(CUSTOMER_NAMES.length)],
        provider,
        outcome,
        sticking,
        training);
  }

  /** A second in the given year, within the generator's decision period. */
  private static long decisionSecond(SplittableRandom random, int year) {
    long start =
        Math.max(FIRST_DECISION, Instant.parse(year + "-01-01T00:00:00Z").getEpochSecond());
    long end =
        Math.min(LAST_DECISION, Instant.parse((year + 1) + "-01-01T00:00:00Z").getEpochSecond());
    return start + random.nextLong(end - start);
  }

  private static List<Topic> topics(SplittableRandom random, DealFacts facts) {
    List<Topic> order =
        switch (random.nextInt(3)) {
          case 0 ->
              List.of(
                  Topic.DEFINITIONS,
                  Topic.SCOPE,
                  Topic.DEPLOYMENT,
                  Topic.DATA_RIGHTS,
                  Topic.OUTPUTS,
                  Topic.RETENTION,
                  Topic.PRIVACY,
                  Topic.SUBPROCESSORS,
                  Topic.SECURITY,
                  Topic.BREACH,
                  Topic.AVAILABILITY,
                  Topic.LATENCY,
                  Topic.QUALITY,
                  Topic.TESTING,
                  Topic.CHANGES,
                  Topic.GOVERNANCE,
                  Topic.AUDIT,
                  Topic.PRICING,
                  Topic.IP,
                  Topic.CONFIDENTIALITY,
                  Topic.LIABILITY,
                  Topic.INDEMNITY,
                  Topic.INSURANCE,
                  Topic.TERMINATION,
                  Topic.EXIT,
                  Topic.ESCROW,
                  Topic.GENERAL);
          case 1 ->
              List.of(
                  Topic.DEFINITIONS,
                  Topic.SCOPE,
                  Topic.PRICING,
                  Topic.DEPLOYMENT,
                  Topic.AVAILABILITY,
                  Topic.LATENCY,
                  Topic.QUALITY,
                  Topic.CHANGES,
                  Topic.TESTING,
                  Topic.DATA_RIGHTS,
                  Topic.RETENTION,
                  Topic.PRIVACY,
                  Topic.SECURITY,
                  Topic.BREACH,
                  Topic.SUBPROCESSORS,
                  Topic.AUDIT,
                  Topic.IP,
                  Topic.OUTPUTS,
                  Topic.CONFIDENTIALITY,
                  Topic.INDEMNITY,
                  Topic.LIABILITY,
                  Topic.INSURANCE,
                  Topic.GOVERNANCE,
                  Topic.TERMINATION,
                  Topic.EXIT,
                  Topic.ESCROW,
                  Topic.GENERAL);
          default ->
              List.of(
                  Topic.DEFINITIONS,
                  Topic.SCOPE,
                  Topic.IP,
                  Topic.OUTPUTS,
                  Topic.CONFIDENTIALITY,
                  Topic.DATA_RIGHTS,
                  Topic.PRIVACY,
                  Topic.SUBPROCESSORS,
                  Topic.SECURITY,
                  Topic.BREACH,
                  Topic.RETENTION,
                  Topic.DEPLOYMENT,
                  Topic.AVAILABILITY,
                  Topic.LATENCY,
                  Topic.QUALITY,
                  Topic.CHANGES,
                  Topic.TESTING,
                  Topic.PRICING,
                  Topic.LIABILITY,
                  Topic.INDEMNITY,
                  Topic.INSURANCE,
                  Topic.AUDIT,
                  Topic.GOVERNANCE,
                  Topic.TERMINATION,
                  Topic.EXIT,
                  Topic.ESCROW,
                  Topic.GENERAL);
        };
    List<Topic> chosen = new ArrayList<>(order.size());
    for (Topic topic : order) {
      if (topic == facts.sticking() || random.nextDouble() < inclusion(topic, facts)) {
        chosen.add(topic);
      }
    }
    for (int i = 1; i < chosen.size() - 1; i++) {
      if (random.nextInt(8) == 0) {
        Topic moved = chosen.get(i);
        chosen.set(i, chosen.get(i + 1));
        chosen.set(i + 1, moved);
      }
    }
    return chosen;
  }

  private static double inclusion(Topic topic, DealFacts facts) {
    return switch (topic) {
      case DEFINITIONS, TESTING -> 0.35;
      case GOVERNANCE, INSURANCE -> 0.4;
      case DEPLOYMENT, QUALITY, AUDIT -> 0.5;
      case LATENCY, OUTPUTS, EXIT -> 0.55;
      case IP -> 0.7;
      case PRIVACY -> facts.personalData() ? 1.0 : 0.4;
      case SUBPROCESSORS -> facts.saas() ? 0.7 : 0.3;
      case AVAILABILITY -> facts.onPremise() ? 0.25 : 1.0;
      case CHANGES -> 0.75;
      case CONFIDENTIALITY, INDEMNITY -> 0.85;
      case ESCROW -> facts.vendor().startup() ? 0.4 : 0.12;
      default -> 1.0;
    };
  }

  private static String title(SplittableRandom random, DealFacts facts) {
    String model = facts.models().get(0);
    String useCase = facts.useCase().text();
    String lowerUseCase = Character.toLowerCase(useCase.charAt(0)) + useCase.substring(1);
    return switch (random.nextInt(4)) {
      case 0 -> model + " for " + lowerUseCase;
      case 1 -> facts.vendor().shortName() + ": " + lowerUseCase;
      case 2 -> useCase + " with " + facts.vendor().shortName();
      default -> facts.vendor().shortName() + " " + facts.year() + " – " + lowerUseCase;
    };
  }

  private static String riskTier(SplittableRandom random, DealFacts facts) {
    String data = facts.useCase().data();
    String tier;
    if (!facts.useCase().domain().equals("GENERAL")
        || data.equals("SPECIAL_CATEGORY")
        || data.equals("MINORS")) {
      tier = "HIGH";
    } else if (facts.personalData() || facts.integrationPattern().equals("AGENTS")) {
      tier = "MEDIUM";
    } else {
      tier = "LOW";
    }
    if (random.nextInt(10) == 0) {
      tier = tier.equals("LOW") ? "MEDIUM" : tier.equals("MEDIUM") ? "HIGH" : tier;
    }
    return tier;
  }

  private static List<String> dataCategories(SplittableRandom random, DealFacts facts) {
    String data = facts.useCase().data();
    if (!data.equals("NONE") && !data.equals("BUSINESS_CONFIDENTIAL") && random.nextInt(3) == 0) {
      return List.of(data, "BUSINESS_CONFIDENTIAL");
    }
    return List.of(data);
  }

  private static boolean vendorMayTrain(SplittableRandom random, TrainingUse use) {
    return switch (use) {
      case PERMITTED, OPT_OUT -> true;
      case OPT_IN -> random.nextInt(4) == 0;
      case PROHIBITED -> false;
    };
  }
}
