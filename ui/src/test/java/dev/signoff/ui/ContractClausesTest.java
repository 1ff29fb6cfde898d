package dev.signoff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContractClausesTest {

  static Stream<String> contracts() {
    return Stream.of(
        """
        # Master services agreement

        ## 1. Services

        The vendor provides the models.

        ## 2. Liability

        Each party's liability is capped at
        twelve months of fees.
        """,
        "Preamble between the parties.\n\n1. Definitions. Words mean what they say.\n"
            + "2. Fees. The customer pays monthly.\n  2.1 Late payment. Interest applies.\n",
        "Section 1 Scope\r\nThe vendor hosts the model.\r\n\r\nSection 2 Data\r\nNo training on"
            + " customer data.\r\n",
        "A contract without any numbering at all, just one paragraph of text.");
  }

  @ParameterizedTest
  @MethodSource("contracts")
  void everyShownClauseTextSitsAtItsOffsetInTheContractText(String text) {
    ContractClauses contract = new ContractClauses(text);

    List<Element> shown = clauseTexts(contract.getElement(), new ArrayList<>());

    assertThat(shown).isNotEmpty();
    for (Element clauseText : shown) {
      int start = Integer.parseInt(clauseText.getAttribute("data-start"));
      String words = clauseText.getText();
      assertThat(text.substring(start, start + words.length())).isEqualTo(words);
    }
  }

  private static List<Element> clauseTexts(Element element, List<Element> found) {
    if (element.getClassList().contains("clause-text")) {
      found.add(element);
    }
    element.getChildren().forEach(child -> clauseTexts(child, found));
    return found;
  }
}
