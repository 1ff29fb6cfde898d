package dev.signoff.deal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What the deal owner tells Signoff about a vendor deal.
 *
 * @param title short name of the deal
 * @param vendor the AI / SLM vendor
 * @param models model names and versions in scope, e.g. "SLM-X 1.2"
 * @param hostingModel where the model runs
 * @param useCase what the model will be used for
 * @param personalData whether personal data is sent to the model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DealSheet(
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 200) String vendor,
    @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> models,
    @NotNull HostingModel hostingModel,
    @NotBlank @Size(max = 2000) String useCase,
    boolean personalData) {

  public DealSheet {
    title = strip(title);
    vendor = strip(vendor);
    useCase = strip(useCase);
    models = models == null ? List.of() : models.stream().map(DealSheet::strip).toList();
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }
}
