package dev.signoff.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signoff.contract.ContractRejected.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

class ContractTextExtractorTest {

  private static final String DOCX_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final String CLAUSE =
      "The vendor shall report a personal data breach within 72 hours.";

  private final List<ContractTextExtractor> extractors = new ArrayList<>();
  private final ContractTextExtractor defaultExtractor =
      extractor(new ContractProperties(null, null, null));

  @AfterEach
  void stopExtractors() {
    extractors.forEach(ContractTextExtractor::destroy);
  }

  @Test
  void extractsUtf8PlainTextWithNonAsciiCharacters() {
    byte[] content = "Governing law: Zürich — 72 hours’ notice.\n".getBytes(UTF_8);

    ExtractedContract contract = extract("contract.txt", content);

    assertThat(contract.text()).isEqualTo("Governing law: Zürich — 72 hours’ notice.");
    assertThat(contract.mediaType()).startsWith("text/plain");
    assertThat(contract.fileName()).isEqualTo("contract.txt");
    assertThat(contract.content()).isEqualTo(content);
    assertThat(contract.sizeBytes()).isEqualTo(content.length);
    assertThat(contract.sha256()).isEqualTo(sha256Hex(content));
  }

  @Test
  void extractsMarkdownAsWritten() {
    byte[] content =
        "# Data processing\n\n1. %s\n2. Sub-processors need **written** consent.\n"
            .formatted(CLAUSE)
            .getBytes(UTF_8);

    ExtractedContract contract = extract("dpa.md", content);

    assertThat(contract.mediaType()).isEqualTo("text/x-web-markdown");
    assertThat(contract.text())
        .contains("# Data processing")
        .contains("1. " + CLAUSE)
        .contains("**written**");
    assertThat(contract.sha256()).isEqualTo(sha256Hex(content));
  }

  @Test
  void extractsTextOfPdf() throws IOException {
    byte[] content = pdf(List.of("Section 4 - Data protection", CLAUSE));

    ExtractedContract contract = extract("contract.pdf", content);

    assertThat(contract.mediaType()).isEqualTo("application/pdf");
    assertThat(contract.text()).contains("Section 4 - Data protection").contains(CLAUSE);
    assertThat(contract.sha256()).isEqualTo(sha256Hex(content));
  }

  @Test
  void extractsTextOfWordDocument() throws IOException {
    byte[] content = docx("Master services agreement", CLAUSE, "Gerichtsstand ist Zürich.");

    ExtractedContract contract = extract("contract.docx", content);

    assertThat(contract.mediaType()).isEqualTo(DOCX_TYPE);
    assertThat(contract.text())
        .contains("Master services agreement")
        .contains(CLAUSE)
        .contains("Gerichtsstand ist Zürich.");
    assertThat(contract.sha256()).isEqualTo(sha256Hex(content));
  }

  @Test
  void digestChangesWhenOneByteChanges() {
    byte[] original = CLAUSE.getBytes(UTF_8);
    byte[] edited = CLAUSE.replace("72", "73").getBytes(UTF_8);

    String originalDigest = extract("a.txt", original).sha256();
    String editedDigest = extract("a.txt", edited).sha256();

    assertThat(originalDigest).hasSize(64).matches("[0-9a-f]+").isNotEqualTo(editedDigest);
  }

  @Test
  void readsPdfNamedAsTextFileAsPdf() throws IOException {
    ExtractedContract contract = extract("contract.txt", pdf(List.of(CLAUSE)));

    assertThat(contract.mediaType()).isEqualTo("application/pdf");
    assertThat(contract.text()).contains(CLAUSE);
    assertThat(contract.fileName()).isEqualTo("contract.txt");
  }

  @Test
  void readsWordDocumentNamedAsPdfAsWordDocument() throws IOException {
    ExtractedContract contract = extract("contract.pdf", docx(CLAUSE));

    assertThat(contract.mediaType()).isEqualTo(DOCX_TYPE);
    assertThat(contract.text()).contains(CLAUSE);
  }

  @Test
  void readsPdfWithoutFileNameAsPdf() throws IOException {
    ExtractedContract contract = extract(null, pdf(List.of(CLAUSE)));

    assertThat(contract.mediaType()).isEqualTo("application/pdf");
    assertThat(contract.fileName()).isEqualTo("contract");
  }

