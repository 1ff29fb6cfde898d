package dev.signoff.comment;

import dev.signoff.contract.ContractFile;
import dev.signoff.contract.ContractProperties;
import dev.signoff.contract.ContractTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Word and PDF contracts written by the tests, and their text as Signoff extracts it. */
final class ContractFiles {

  private ContractFiles() {}

  /** The text Signoff extracts from a DOCX file with one paragraph per string. */
  static String docxText(List<String> paragraphs) {
    return extract("contract.docx", docx(paragraphs));
  }

  /**
   * The text Signoff extracts from a one-page PDF; each inner list is a paragraph of lines, with a
   * blank line's gap between paragraphs.
   */
  static String pdfText(List<List<String>> paragraphs) {
    return extract("contract.pdf", pdf(paragraphs));
  }

  static String extract(String fileName, byte[] content) {
    ContractTextExtractor extractor =
        new ContractTextExtractor(new ContractProperties(null, null, null));
    try {
      return extractor.extract(new ContractFile(fileName, content)).text();
    } finally {
      extractor.destroy();
    }
  }

  static byte[] docx(List<String> paragraphs) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String paragraph : paragraphs) {
        document.createParagraph().createRun().setText(paragraph);
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] pdf(List<List<String>> paragraphs) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.setFont(helvetica, 10);
        text.setLeading(14);
        text.newLineAtOffset(60, 740);
        for (List<String> paragraph : paragraphs) {
          for (String line : paragraph) {
            text.showText(line);
            text.newLine();
          }
          text.newLine();
        }
        text.endText();
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
