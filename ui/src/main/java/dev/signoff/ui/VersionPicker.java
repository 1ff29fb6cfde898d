package dev.signoff.ui;

import com.vaadin.flow.component.select.Select;
import dev.signoff.contract.ContractInfo;
import java.util.List;

/** Picks one version of a deal's contract by its number, file, uploader and upload time. */
class VersionPicker extends Select<ContractInfo> {

  VersionPicker(String id, String label, List<ContractInfo> versions, ContractInfo chosen) {
    setId(id);
    setLabel(label);
    setItems(versions);
    setItemLabelGenerator(VersionPicker::describe);
    versions.stream()
        .filter(version -> version.version() == chosen.version())
        .findFirst()
        .ifPresent(this::setValue);
  }

  /** E.g. "Version 2 · revised-agreement.md · owner · 2025-09-08 14:30". */
  static String describe(ContractInfo version) {
    return "Version "
        + version.version()
        + " · "
        + version.fileName()
        + " · "
        + version.uploadedBy()
        + " · "
        + Formats.dateTime(version.uploadedAt());
  }
}
