package dev.signoff.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the users of a workflow benchmark run as a Spring configuration file for Signoff's
 * built-in identity provider ({@code signoff.identity.users}): each user gets the API client {@code
 * api-<user>} whose secret is the user's password. Usage: {@code WorkflowTeam FILE [--owners N]
 * [--reviewers N] [--managers N] [other driver options, ignored]}.
 */
public final class WorkflowTeam {

  /** The password of every bench user, also their API client's secret. */
  static final String PASSWORD = "bench";

  private WorkflowTeam() {}

  public static void main(String[] args) throws IOException {
    int owners = 4;
    int reviewers = 50;
    int managers = 2;
    for (int i = 1; i + 1 < args.length; i++) {
      switch (args[i]) {
        case "--owners" -> owners = Integer.parseInt(args[i + 1]);
        case "--reviewers" -> reviewers = Integer.parseInt(args[i + 1]);
        case "--managers" -> managers = Integer.parseInt(args[i + 1]);
        default -> {
          // Options of the driver only.
        }
      }
    }
    WorkflowUsers users = WorkflowUsers.configured(owners, reviewers, managers, "api-", PASSWORD);
    StringBuilder yaml = new StringBuilder("signoff:\n  identity:\n    users:\n");
    for (WorkflowUsers.User user : users.all()) {
      // Throwaway users of a loopback benchmark: the password is stored unhashed ({noop}), so that
      // signing in 56 clients costs no key stretching before the run.
      yaml.append("      - username: ")
          .append(user.login())
          .append("\n        password: \"{noop}")
          .append(PASSWORD)
          .append("\"\n        groups: [")
          .append(user.group())
          .append("]\n");
    }
    Files.writeString(Path.of(args[0]), yaml, StandardCharsets.UTF_8);
  }
}
