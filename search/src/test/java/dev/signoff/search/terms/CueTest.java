package dev.signoff.search.terms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.search.corpus.SyntheticDeals;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CueTest {

  @Test
  void readsTheStartsOfPhrasesGroupsAndBoundaries() {
    assertThat(Cue.starts("train|fine[- ]?tun|opt(s|ed)?[- ]?(in|out)"))
        .containsExactlyInAnyOrder("tr", "fi", "op");
    assertThat(Cue.starts("\\bsoc ?2|(?<!final )\\breport|(previous|prior) version"))
        .containsExactlyInAnyOrder("so", "re", "pr");
    assertThat(Cue.starts("\\bp\\s?(?<p>95|99)\\b|x")).containsExactlyInAnyOrder("p", "x");
    assertThat(Cue.starts("s?ample")).isNull();
    assertThat(Cue.starts("(a|b)?c")).isNull();
    assertThat(Cue.starts("\\$|usd")).isNull();
    assertThat(Cue.starts("[a-z]+ing")).isNull();
    assertThat(Cue.starts("^\\s*of")).isNull();
  }

  @Test
  void aPhraseCueMatchesOnlyWhereAWordStarts() {
    Cue cue = Cue.of("train");
    String text = Terms.fold("Retrain the model; Training starts.");

    assertThat(cue.count(text, new WordStarts(text), 0, text.length(), 10)).isEqualTo(1);
  }

  /** Every cue of every rule, counted through the word index, agrees with a plain scan. */
  @Test
  void countingThroughTheWordIndexAgreesWithAPlainScan() throws Exception {
    List<Cue> cues = everyCue();
    List<String> texts = new ArrayList<>();
    new SyntheticDeals(3)
        .deals(40)
        .forEach(deal -> deal.clauses().forEach(clause -> texts.add(Terms.fold(clause.text()))));
    int indexed = 0;
    for (Cue cue : cues) {
      indexed += cue.indexed() ? 1 : 0;
      for (String text : texts) {
        WordStarts words = new WordStarts(text);
        int middle = text.length() / 2;
        assertThat(cue.count(text, words, 0, text.length(), 50))
            .as(cue.pattern().pattern())
            .isEqualTo(plainCount(cue.pattern(), text, 0, text.length(), 50));
        assertThat(cue.count(text, words, middle, text.length(), 50))
            .as(cue.pattern().pattern())
            .isEqualTo(plainCount(cue.pattern(), text, middle, text.length(), 50));
      }
    }
    assertThat(indexed).as("cues read through the word index").isGreaterThan(cues.size() / 2);
  }

  private static int plainCount(Pattern pattern, String text, int start, int end, int max) {
    Matcher m = pattern.matcher(text).region(start, end).useTransparentBounds(true);
    int count = 0;
    while (count < max && m.find()) {
      count++;
    }
    return count;
  }

  private static List<Cue> everyCue() throws ReflectiveOperationException {
    List<Cue> cues = new ArrayList<>();
    for (Class<?> rules :
        List.of(
            DataUseTerms.class,
            ExitTerms.class,
            LiabilityTerms.class,
            NoticeTerms.class,
            PricingTerms.class,
            ServiceLevelTerms.class,
            Numbers.class)) {
      for (Field field : rules.getDeclaredFields()) {
        if (field.getType() == Cue.class && Modifier.isStatic(field.getModifiers())) {
          field.setAccessible(true);
          cues.add((Cue) field.get(null));
        }
      }
    }
    assertThat(cues).hasSizeGreaterThan(50);
    return cues;
  }
}
