package dev.signoff.token;

/** What a personal API token may do. */
public enum TokenScope {
  /** Reads only: GET, HEAD and OPTIONS requests. */
  READ,
  /** Reads and changes, as far as the owner's roles allow. */
  WRITE
}
