package dev.signoff.contract;

import dev.signoff.platform.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The original bytes of a contract version, kept apart so that reading text never loads them. */
@Entity
@Table(name = "contract_content")
class ContractContent extends AssignedIdEntity {

  @Id
  @Column(name = "document_id")
  private UUID documentId;

  @Column(name = "content", nullable = false)
  private byte[] content;

  @Override
  public UUID getId() {
    return documentId;
  }

  protected ContractContent() {}

  ContractContent(UUID documentId, byte[] content) {
    this.documentId = documentId;
    this.content = content;
  }

  byte[] content() {
    return content;
  }
}