  static Stream<Arguments> filesOfOtherTypes() throws IOException {
    return Stream.of(
        Arguments.of("contract.pdf", png(), "image/png"),
        Arguments.of("contract.docx", png(), "image/png"),
        Arguments.of("contract.pdf", zip(Map.of("clauses.txt", CLAUSE.getBytes(UTF_8))), "zip"),
        Arguments.of("contract.pdf", html(), "text/html"),
        Arguments.of("contract.docx", html(), "text/html"),
        Arguments.of("contract.txt", html(), "text/html"),
        Arguments.of(
            "contract.txt",
            "<?xml version=\"1.0\"?><contract><clause>%s</clause></contract>"
                .formatted(CLAUSE)
                .getBytes(UTF_8),
            "xml"),
        Arguments.of(
            "contract.md",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>%s</text></svg>"
                .formatted(CLAUSE)
                .getBytes(UTF_8),
            "svg"),
        Arguments.of("contract.pdf", windowsExecutable(), "application/x-msdownload"),
        Arguments.of("contract.txt", linuxExecutable(), "application/x-executable"));
  }

  @ParameterizedTest(name = "{2} named {0}")
  @MethodSource("filesOfOtherTypes")
  void refusesFileWhoseContentIsOfAnotherTypeWhateverItsName(
      String fileName, byte[] content, String detectedType) {
    assertRejected(
        fileName,
        content,
        Reason.UNSUPPORTED_TYPE,
        message ->
            assertThat(message)
                .contains("'" + fileName + "'")
                .contains(detectedType)
                .contains("plain text, Markdown, PDF or DOCX"));
  }

  @Test
  void refusesZipArchiveNamedAsWordDocumentAsUnreadable() throws IOException {
    // Tika trusts the .docx name for any ZIP, so the archive is only refused when parsed.
    byte[] archive = zip(Map.of("clauses.txt", CLAUSE.getBytes(UTF_8)));

    assertRejected(
        "contract.docx",
        archive,
        Reason.UNREADABLE,
        message -> assertThat(message).contains("could not be read as a Word document"));
  }

  @Test
  void rejectsEmptyFile() {
    assertRejected(
        "contract.pdf",
        new byte[0],
        Reason.EMPTY,
        message -> assertThat(message).isEqualTo("The contract file is empty."));
  }

  @Test
  void rejectsMissingContentAsEmpty() {
    assertRejected("contract.pdf", null, Reason.EMPTY, message -> {});
  }

  @Test
  void rejectsUploadLargerThanLimit() {
    ContractTextExtractor extractor =
        extractor(new ContractProperties(DataSize.ofKilobytes(1), null, null));
    byte[] content = "x".repeat(1025).getBytes(UTF_8);

    assertThatThrownBy(() -> extractor.extract(new ContractFile("contract.txt", content)))
        .isInstanceOfSatisfying(
            ContractRejected.class,
            rejected -> {
              assertThat(rejected.reason()).isEqualTo(Reason.TOO_LARGE);
              assertThat(rejected.getMessage())
                  .contains("1025 bytes")
                  .contains("the limit is 1024 bytes");
            });
  }

  @Test
  void acceptsUploadExactlyAtLimit() {
    ContractTextExtractor extractor =
        extractor(new ContractProperties(DataSize.ofKilobytes(1), null, null));
    byte[] content = "x".repeat(1024).getBytes(UTF_8);

    ExtractedContract contract = extractor.extract(new ContractFile("contract.txt", content));

    assertThat(contract.sizeBytes()).isEqualTo(1024);
  }

  @Test
  void rejectsTruncatedPdfAsUnreadable() throws IOException {
    byte[] pdf = pdf(List.of(CLAUSE));
    byte[] firstHalf = Arrays.copyOf(pdf, pdf.length / 2);

    assertRejected(
        "contract.pdf",
        firstHalf,
        Reason.UNREADABLE,
        message ->
            assertThat(message)
                .isEqualTo(
                    "'contract.pdf' could not be read as a PDF; it may be damaged or protected."));
  }

  @Test
  void rejectsPdfCutAfterItsHeaderAsUnreadable() throws IOException {
    byte[] headerOnly = Arrays.copyOf(pdf(List.of(CLAUSE)), 20);

    assertRejected("contract.pdf", headerOnly, Reason.UNREADABLE, message -> {});
  }

