package dev.signoff.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.signoff.contract.ContractFile;
import dev.signoff.contract.ContractProperties;

/**
 * Choosing a contract file: plain text, Markdown, PDF or DOCX up to the configured size, and what
 * the server received. The service checks the file again; this only spares the user a round trip.
 */
class ContractUpload extends VerticalLayout {

  private static final String NOTHING_YET = "No contract file yet.";

  private final Span status = new Span(NOTHING_YET);
  private volatile ContractFile file;

  ContractUpload(String label, ContractProperties limits) {
    setPadding(false);
    setSpacing(false);
    Upload upload =
        new Upload(
            UploadHandler.inMemory(
                (metadata, bytes) -> {
                  file = new ContractFile(metadata.fileName(), bytes);
                  status.setText(metadata.fileName() + " (" + bytes.length + " bytes) ready.");
                }));
    upload.setId("contract-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxFileSize().toBytes()));
    upload.setAcceptedFileTypes(
        ".txt",
        ".md",
        ".markdown",
        ".pdf",
        ".docx",
        "text/plain",
        "text/markdown",
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    upload.addFileRejectedListener(
        rejected -> Problems.show(new IllegalArgumentException(rejected.getErrorMessage())));
    upload.addFileRemovedListener(
        removed -> {
          file = null;
          status.setText(NOTHING_YET);
        });
    status.setId("contract-upload-status");
    add(
        new Span(
            label
                + " (plain text, Markdown, PDF or DOCX, up to "
                + limits.maxFileSize().toMegabytes()
                + " MB)"),
        upload,
        status);
  }

  /** The file received, or null while none is. */
  ContractFile file() {
    return file;
  }
}
