package dev.signoff.api;

import static dev.signoff.api.DealReviewApiContract.assertProblem;
import static dev.signoff.api.DealReviewApiContract.dealJson;
import static dev.signoff.api.DealReviewApiContract.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.api.SignoffApi.Reply;
import dev.signoff.api.SignoffApi.StreamedUpload;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile contract files, made by the tests: each is refused with a problem and leaves no deal, no
 * contract version and no stored file behind. Mixed into {@link DealReviewApiContract}, so it runs
 * on each database in the same server.
 */
interface HostileUploadApiContract {

  SignoffApi api();

  JdbcTemplate jdbc();

  @Test
  default void docxThatInflatesToGigabytesIsRefusedBeforeItIsParsed() {
    byte[] bomb = HostileFiles.docxBomb(2048);
    assertThat(bomb.length).isLessThan(4 * 1024 * 1024);
    refusedAndNothingStored(
        "contract.docx", bomb, 422, "Contract file too complex", "decompression bomb");
    // The same construction with ordinary content is a Word document Signoff reads.
    String marker = uniqueWord();
    Reply ordinary =
        api()
            .submitDeal(
                "owner",
                dealJson("Ordinary DOCX " + marker),
                "contract.docx",
                HostileFiles.docx(
                    "12. Liability. The cap equals twelve months of fees. " + marker));
    assertThat(ordinary.status()).as(String.valueOf(ordinary.body())).isEqualTo(201);
  }

  @Test
  default void pdfWithTenThousandNestedObjectsIsRefused() {
    byte[] nested = HostileFiles.nestedPdf(10_000);
    refusedAndNothingStored(
        "contract.pdf", nested, 422, "Contract file too complex", "levels deep");
    // The same construction, shallow, is a PDF Signoff reads.
    Reply shallow =
        api()
            .submitDeal(
                "owner",
                dealJson("Shallow PDF " + uniqueWord()),
                "contract.pdf",
                HostileFiles.nestedPdf(3));
    assertThat(shallow.status()).as(String.valueOf(shallow.body())).isEqualTo(201);
  }

  @Test
  default void htmlNamedPdfIsRefusedByItsContent() {
    refusedAndNothingStored(
        "contract.pdf",
        HostileFiles.htmlPage(),
        415,
        "Unsupported contract file type",
        "text/html");
  }

  @Test
  default void hundredMegabyteUploadIsRefusedWithoutReadingItAll() throws Exception {
    List<Long> before = storedRows();
    String title = "Huge " + uniqueWord();
    long size = 100L * 1024 * 1024;
    StreamedUpload upload =
        api().submitDealStreaming("owner", dealJson(title), "contract.pdf", size);
    assertProblem(upload.reply(), 413, "Contract file too large");
    assertThat(upload.reply().body().get("detail").asText()).contains("20 MB");
    assertThat(upload.bytesSent()).isLessThan(size / 2);
    assertThat(storedRows()).isEqualTo(before);
    assertThat(api().get("owner", "/api/deals").body())
        .noneMatch(deal -> deal.get("title").asText().equals(title));
  }

  private void refusedAndNothingStored(
      String fileName, byte[] content, int status, String title, String detailMentions) {
    List<Long> before = storedRows();
    String dealTitle = "Hostile " + uniqueWord();
    Reply reply = api().submitDeal("owner", dealJson(dealTitle), fileName, content);
    assertProblem(reply, status, title);
    assertThat(reply.body().get("detail").asText()).contains(detailMentions);
    assertThat(storedRows()).isEqualTo(before);
    assertThat(api().get("owner", "/api/deals").body())
        .noneMatch(deal -> deal.get("title").asText().equals(dealTitle));
  }

  /** Rows of deals, contract versions and stored originals. */
  private List<Long> storedRows() {
    return List.of(
        jdbc().queryForObject("SELECT COUNT(*) FROM deal", Long.class),
        jdbc().queryForObject("SELECT COUNT(*) FROM contract_document", Long.class),
        jdbc().queryForObject("SELECT COUNT(*) FROM contract_content", Long.class));
  }
}
