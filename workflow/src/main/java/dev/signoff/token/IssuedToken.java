package dev.signoff.token;

/**
 * A token just created: the secret is here once and is not stored anywhere.
 *
 * @param secret the bearer token, {@code sot_...}
 */
public record IssuedToken(ApiToken token, String secret) {

  @Override
  public String toString() {
    return "IssuedToken[" + token + ", secret=<hidden>]";
  }
}