  @Test
  void rejectsTruncatedWordDocumentAsUnreadable() throws IOException {
    byte[] docx = docx(CLAUSE);
    byte[] firstHalf = Arrays.copyOf(docx, docx.length / 2);

    assertRejected(
        "contract.docx",
        firstHalf,
        Reason.UNREADABLE,
        message -> assertThat(message).contains("could not be read as a Word document"));
  }

  @Test
  void rejectsWordDocumentWithGarbledBodyAsUnreadable() throws IOException {
    Map<String, byte[]> parts = unzip(docx(CLAUSE));
    assertThat(parts).containsKey("word/document.xml");
    parts.put("word/document.xml", "<w:document><<not xml at all".getBytes(UTF_8));

    assertRejected(
        "contract.docx",
        zip(parts),
        Reason.UNREADABLE,
        message -> assertThat(message).contains("could not be read as a Word document"));
  }

  @Test
  void rejectsWordDocumentNestedTenThousandLevelsDeepBeforeParsingIt() throws IOException {
    Map<String, byte[]> parts = unzip(docx(CLAUSE));
    String nested = "<w:sdt><w:sdtContent>".repeat(5_000) + "</w:sdtContent></w:sdt>".repeat(5_000);
    parts.put(
        "word/document.xml",
        ("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body>"
                + nested
                + "</w:body></w:document>")
            .getBytes(UTF_8));

    assertRejected(
        "contract.docx",
        zip(parts),
        Reason.TOO_COMPLEX,
        message -> assertThat(message).contains("more than 256 levels deep"));
  }

  @Test
  void rejectsWordDocumentThatDeclaresEntities() throws IOException {
    Map<String, byte[]> parts = unzip(docx(CLAUSE));
    parts.put(
        "word/document.xml",
        ("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")
            .getBytes(UTF_8));

    assertRejected(
        "contract.docx",
        zip(parts),
        Reason.TOO_COMPLEX,
        message -> assertThat(message).contains("declares a document type"));
  }

  @Test
  void rejectsPdfWithoutTextAsNoText() throws IOException {
    byte[] blankPage = pdf(List.of());

    assertRejected(
        "scan.pdf",
        blankPage,
        Reason.NO_TEXT,
        message -> assertThat(message).contains("'scan.pdf'").contains("text recognition"));
  }

  @Test
  void rejectsTextFileOfOnlyWhitespaceAsNoText() {
    assertRejected("contract.txt", " \n\r\n\t \n".getBytes(UTF_8), Reason.NO_TEXT, message -> {});
  }

