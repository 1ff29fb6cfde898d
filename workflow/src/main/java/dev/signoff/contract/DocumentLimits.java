package dev.signoff.contract;

import dev.signoff.contract.ContractRejected.Reason;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Structural limits checked before a document is handed to its parser, so that a hostile file is
 * refused by a cheap, iterative scan instead of exhausting memory, stack or time in the parser:
 *
 * <ul>
 *   <li>DOCX: no part may inflate to more than {@value #MAX_INFLATION_RATIO} times its compressed
 *       size (after a grace of {@value #INFLATION_GRACE_BYTES} bytes), the parts together to more
 *       than {@value #MAX_INFLATED_BYTES} bytes (decompression bombs), and no XML part may nest
 *       elements deeper than {@value #MAX_XML_DEPTH} or declare a DTD (entity expansion, external
 *       entities);
 *   <li>PDF: no object may lie deeper than {@value #MAX_PDF_DEPTH} dictionaries and arrays below
 *       the trailer, nor may a file hold more than {@value #MAX_PDF_OBJECTS} objects.
 * </ul>
 */
final class DocumentLimits {

  static final int MAX_INFLATION_RATIO = 100;
  static final long INFLATION_GRACE_BYTES = 1024 * 1024;
  static final long MAX_INFLATED_BYTES = 256L * 1024 * 1024;
  static final int MAX_XML_DEPTH = 256;
  static final int MAX_PDF_DEPTH = 256;
  static final int MAX_PDF_OBJECTS = 500_000;

  private static final XMLInputFactory XML = hardenedXmlFactory();

  private DocumentLimits() {}

  /** Refuses a DOCX (or any zip package) that inflates too far or nests its XML too deep. */
  static void checkDocx(String fileName, byte[] content) {
    long inflatedTotal = 0;
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content))) {
      ZipArchiveEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        BoundedEntry bounded = new BoundedEntry(zip, fileName, inflatedTotal);
        if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
          checkXmlDepth(fileName, entry.getName(), bounded);
        }
        bounded.transferTo(java.io.OutputStream.nullOutputStream());
        inflatedTotal = bounded.inflatedTotal();
      }
    } catch (IOException e) {
      throw new ContractRejected(
          Reason.UNREADABLE,
          "'%s' could not be read as a Word document; it may be damaged or protected."
              .formatted(fileName));
    }
  }

  /** Refuses a PDF whose objects nest too deep (or that holds too many objects). */
  static void checkPdf(String fileName, byte[] content) {
    try (PDDocument document = Loader.loadPDF(content)) {
      Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      Deque<COSBase> level = new ArrayDeque<>();
      level.add(document.getDocument().getTrailer());
      // Breadth first, one level at a time: the depth is that of the shortest path, and nothing
      // recurses however deep the file nests.
      for (int depth = 0; !level.isEmpty(); depth++) {
        if (depth > MAX_PDF_DEPTH) {
          throw new ContractRejected(
              Reason.TOO_COMPLEX,
              "'%s' nests its objects more than %d levels deep; it was not read."
                  .formatted(fileName, MAX_PDF_DEPTH));
        }
        Deque<COSBase> next = new ArrayDeque<>();
        for (COSBase item : level) {
          COSBase object = item instanceof COSObject reference ? reference.getObject() : item;
          if (object == null || !seen.add(object)) {
            continue;
          }
          if (seen.size() > MAX_PDF_OBJECTS) {
            throw new ContractRejected(
                Reason.TOO_COMPLEX,
                "'%s' holds more than %d objects; it was not read."
                    .formatted(fileName, MAX_PDF_OBJECTS));
          }
          if (object instanceof COSDictionary dictionary) {
            next.addAll(dictionary.getValues());
          } else if (object instanceof COSArray array) {
            array.forEach(next::add);
          }
        }
        level = next;
      }
    } catch (IOException e) {
      throw new ContractRejected(
          Reason.UNREADABLE,
          "'%s' could not be read as a PDF; it may be damaged or protected.".formatted(fileName));
    }
  }

  private static void checkXmlDepth(String fileName, String part, InputStream xml)
      throws IOException {
    try {
      XMLStreamReader reader = XML.createXMLStreamReader(xml);
      try {
        int depth = 0;
        while (reader.hasNext()) {
          int event = reader.next();
          if (event == XMLStreamConstants.DTD) {
            throw new ContractRejected(
                Reason.TOO_COMPLEX,
                "'%s' declares a document type in %s; Word documents never do."
                    .formatted(fileName, part));
          }
          if (event == XMLStreamConstants.START_ELEMENT && ++depth > MAX_XML_DEPTH) {
            throw new ContractRejected(
                Reason.TOO_COMPLEX,
                "'%s' nests its elements more than %d levels deep in %s; it was not read."
                    .formatted(fileName, MAX_XML_DEPTH, part));
          }
          if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      if (e.getCause() instanceof ContractRejected rejected) {
        throw rejected;
      }
      if (e.getNestedException() instanceof ContractRejected rejected) {
        throw rejected;
      }
      throw new ContractRejected(
          Reason.UNREADABLE,
          "'%s' could not be read as a Word document; it may be damaged (%s is not well-formed)."
              .formatted(fileName, part));
    }
  }

  private static XMLInputFactory hardenedXmlFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return factory;
  }

  /**
   * One zip entry as it inflates, refused as soon as it inflates too far relative to its compressed
   * bytes or the package's parts together exceed the total.
   */
  private static final class BoundedEntry extends FilterInputStream {
    private final ZipArchiveInputStream zip;
    private final String fileName;
    private final long inflatedBefore;

    BoundedEntry(ZipArchiveInputStream zip, String fileName, long inflatedBefore) {
      super(zip);
      this.zip = zip;
      this.fileName = fileName;
      this.inflatedBefore = inflatedBefore;
    }

    long inflatedTotal() {
      return inflatedBefore + zip.getUncompressedCount();
    }

    @Override
    public int read() throws IOException {
      int read = super.read();
      check();
      return read;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      check();
      return read;
    }

    @Override
    public void close() {
      // The zip stream stays open for the next entry.
    }

    private void check() {
      long inflated = zip.getUncompressedCount();
      long compressed = Math.max(1, zip.getCompressedCount());
      if (inflated > INFLATION_GRACE_BYTES && inflated > compressed * MAX_INFLATION_RATIO
          || inflatedTotal() > MAX_INFLATED_BYTES) {
        throw new ContractRejected(
            Reason.TOO_COMPLEX,
            ("'%s' inflates far beyond its size (more than %d times, or over %d MB in all), as a"
                    + " decompression bomb does; it was not read.")
                .formatted(fileName, MAX_INFLATION_RATIO, MAX_INFLATED_BYTES / (1024 * 1024)));
      }
    }
  }
}
