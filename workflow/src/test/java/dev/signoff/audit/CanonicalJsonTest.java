package dev.signoff.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

  @Test
  void keepsTheOrderGivenWithoutWhitespace() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("outcome", "APPROVE");
    details.put("comment", "Fine");
    assertThat(CanonicalJson.write(details))
        .isEqualTo("{\"outcome\":\"APPROVE\",\"comment\":\"Fine\"}");
  }

  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("comment", "say \"no\"\\\n\ttab\u0001 ünïcode");
    assertThat(CanonicalJson.write(details))
        .isEqualTo("{\"comment\":\"say \\\"no\\\"\\\\\\n\\ttab\\u0001 ünïcode\"}");
  }

  @Test
  void leavesOutNullValuesAndWritesNothingAsAnEmptyObject() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("comment", null);
    assertThat(CanonicalJson.write(details)).isEqualTo("{}");
    assertThat(CanonicalJson.write(null)).isEqualTo("{}");
    assertThat(CanonicalJson.write(Map.of())).isEqualTo("{}");
  }

  @Test
  void readsBackAsTheSameDetails() throws Exception {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("conditions", "Cap at 24 months; \"48 h\" notice\r\n=SUM(A1)");
    details.put("round", "2");
    Map<String, String> read =
        new ObjectMapper()
            .readValue(
                CanonicalJson.write(details),
                new TypeReference<LinkedHashMap<String, String>>() {});
    assertThat(read).containsExactlyEntriesOf(details);
  }
}
