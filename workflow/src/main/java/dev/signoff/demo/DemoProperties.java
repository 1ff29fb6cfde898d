package dev.signoff.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the demo data.
 *
 * @param enabled whether an empty database is filled with demo deals at startup
 * @param pastDeals how many synthetic past deals are imported after the demo deals that run through
 *     the review process
 */
@ConfigurationProperties("signoff.demo")
record DemoProperties(boolean enabled, Integer pastDeals) {

  DemoProperties {
    pastDeals = pastDeals == null ? 300 : pastDeals;
    if (pastDeals < 0) {
      throw new IllegalArgumentException("pastDeals must not be negative, was " + pastDeals);
    }
  }
}
