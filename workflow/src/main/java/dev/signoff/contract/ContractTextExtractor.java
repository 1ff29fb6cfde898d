package dev.signoff.contract;

import dev.signoff.contract.ContractRejected.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * Checks an uploaded contract file and extracts its text with Apache Tika. The type is detected
 * from the content (the file name is only a hint), only plain text, Markdown, PDF and DOCX are
 * accepted, and extraction is bounded in size and time; before a PDF or DOCX reaches its parser,
 * {@link DocumentLimits} refuses decompression bombs and deeply nested documents. Headings of Word
 * documents come out as Markdown headings ({@code ## 7.2 Change management}), with Word's automatic
 * numbering written out; the text of a PDF comes without running headers, footers and page numbers
 * (see {@link PdfText}).
 */
@Component
public class ContractTextExtractor implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ContractTextExtractor.class);

  static final MediaType DOCX =
      MediaType.parse("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  private static final MediaType PDF = MediaType.application("pdf");
  private static final MediaType MARKDOWN = MediaType.text("x-web-markdown");
  private static final List<MediaType> ACCEPTED_TEXT = List.of(MediaType.TEXT_PLAIN, MARKDOWN);
  private static final List<MediaType> ACCEPTED_DOCUMENTS = List.of(PDF, DOCX);

  private final ContractProperties properties;
  private final TikaConfig tika;
  private final MediaTypeRegistry registry;
  private final ExecutorService parsers;

  public ContractTextExtractor(ContractProperties properties) {
    this.properties = properties;
    this.tika = TikaConfig.getDefaultConfig();
    this.registry = tika.getMediaTypeRegistry();
    this.parsers =
        Executors.newCachedThreadPool(
            runnable -> {
              Thread thread = new Thread(runnable, "contract-text-extraction");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Checks the file and extracts its text.
   *
   * @throws ContractRejected when the file is empty, too large, of a type Signoff does not accept,
   *     corrupt, takes too long to read, or holds no text
   */
  public ExtractedContract extract(ContractFile file) {
    byte[] content = file.content();
    if (content.length == 0) {
      throw new ContractRejected(Reason.EMPTY, "The contract file is empty.");
    }
    long limit = properties.maxFileSize().toBytes();
    if (content.length > limit) {
      throw new ContractRejected(
          Reason.TOO_LARGE,
          "The contract file has %d bytes; the limit is %d bytes (%s)."
              .formatted(content.length, limit, readable(properties.maxFileSize())));
    }
    MediaType type = detect(file);
    if (!isAccepted(type)) {
      throw new ContractRejected(
          Reason.UNSUPPORTED_TYPE,
          "'%s' looks like %s. Upload the contract as plain text, Markdown, PDF or DOCX."
              .formatted(file.fileName(), type));
    }
    if (ACCEPTED_TEXT.contains(registry.normalize(type.getBaseType())) && isBinary(content)) {
      throw new ContractRejected(
          Reason.UNSUPPORTED_TYPE,
          "'%s' is named like text but holds binary data. Upload the contract as plain text,"
                  .formatted(file.fileName())
              + " Markdown, PDF or DOCX.");
    }
    String extracted = parseWithinTimeLimit(file, type);
    String text = normalise(isPdf(type) ? PdfText.clean(extracted) : extracted);
    if (text.isBlank()) {
      throw new ContractRejected(
          Reason.NO_TEXT,
          "No text could be read from '%s'. A scanned PDF needs text recognition first."
              .formatted(file.fileName()));
    }
    return new ExtractedContract(file.fileName(), type.toString(), sha256(content), content, text);
  }

  private MediaType detect(ContractFile file) {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.fileName());
    try (InputStream stream = TikaInputStream.get(file.content())) {
      return tika.getDetector().detect(stream, metadata);
    } catch (IOException e) {
      throw new ContractRejected(Reason.UNREADABLE, "The contract file could not be read.");
    }
  }

  private boolean isAccepted(MediaType type) {
    MediaType base = registry.normalize(type.getBaseType());
    // Tika counts every text type (HTML, XML, RTF, CSV, ...) as a kind of text/plain, so text
    // types must match exactly.
    return ACCEPTED_TEXT.contains(base)
        || ACCEPTED_DOCUMENTS.stream().anyMatch(accepted -> registry.isInstanceOf(base, accepted));
  }

  private String parseWithinTimeLimit(ContractFile file, MediaType type) {
    Future<String> parsing = parsers.submit(() -> parse(file, type));
    try {
      return parsing.get(properties.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      parsing.cancel(true);
      throw new ContractRejected(
          Reason.UNREADABLE,
          "Reading '%s' took longer than %d ms; the file was not stored."
              .formatted(file.fileName(), properties.parseTimeout().toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      parsing.cancel(true);
      throw new ContractRejected(Reason.UNREADABLE, "Reading the contract file was interrupted.");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ContractRejected rejected) {
        throw rejected;
      }
      log.info(
          "Could not read contract file '{}' ({}): {}",
          file.fileName(),
          type,
          e.getCause().toString());
      throw new ContractRejected(
          Reason.UNREADABLE,
          "'%s' could not be read as %s; it may be damaged or protected."
              .formatted(file.fileName(), describe(type)));
    }
  }

  private String parse(ContractFile file, MediaType type)
      throws IOException, SAXException, TikaException {
    BodyContentHandler handler =
        new BodyContentHandler(
            new StructureMarkers(
                new WriteOutContentHandler(properties.maxTextCharacters()), isPdf(type)));
    if (isPdf(type)) {
      DocumentLimits.checkPdf(file.fileName(), file.content());
    } else if (!ACCEPTED_TEXT.contains(registry.normalize(type.getBaseType()))) {
      DocumentLimits.checkDocx(file.fileName(), file.content());
    }
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.fileName());
    metadata.set(Metadata.CONTENT_TYPE, type.toString());
    try (InputStream stream = new ByteArrayInputStream(file.content())) {
      new AutoDetectParser(tika).parse(stream, handler, metadata, new ParseContext());
    } catch (SAXException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new ContractRejected(
            Reason.TOO_LARGE,
            "The text of '%s' is longer than %d characters."
                .formatted(file.fileName(), properties.maxTextCharacters()));
      }
      throw e;
    }
    return handler.toString();
  }

  /**
   * Whether a file detected as text (often from its name alone) holds bytes no text file has: NUL,
   * or control characters other than tab, line and page breaks in more than one byte in a hundred
   * of its first 64 KB.
   */
  static boolean isBinary(byte[] content) {
    int length = Math.min(content.length, 64 * 1024);
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int b = content[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
        controls++;
      }
    }
    return controls * 100 > length;
  }

  private boolean isPdf(MediaType type) {
    return registry.isInstanceOf(registry.normalize(type.getBaseType()), PDF);
  }

  private static String describe(MediaType type) {
    if (type.equals(DOCX)) {
      return "a Word document";
    }
    if (type.getSubtype().equals("pdf")) {
      return "a PDF";
    }
    return "text";
  }

  /** A size as people say it: "20 MB", "512 KB". */
  static String readable(org.springframework.util.unit.DataSize size) {
    if (size.toMegabytes() > 0 && size.toBytes() % (1024 * 1024) == 0) {
      return size.toMegabytes() + " MB";
    }
    if (size.toKilobytes() > 0) {
      return size.toKilobytes() + " KB";
    }
    return size.toBytes() + " bytes";
  }

  /** Unix line ends, no trailing spaces, at most one blank line in a row. */
  static String normalise(String text) {
    String unixLines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
    StringBuilder result = new StringBuilder(unixLines.length());
    int blankLines = 0;
    for (String line : unixLines.split("\n", -1)) {
      String stripped = line.stripTrailing();
      if (stripped.isEmpty()) {
        blankLines++;
        if (blankLines > 1 || result.isEmpty()) {
          continue;
        }
      } else {
        blankLines = 0;
      }
      result.append(stripped).append('\n');
    }
    return result.toString().strip();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  @Override
  public void destroy() {
    parsers.shutdownNow();
  }
}