  static Stream<Arguments> contractsWithLongText() throws IOException {
    String longClause = "The vendor shall not train models on customer data. ".repeat(10);
    return Stream.of(
        Arguments.of("contract.txt", longClause.getBytes(UTF_8)),
        Arguments.of("contract.md", ("# Terms\n\n" + longClause).getBytes(UTF_8)),
        Arguments.of("contract.pdf", pdf(List.of(longClause.substring(0, 150), CLAUSE, CLAUSE))),
        Arguments.of("contract.docx", docx(longClause)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contractsWithLongText")
  void rejectsTextLongerThanLimit(String fileName, byte[] content) {
    ContractTextExtractor extractor = extractor(new ContractProperties(null, null, 100));

    assertThatThrownBy(() -> extractor.extract(new ContractFile(fileName, content)))
        .isInstanceOfSatisfying(
            ContractRejected.class,
            rejected -> {
              assertThat(rejected.reason()).isEqualTo(Reason.TOO_LARGE);
              assertThat(rejected.getMessage())
                  .isEqualTo("The text of '%s' is longer than 100 characters.".formatted(fileName));
            });
  }

  @Test
  void acceptsTextWellWithinCharacterLimit() {
    ContractTextExtractor extractor = extractor(new ContractProperties(null, null, 100));

    ExtractedContract contract =
        extractor.extract(new ContractFile("contract.txt", CLAUSE.getBytes(UTF_8)));

    assertThat(contract.text()).isEqualTo(CLAUSE);
  }

  @Test
  void normalisesLineEndsAndCollapsesBlankLines() {
    byte[] content =
        "\r\n\r\nClause 1.\r\n\r\n\r\n\r\nClause 2.   \r\nClause 3.\rClause 4.\n \n\t\nEnd\r\n\r\n"
            .getBytes(UTF_8);

    ExtractedContract contract = extract("contract.txt", content);

    assertThat(contract.text()).isEqualTo("Clause 1.\n\nClause 2.\nClause 3.\nClause 4.\n\nEnd");
    assertThat(contract.content()).isEqualTo(content);
  }

  @Test
  void normalisationTurnsNonBreakingSpacesIntoSpacesAndKeepsIndentation() {
    assertThat(ContractTextExtractor.normalise("  1.\u00a0Term\u00a0\u00a0\n\n\n    (a) Renewal\n"))
        .isEqualTo("1. Term\n\n    (a) Renewal");
  }

  @Test
  void rejectsContractWhoseParsingTakesLongerThanTimeout() throws IOException {
    // Parsing hundreds of pages takes far longer than a millisecond on any machine.
    List<String> lines = new ArrayList<>();
    for (int page = 1; page <= 300; page++) {
      lines.add("Page %d. %s".formatted(page, CLAUSE));
    }
    byte[] longPdf = pdf(lines);
    ContractTextExtractor extractor =
        extractor(new ContractProperties(null, Duration.ofMillis(1), null));

    assertThatThrownBy(() -> extractor.extract(new ContractFile("long.pdf", longPdf)))
        .isInstanceOfSatisfying(
            ContractRejected.class,
            rejected -> {
              assertThat(rejected.reason()).isEqualTo(Reason.UNREADABLE);
              assertThat(rejected.getMessage())
                  .contains("'long.pdf'")
                  .contains("took longer than")
                  .contains("was not stored");
            });
  }

  private ExtractedContract extract(String fileName, byte[] content) {
    return defaultExtractor.extract(new ContractFile(fileName, content));
  }

  private void assertRejected(
      String fileName, byte[] content, Reason reason, Consumer<String> message) {
    assertThatThrownBy(() -> defaultExtractor.extract(new ContractFile(fileName, content)))
        .isInstanceOfSatisfying(
            ContractRejected.class,
            rejected -> {
              assertThat(rejected.reason()).isEqualTo(reason);
              message.accept(rejected.getMessage());
            });
  }

  private ContractTextExtractor extractor(ContractProperties properties) {
    ContractTextExtractor extractor = new ContractTextExtractor(properties);
    extractors.add(extractor);
    return extractor;
  }

  private static String sha256Hex(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** One line of Helvetica text per page; no lines gives a single blank page. */
  private static byte[] pdf(List<String> pageLines) throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (pageLines.isEmpty()) {
        document.addPage(new PDPage());
      }
      PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (String line : pageLines) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(document, page)) {
          text.beginText();
          text.setFont(helvetica, 11);
          text.newLineAtOffset(72, 720);
          text.showText(line);
          text.endText();
        }
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] docx(String... paragraphs) throws IOException {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String paragraph : paragraphs) {
        document.createParagraph().createRun().setText(paragraph);
      }
      document.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static Map<String, byte[]> unzip(byte[] archive) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        entries.put(entry.getName(), zip.readAllBytes());
      }
    }
    return entries;
  }

  private static byte[] html() {
    return ("<!DOCTYPE html><html><head><title>Contract</title></head>"
            + "<body><p>%s</p></body></html>")
        .formatted(CLAUSE)
        .getBytes(UTF_8);
  }

  /** A 1x1 pixel PNG. */
  private static byte[] png() {
    return Base64.getDecoder()
        .decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
  }

  /** The start of a Windows PE executable: the MZ header pointing at a PE signature. */
  private static byte[] windowsExecutable() {
    byte[] content = new byte[512];
    content[0] = 'M';
    content[1] = 'Z';
    content[0x3c] = (byte) 0x80;
    content[0x80] = 'P';
    content[0x81] = 'E';
    return content;
  }

  /** The start of a 64-bit little-endian ELF executable. */
  private static byte[] linuxExecutable() {
    byte[] content = new byte[128];
    content[0] = 0x7f;
    content[1] = 'E';
    content[2] = 'L';
    content[3] = 'F';
    content[4] = 2;
    content[5] = 1;
    content[6] = 1;
    content[16] = 2;
    return content;
  }
}
