package dev.signoff.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractFileTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "../../etc/passwd.md | passwd.md",
        "..\\..\\windows\\win.ini | win.ini",
        "/etc/shadow | shadow",
        "C:\\Users\\me\\contract.docx | contract.docx",
        "contract.pdf | contract.pdf",
        "folder/.. | contract",
        "'' | contract"
      })
  void keepsOnlyTheLastSegmentOfTheName(String given, String kept) {
    assertThat(new ContractFile(given, new byte[0]).fileName()).isEqualTo(kept);
  }

  @Test
  void refusesANameLongerThan255Characters() {
    assertThat(new ContractFile("x".repeat(255), new byte[0]).fileName()).hasSize(255);
    assertThatThrownBy(() -> new ContractFile("x".repeat(256), new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void binaryDataIsNoText() {
    assertThat(ContractTextExtractor.isBinary("# Heading\n\ttext\r\n\f".getBytes())).isFalse();
    assertThat(ContractTextExtractor.isBinary(new byte[] {'a', 0, 'b'})).isTrue();
    byte[] controls = new byte[200];
    java.util.Arrays.fill(controls, (byte) 'a');
    controls[10] = 0x01;
    controls[20] = 0x02;
    controls[30] = 0x1b;
    assertThat(ContractTextExtractor.isBinary(controls)).isTrue();
  }
}
