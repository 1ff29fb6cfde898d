package dev.signoff.deal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DealSheetTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void createValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeValidator() {
    factory.close();
  }

  @Test
  void completeSheetIsValid() {
    assertThat(validator.validate(sheet())).isEmpty();
  }

  @Test
  void sheetWithoutPersonalDataIsValid() {
    DealSheet sheet =
        new DealSheet(
            "Code assistant",
            "Quillworks",
            List.of("QW-Coder 7B"),
            HostingModel.ON_PREMISE,
            "Suggest code in the IDE.",
            false);

    assertThat(validator.validate(sheet)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void titleIsRequired(String title) {
    DealSheet sheet =
        new DealSheet(
            title,
            "Northwind AI",
            List.of("SLM-X 1.2"),
            HostingModel.VENDOR_SAAS,
            "Summarise support tickets.",
            true);

    assertThat(violatedProperties(sheet)).containsExactly("title");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void vendorIsRequired(String vendor) {
    DealSheet sheet =
        new DealSheet(
            "Support summaries",
            vendor,
            List.of("SLM-X 1.2"),
            HostingModel.VENDOR_SAAS,
            "Summarise support tickets.",
            true);

    assertThat(violatedProperties(sheet)).containsExactly("vendor");
  }

  @Test
  void atLeastOneModelIsRequired() {
    DealSheet withoutList =
        new DealSheet(
            "Support summaries",
            "Northwind AI",
            null,
            HostingModel.VENDOR_SAAS,
            "Summarise support tickets.",
            true);
    DealSheet withEmptyList =
        new DealSheet(
            "Support summaries",
            "Northwind AI",
            List.of(),
            HostingModel.VENDOR_SAAS,
            "Summarise support tickets.",
            true);

    assertThat(withoutList.models()).isEmpty();
    assertThat(violatedProperties(withoutList)).containsExactly("models");
    assertThat(violatedProperties(withEmptyList)).containsExactly("models");
  }

  @Test
  void everyModelNeedsAName() {
    DealSheet sheet =
        new DealSheet(
            "Support summaries",
            "Northwind AI",
            Arrays.asList("SLM-X 1.2", "  ", null),
            HostingModel.VENDOR_SAAS,
            "Summarise support tickets.",
            true);

    Set<ConstraintViolation<DealSheet>> violations = validator.validate(sheet);

    assertThat(violations)
        .extracting(violation -> violation.getPropertyPath().toString())
        .containsExactlyInAnyOrder("models[1].<list element>", "models[2].<list element>");
  }

  @Test
  void hostingModelIsRequired() {
    DealSheet sheet =
        new DealSheet(
            "Support summaries",
            "Northwind AI",
            List.of("SLM-X 1.2"),
            null,
            "Summarise support tickets.",
            true);

    assertThat(violatedProperties(sheet)).containsExactly("hostingModel");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  \n  "})
  void useCaseIsRequired(String useCase) {
    DealSheet sheet =
        new DealSheet(
            "Support summaries",
            "Northwind AI",
            List.of("SLM-X 1.2"),
            HostingModel.VENDOR_SAAS,
            useCase,
            true);

    assertThat(violatedProperties(sheet)).containsExactly("useCase");
  }

  @Test
  void emptySheetNamesEveryMissingField() {
    DealSheet sheet = new DealSheet(null, null, null, null, null, false);

    assertThat(violatedProperties(sheet))
        .containsExactlyInAnyOrder("title", "vendor", "models", "hostingModel", "useCase");
  }

  @Test
  void rejectsOverLongTitleVendorAndUseCase() {
    DealSheet sheet =
        new DealSheet(
            "t".repeat(201),
            "v".repeat(201),
            List.of("SLM-X 1.2"),
            HostingModel.CUSTOMER_VPC,
            "u".repeat(2001),
            false);

    assertThat(violatedProperties(sheet)).containsExactlyInAnyOrder("title", "vendor", "useCase");
  }

  @Test
  void acceptsValuesAtTheirLengthLimits() {
    List<String> twentyModels = new ArrayList<>(Collections.nCopies(19, "SLM-X 1.2"));
    twentyModels.add("m".repeat(200));
    DealSheet sheet =
        new DealSheet(
            "t".repeat(200),
            "v".repeat(200),
            twentyModels,
            HostingModel.CUSTOMER_VPC,
            "u".repeat(2000),
            false);

    assertThat(validator.validate(sheet)).isEmpty();
  }

  @Test
  void rejectsOverLongModelName() {
    DealSheet sheet =
        new DealSheet(
            "Support summaries",
            "Northwind AI",
            List.of("SLM-X 1.2", "m".repeat(201)),
            HostingModel.VENDOR_SAAS,
            "Summarise support tickets.",
            true);

    assertThat(validator.validate(sheet))
        .extracting(violation -> violation.getPropertyPath().toString())
        .containsExactly("models[1].<list element>");
  }

  @Test
  void rejectsMoreThanTwentyModels() {
    DealSheet sheet =
        new DealSheet(
            "Support summaries",
            "Northwind AI",
            Collections.nCopies(21, "SLM-X 1.2"),
            HostingModel.VENDOR_SAAS,
            "Summarise support tickets.",
            true);

    assertThat(violatedProperties(sheet)).containsExactly("models");
  }

  @Test
  void stripsSurroundingWhitespaceFromEveryText() {
    DealSheet sheet =
        new DealSheet(
            "  Support summaries\n",
            "\tNorthwind AI ",
            List.of(" SLM-X 1.2 ", "SLM-X 2.0\n"),
            HostingModel.VENDOR_SAAS,
            "  Summarise support tickets.  ",
            true);

    assertThat(sheet.title()).isEqualTo("Support summaries");
    assertThat(sheet.vendor()).isEqualTo("Northwind AI");
    assertThat(sheet.models()).containsExactly("SLM-X 1.2", "SLM-X 2.0");
    assertThat(sheet.useCase()).isEqualTo("Summarise support tickets.");
  }

  @Test
  void lengthIsCheckedAfterStripping() {
    DealSheet sheet =
        new DealSheet(
            "  " + "t".repeat(200) + "  ",
            "Northwind AI",
            List.of("SLM-X 1.2"),
            HostingModel.VENDOR_SAAS,
            "Summarise support tickets.",
            true);

    assertThat(sheet.title()).hasSize(200);
    assertThat(validator.validate(sheet)).isEmpty();
  }

  @Test
  void modelListCannotBeChangedAfterwards() {
    List<String> models = new ArrayList<>(List.of("SLM-X 1.2"));
    DealSheet sheet =
        new DealSheet(
            "Support summaries",
            "Northwind AI",
            models,
            HostingModel.VENDOR_SAAS,
            "Summarise support tickets.",
            true);

    models.add("SLM-X 2.0");

    assertThat(sheet.models()).containsExactly("SLM-X 1.2");
  }

  private static DealSheet sheet() {
    return new DealSheet(
        "Support summaries",
        "Northwind AI",
        List.of("SLM-X 1.2"),
        HostingModel.VENDOR_SAAS,
        "Summarise support tickets.",
        true);
  }

  private static List<String> violatedProperties(DealSheet sheet) {
    return validator.validate(sheet).stream()
        .map(violation -> violation.getPropertyPath().toString())
        .toList();
  }
}
