package dev.signoff.contract;

import dev.signoff.problem.SignoffProblem;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps contract versions of deals: the original bytes, their sha256 and the extracted text. Access
 * to a deal's contract is decided by the deal module, which is the only caller of this store.
 */
@Service
public class ContractStore {

  private final ContractDocumentRepository documents;
  private final ContractContentRepository contents;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ContractStore(
      ContractDocumentRepository documents,
      ContractContentRepository contents,
      ApplicationEventPublisher events,
      Clock clock) {
    this.documents = documents;
    this.contents = contents;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Stores a new version of the deal's contract; must join the transaction that changes the deal,
   * in which {@link ContractVersionStored} is published.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public ContractInfo store(UUID dealId, ExtractedContract contract, String uploadedBy) {
    int version = documents.countByDealId(dealId) + 1;
    ContractDocument document =
        new ContractDocument(dealId, version, contract, uploadedBy, clock.instant());
    documents.save(document);
    contents.save(new ContractContent(document.id(), contract.content()));
    ContractInfo info = document.info();
    events.publishEvent(new ContractVersionStored(dealId, info));
    return info;
  }

  /** The latest version's metadata, if the deal has a contract. */
  @Transactional(readOnly = true)
  public Optional<ContractInfo> current(UUID dealId) {
    return documents.findCurrentInfos(List.of(dealId)).stream().findFirst();
  }

  /** The latest version's metadata of each of the deals that has a contract, in one query. */
  @Transactional(readOnly = true)
  public Map<UUID, ContractInfo> currentOf(Collection<UUID> dealIds) {
    if (dealIds.isEmpty()) {
      return Map.of();
    }
    return documents.findCurrentInfos(Set.copyOf(dealIds)).stream()
        .collect(Collectors.toMap(ContractInfo::dealId, Function.identity()));
  }

  /** The latest version's extracted text ("" when the deal has no contract). */
  @Transactional(readOnly = true)
  public String currentText(UUID dealId) {
    return documents
        .findFirstByDealIdOrderByVersionDesc(dealId)
        .map(ContractDocument::text)
        .orElse("");
  }

  /** The text of one version of the deal's contract. */
  @Transactional(readOnly = true)
  public String textOfVersion(UUID dealId, int version) {
    return documents
        .findByDealIdAndVersion(dealId, version)
        .map(ContractDocument::text)
        .orElseThrow(
            () -> SignoffProblem.notFound("Version " + version + " of the deal's contract"));
  }

  /** The latest version's original file. */
  @Transactional(readOnly = true)
  public OriginalFile currentOriginal(UUID dealId) {
    return originalOf(
        documents
            .findFirstByDealIdOrderByVersionDesc(dealId)
            .orElseThrow(() -> SignoffProblem.notFound("The deal's contract")));
  }

  /** Every version of the deal's contract, oldest first. */
  @Transactional(readOnly = true)
  public List<ContractInfo> versions(UUID dealId) {
    return documents.findByDealIdOrderByVersionAsc(dealId).stream()
        .map(ContractDocument::info)
        .toList();
  }

  /** One version's metadata. */
  @Transactional(readOnly = true)
  public ContractInfo version(UUID dealId, int version) {
    return documents
        .findByDealIdAndVersion(dealId, version)
        .map(ContractDocument::info)
        .orElseThrow(
            () -> SignoffProblem.notFound("Version " + version + " of the deal's contract"));
  }

  /** One version's original file. */
  @Transactional(readOnly = true)
  public OriginalFile originalOfVersion(UUID dealId, int version) {
    return originalOf(
        documents
            .findByDealIdAndVersion(dealId, version)
            .orElseThrow(
                () -> SignoffProblem.notFound("Version " + version + " of the deal's contract")));
  }

  private OriginalFile originalOf(ContractDocument document) {
    byte[] content =
        contents
            .findById(document.id())
            .map(ContractContent::content)
            .orElseThrow(() -> SignoffProblem.notFound("The contract file"));
    return new OriginalFile(document.fileName(), document.mediaType(), content);
  }
}
