package dev.signoff.contract;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Keeps the structure that plain text would lose: writes a Markdown heading marker before each
 * heading Tika reports ({@code ## } for a Word "Heading 2"), so headings segment as they do in
 * Markdown, and a form feed where each PDF page starts, so running headers and footers can be told
 * from the text.
 */
final class StructureMarkers extends ContentHandlerDecorator {

  static final char PAGE_BREAK = '\f';

  private final boolean markPages;

  StructureMarkers(ContentHandler handler, boolean markPages) {
    super(handler);
    this.markPages = markPages;
  }

  @Override
  public void startElement(String uri, String localName, String name, Attributes attributes)
      throws SAXException {
    super.startElement(uri, localName, name, attributes);
    int level = headingLevel(localName);
    if (level > 0) {
      write("#".repeat(level) + " ");
    } else if (markPages
        && "div".equals(localName)
        && "page".equals(attributes.getValue("class"))) {
      write(String.valueOf(PAGE_BREAK));
    }
  }

  private void write(String text) throws SAXException {
    super.characters(text.toCharArray(), 0, text.length());
  }

  private static int headingLevel(String element) {
    boolean heading =
        element != null
            && element.length() == 2
            && element.charAt(0) == 'h'
            && element.charAt(1) >= '1'
            && element.charAt(1) <= '6';
    return heading ? element.charAt(1) - '0' : 0;
  }
}
