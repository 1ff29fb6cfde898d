package dev.signoff.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.signoff.precedent.PrecedentSearchRequest;
import dev.signoff.precedent.PrecedentService;
import java.io.Writer;

/** Downloads every hit of the search on screen (not only the page shown) as a CSV file. */
class PrecedentCsvLink extends Anchor {

  PrecedentCsvLink(PrecedentService precedents, PrecedentSearchRequest request) {
    super(
        (DownloadHandler)
            download -> {
              download.setFileName("precedents.csv");
              download.setContentType("text/csv; charset=UTF-8");
              try (Writer out = download.getWriter()) {
                precedents.exportCsv(request, out);
              }
            },
        "Export as CSV");
    setId("precedent-export");
    setDownload(true);
  }
}
