package dev.signoff.comment;

import dev.signoff.deal.DealVisibility;
import dev.signoff.identity.Caller;
import dev.signoff.identity.KnownUsers;
import dev.signoff.identity.Roles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.springframework.stereotype.Component;

/**
 * The users and groups a comment mentions with {@code @name}. A known user of that name wins over a
 * group of that name. Mentions notify; they never grant access, so mentioning a user or group that
 * cannot see the deal is refused. Mentions in code spans, code blocks and link targets do not
 * count.
 */
@Component
class Mentions {

  static final int MAX_MENTIONS = 20;

  /** {@code @name}, not inside a word or an e-mail address; a trailing full stop is punctuation. */
  private static final Pattern MENTION =
      Pattern.compile("(?<![\\p{L}\\p{N}_.@/+-])@([\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}_])");

  private static final Parser PARSER = Parser.builder().build();

  private final KnownUsers knownUsers;
  private final DealVisibility visibility;

  Mentions(KnownUsers knownUsers, DealVisibility visibility) {
    this.knownUsers = knownUsers;
    this.visibility = visibility;
  }

  /** Who a comment mentions, and which users each mention notifies. */
  record Resolved(List<Mention> mentions, Map<String, Set<String>> usersByName, String author) {

    List<String> names() {
      return mentions.stream().map(Mention::name).toList();
    }

    /** The users all mentions notify, never the author. */
    Set<String> recipients() {
      return recipientsOf(usersByName.keySet());
    }

    /** The users the given mentions notify, never the author. */
    Set<String> recipientsOf(Collection<String> names) {
      Set<String> recipients = new LinkedHashSet<>();
      names.forEach(name -> recipients.addAll(usersByName.getOrDefault(name, Set.of())));
      recipients.remove(author);
      return recipients;
    }
  }

  /**
   * Resolves the comment's mentions.
   *
   * @throws CommentProblem 400 naming an unknown name; 422 when a mentioned user or group cannot
   *     see the deal
   */
  Resolved resolve(UUID dealId, String body, String author) {
    Set<String> names = namesIn(body);
    if (names.size() > MAX_MENTIONS) {
      throw CommentProblem.invalid("Mention at most " + MAX_MENTIONS + " users or groups.");
    }
    List<Mention> mentions = new ArrayList<>();
    Map<String, Set<String>> usersByName = new LinkedHashMap<>();
    for (String name : names) {
      Optional<Set<String>> userGroups = knownUsers.groupsOf(name);
      if (userGroups.isPresent()) {
        if (!visibility.isVisibleTo(dealId, new Caller(name, userGroups.get()))) {
          throw CommentProblem.mentionWithoutAccess(name, false);
        }
        mentions.add(Mention.user(name));
        usersByName.put(name, Set.of(name));
      } else if (isGroup(name)) {
        if (!visibility.isVisibleToGroup(dealId, name)) {
          throw CommentProblem.mentionWithoutAccess(name, true);
        }
        mentions.add(Mention.group(name));
        usersByName.put(name, new LinkedHashSet<>(knownUsers.membersOf(name)));
      } else {
        throw CommentProblem.unknownMention(name);
      }
    }
    return new Resolved(List.copyOf(mentions), usersByName, author);
  }

  /** The Signoff roles and every group a known user belongs to. */
  boolean isGroup(String name) {
    return Roles.ALL.contains(name)
        || knownUsers.all().stream().anyMatch(user -> user.isMemberOf(name));
  }

  /** The names mentioned in the comment's text, in order, each once. */
  static Set<String> namesIn(String body) {
    Set<String> names = new LinkedHashSet<>();
    PARSER
        .parse(body)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Text text) {
                Matcher matcher = MENTION.matcher(text.getLiteral());
                while (matcher.find()) {
                  names.add(matcher.group(1));
                }
              }
            });
    return names;
  }
}
