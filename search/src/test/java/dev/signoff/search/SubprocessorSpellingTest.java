package dev.signoff.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubprocessorSpellingTest {

  private final Analyzer analyzer = PrecedentAnalysis.indexAnalyzer();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "subprocessors",
        "sub-processors",
        "Sub Processors",
        "sub \u2010 processors",
        "SUB-\nPROCESSORS"
      })
  void everySpellingIsOneTermSpanningTheOriginalWords(String spelling) throws IOException {
    String text = "Vendor lists its " + spelling + " online.";

    List<String> terms = terms(text);

    assertThat(terms).contains("subprocessor");
    int start = text.indexOf(spelling);
    assertThat(terms).contains("@" + start + "-" + (start + spelling.length()));
  }

  @Test
  void leavesOtherWordsAlone() throws IOException {
    assertThat(terms("a subsub processor, sub-processing and sub, processor"))
        .doesNotContain("subprocessor")
        .contains("process", "sub");
  }

  @Test
  void joinsQueriesTheSameWay() {
    assertThat(PrecedentAnalysis.normaliseQuery("\"sub - processor\" notice"))
        .isEqualTo("\"subprocessor\" notice");
  }

  /** The terms of the clause text field, each followed by "@start-end" of that term. */
  private List<String> terms(String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(PrecedentMapping.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
        terms.add("@" + offset.startOffset() + "-" + offset.endOffset());
      }
      stream.end();
    }
    return terms;
  }
}
