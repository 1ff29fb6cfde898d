package dev.signoff.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A user or group that a comment mentions. */
@Embeddable
class Mention {

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String kind;

  protected Mention() {}

  private Mention(String name, String kind) {
    this.name = name;
    this.kind = kind;
  }

  static Mention user(String username) {
    return new Mention(username, "USER");
  }

  static Mention group(String group) {
    return new Mention(group, "GROUP");
  }

  String name() {
    return name;
  }

  boolean isGroup() {
    return "GROUP".equals(kind);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Mention mention
        && name.equals(mention.name)
        && kind.equals(mention.kind);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind);
  }
}
