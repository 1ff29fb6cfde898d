package dev.signoff.bench;

import dev.signoff.search.corpus.SyntheticDeal;
import dev.signoff.search.corpus.SyntheticDeals;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Real contract files for the load: the contract texts of the synthetic corpus rendered as DOCX
 * (Apache POI) and PDF (PDFBox), made once before the run so that the driver spends its time on
 * requests.
 */
final class WorkflowContracts {

  /** One contract file and the deal it was written for. */
  record ContractFile(String fileName, byte[] bytes, SyntheticDeal deal) {}

  private static final float MARGIN = 50;
  private static final float FONT_SIZE = 10;
  private static final float LEADING = 13;
  private static final int CHARACTERS_PER_LINE = 95;

  private WorkflowContracts() {}

  /** {@code count} contracts, alternately DOCX and PDF, from the corpus of the given seed. */
  static List<ContractFile> make(long seed, int count) throws IOException {
    SyntheticDeals corpus = new SyntheticDeals(seed);
    List<ContractFile> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      SyntheticDeal deal = corpus.deal(i);
      files.add(
          i % 2 == 0
              ? new ContractFile("contract-" + i + ".docx", docx(deal.contractText()), deal)
              : new ContractFile("contract-" + i + ".pdf", pdf(deal.contractText()), deal));
    }
    return files;
  }

  static byte[] docx(String text) throws IOException {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : text.split("\n")) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun run = paragraph.createRun();
        boolean heading = line.startsWith("#");
        run.setBold(heading);
        run.setText(heading ? line.replaceFirst("^#+\\s*", "") : line);
      }
      document.write(out);
      return out.toByteArray();
    }
  }

  static byte[] pdf(String text) throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      List<String> lines = wrap(text);
      float top = PDRectangle.A4.getHeight() - MARGIN;
      int perPage = (int) ((top - MARGIN) / LEADING);
      for (int first = 0; first < lines.size(); first += perPage) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, FONT_SIZE);
          content.setLeading(LEADING);
          content.newLineAtOffset(MARGIN, top);
          for (String line : lines.subList(first, Math.min(lines.size(), first + perPage))) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  /** The text in lines short enough for the page, in the characters the standard font has. */
  private static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n")) {
      String line = paragraph.replaceFirst("^#+\\s*", "").replaceAll("[^\\x20-\\x7E]", " ");
      while (line.length() > CHARACTERS_PER_LINE) {
        int cut = line.lastIndexOf(' ', CHARACTERS_PER_LINE);
        cut = cut <= 0 ? CHARACTERS_PER_LINE : cut;
        lines.add(line.substring(0, cut));
        line = line.substring(cut).stripLeading();
      }
      lines.add(line);
    }
    return lines;
  }
}
