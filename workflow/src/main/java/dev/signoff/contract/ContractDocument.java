package dev.signoff.contract;

import dev.signoff.platform.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a deal's contract: metadata and extracted text. The bytes live in {@link
 * ContractContent}.
 */
@Entity
@Table(name = "contract_document")
class ContractDocument extends AssignedIdEntity {

  @Id private UUID id;

  @Column(name = "deal_id", nullable = false)
  private UUID dealId;

  @Column(name = "version_number", nullable = false)
  private int version;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false)
  private String sha256;

  @Column(name = "extracted_text", nullable = false)
  private String text;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Override
  public UUID getId() {
    return id;
  }

  protected ContractDocument() {}

  ContractDocument(
      UUID dealId, int version, ExtractedContract contract, String uploadedBy, Instant uploadedAt) {
    this.id = UUID.randomUUID();
    this.dealId = dealId;
    this.version = version;
    this.fileName = contract.fileName();
    this.mediaType = contract.mediaType();
    this.sizeBytes = contract.sizeBytes();
    this.sha256 = contract.sha256();
    this.text = contract.text();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  UUID id() {
    return id;
  }

  String text() {
    return text;
  }

  String fileName() {
    return fileName;
  }

  String mediaType() {
    return mediaType;
  }

  ContractInfo info() {
    return new ContractInfo(
        id, dealId, version, fileName, mediaType, sizeBytes, sha256, uploadedBy, uploadedAt);
  }
}
