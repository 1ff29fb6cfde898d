package dev.signoff.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  @Test
  void plainValuesAreWrittenAsIs() {
    assertThat(AuditCsv.cell("task.completed")).isEqualTo("task.completed");
    assertThat(AuditCsv.cell("")).isEmpty();
    assertThat(AuditCsv.cell(null)).isEmpty();
  }

  @Test
  void commasQuotesAndLineBreaksAreQuoted() {
    assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(AuditCsv.cell("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
    assertThat(AuditCsv.cell("one\r\ntwo")).isEqualTo("\"one\r\ntwo\"");
  }

  @Test
  void formulaLikeCellsAreNeutralised() {
    assertThat(AuditCsv.cell("=HYPERLINK(\"http://evil\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    assertThat(AuditCsv.cell("+1")).isEqualTo("'+1");
    assertThat(AuditCsv.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(AuditCsv.cell("\tcmd")).isEqualTo("'\tcmd");
    assertThat(AuditCsv.cell("a=b")).isEqualTo("a=b");
  }

  @Test
  void writesAHeaderAndOneRowPerEntryWithCrlf() {
    List<ChainLink> links = AuditChainTest.chain(2);
    String csv = AuditCsv.write(links);
    String[] lines = csv.split("\r\n", -1);
    assertThat(lines).hasSize(4);
    assertThat(lines[0])
        .isEqualTo("sequence,occurredAt,actor,action,subject,details,previousHash,hash");
    assertThat(lines[1])
        .isEqualTo(
            "1,2025-03-04T10:15:31.123456Z,system,task.completed,task-1,"
                + "\"{\"\"outcome\"\":\"\"APPROVE\"\"}\","
                + "0".repeat(64)
                + ","
                + links.get(0).hash());
    assertThat(lines[3]).isEmpty();
  }
}
