package dev.signoff.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.signoff.contract.ContractInfo;
import dev.signoff.contract.OriginalFile;
import dev.signoff.deal.DealService;
import java.io.ByteArrayInputStream;
import java.util.UUID;

/** A link that downloads one version's original file, as an attachment. */
class VersionDownload extends Anchor {

  VersionDownload(DealService deals, UUID dealId, ContractInfo version) {
    super(
        DownloadHandler.fromInputStream(
            request -> {
              OriginalFile file = deals.contractVersionOriginal(dealId, version.version());
              return new DownloadResponse(
                  new ByteArrayInputStream(file.content()),
                  file.fileName(),
                  "application/octet-stream",
                  file.content().length);
            }),
        "Download version " + version.version() + " (" + version.fileName() + ")");
    setDownload(true);
  }
}
