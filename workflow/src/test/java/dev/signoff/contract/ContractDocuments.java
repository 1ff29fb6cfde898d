package dev.signoff.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Real Word and PDF contract files, written the way Word and PDF printers write them: Word with the
 * built-in heading styles and a multi-level automatic numbering, PDF with Helvetica text lines,
 * bold headings, a running header and "Page n of m" footers.
 */
final class ContractDocuments {

  private static final float PAGE_TOP = 720;
  private static final float LINE_HEIGHT = 14;
  private static final float TEXT_WIDTH = 440;

  private ContractDocuments() {}

  /**
   * A paragraph of a Word document.
   *
   * @param headingLevel 1 to 3 for the styles "heading 1" to "heading 3", 0 for body text
   * @param listLevel the level in the document's automatic numbering ("1.", "1.1", "(a)"), or -1
   * @param text the paragraph's text as typed
   */
  record Paragraph(int headingLevel, int listLevel, String text) {

    static Paragraph body(String text) {
      return new Paragraph(0, -1, text);
    }

    static Paragraph heading(int level, String text) {
      return new Paragraph(level, -1, text);
    }

    /** A heading numbered by Word at the given list level. */
    static Paragraph numberedHeading(int level, String text) {
      return new Paragraph(level, level - 1, text);
    }

    /** Body text numbered by Word at the given list level. */
    static Paragraph numbered(int listLevel, String text) {
      return new Paragraph(0, listLevel, text);
    }
  }

  static byte[] docx(List<Paragraph> paragraphs) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFStyles styles = document.createStyles();
      for (int level = 1; level <= 3; level++) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("Heading" + level);
        style.addNewName().setVal("heading " + level);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        styles.addStyle(new XWPFStyle(style));
      }
      BigInteger numbering = clauseNumbering(document.createNumbering());
      for (Paragraph paragraph : paragraphs) {
        XWPFParagraph written = document.createParagraph();
        if (paragraph.headingLevel() > 0) {
          written.setStyle("Heading" + paragraph.headingLevel());
        }
        if (paragraph.listLevel() >= 0) {
          written.setNumID(numbering);
          written.setNumILvl(BigInteger.valueOf(paragraph.listLevel()));
        }
        written.createRun().setText(paragraph.text());
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Numbering as contracts use it: "1." for clauses, "1.1" for sub-clauses, "(a)" below. */
  private static BigInteger clauseNumbering(XWPFNumbering numbering) {
    CTAbstractNum abstractNumbering = CTAbstractNum.Factory.newInstance();
    abstractNumbering.setAbstractNumId(BigInteger.ONE);
    String[] formats = {"%1.", "%1.%2", "(%3)"};
    for (int level = 0; level < formats.length; level++) {
      CTLvl definition = abstractNumbering.addNewLvl();
      definition.setIlvl(BigInteger.valueOf(level));
      definition.addNewStart().setVal(BigInteger.ONE);
      definition
          .addNewNumFmt()
          .setVal(level == 2 ? STNumberFormat.LOWER_LETTER : STNumberFormat.DECIMAL);
      definition.addNewLvlText().setVal(formats[level]);
    }
    return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNumbering)));
  }

  /**
   * A PDF with the given lines on each page, exactly as broken, under a running header and above a
   * "Page n of m" footer. A line starting with {@code **} is set in bold.
   */
  static byte[] pdf(String header, List<List<String>> pages) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      for (int number = 1; number <= pages.size(); number++) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          show(content, regular, 9, 72, 760, header);
          float y = PAGE_TOP;
          for (String line : pages.get(number - 1)) {
            boolean heading = line.startsWith("**");
            show(content, heading ? bold : regular, 11, 72, y, heading ? line.substring(2) : line);
            y -= heading ? LINE_HEIGHT * 1.6f : LINE_HEIGHT;
          }
          show(content, regular, 9, 280, 40, "Page " + number + " of " + pages.size());
        }
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A PDF of paragraphs wrapped at the text width as a word processor wraps them, a given number of
   * lines to a page. A paragraph starting with {@code **} is a bold heading.
   */
  static byte[] flowingPdf(String header, int linesPerPage, List<String> paragraphs) {
    PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    List<List<String>> pages = new ArrayList<>();
    List<String> page = new ArrayList<>();
    for (String paragraph : paragraphs) {
      boolean heading = paragraph.startsWith("**");
      List<String> lines =
          heading ? List.of(paragraph) : wrapped(paragraph, regular, 11, TEXT_WIDTH);
      for (String line : lines) {
        if (page.size() == linesPerPage) {
          pages.add(page);
          page = new ArrayList<>();
        }
        page.add(line);
      }
    }
    pages.add(page);
    return pdf(header, pages);
  }

  private static List<String> wrapped(String text, PDType1Font font, float size, float width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && widthOf(candidate, font, size) > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static float widthOf(String text, PDType1Font font, float size) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void show(
      PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
      throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }
}
