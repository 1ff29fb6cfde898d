package dev.signoff.ui.pages;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Precedent search: the search box, clause or deal hits, facets with counts, term range sliders,
 * the distribution chart, pages and the CSV export.
 */
public class PrecedentSearchPage extends SignoffPage {

  private static final Pattern FACET_VALUE = Pattern.compile("^(.*) \\((\\d+)\\)$");

  /** Sets a range input as dragging its thumb does, and lets go of it. */
  private static final String DRAG_THUMB =
      """
      const input = arguments[0];
      input.value = arguments[1];
      input.dispatchEvent(new Event('input', {bubbles: true}));
      input.dispatchEvent(new Event('change', {bubbles: true}));
      """;

  /** Fetches the export with the page's session, as a click on the link downloads it. */
  private static final String FETCH_EXPORT =
      """
      const done = arguments[arguments.length - 1];
      fetch(arguments[0].href, {credentials: 'same-origin'})
          .then(response => response.text()).then(done, failure => done('failed: ' + failure));
      """;

  PrecedentSearchPage(WebDriver driver) {
    super(driver);
    visible(By.id("precedent-query"));
    waitUntilShown();
  }

  public static PrecedentSearchPage open(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "/precedents");
    return new PrecedentSearchPage(driver);
  }

  /** Runs one search and returns the hits shown. */
  public List<PrecedentHit> search(String query) {
    type("precedent-query", query);
    updates(() -> clickable(By.id("precedent-search")).click());
    return hits();
  }

  /**
   * Searches again until a hit with the title shows up: a deal becomes searchable shortly after it
   * is signed, not at the same moment.
   */
  public PrecedentHit searchUntilFound(String query, String title, Duration patience) {
    return new WebDriverWait(driver, patience, Duration.ofSeconds(1))
        .withMessage("a precedent titled \"" + title + "\" for the query \"" + query + "\"")
        .until(
            ignored ->
                search(query).stream()
                    .filter(hit -> hit.title().equals(title))
                    .findFirst()
                    .orElse(null));
  }

  /** The hits of the page shown. */
  public List<PrecedentHit> hits() {
    return driver.findElements(By.cssSelector("#precedent-results .precedent-hit")).stream()
        .map(PrecedentSearchPage::hit)
        .toList();
  }

  /** How many hits the search has across all pages. */
  public long total() {
    return Long.parseLong(visible(By.id("precedent-count")).getDomAttribute("data-total"));
  }

  /** The line that says which hits are shown, e.g. "1–20 of 312 hits". */
  public String countText() {
    return textOf(visible(By.id("precedent-count")));
  }

  /** The values a facet lists, by label, with their counts, e.g. "Signed" → 12. */
  public Map<String, Long> facet(String facetId) {
    WebElement group = visible(By.id("facet-" + facetId));
    Map<String, Long> values = new LinkedHashMap<>();
    for (WebElement checkbox : group.findElements(By.tagName("vaadin-checkbox"))) {
      Matcher value = FACET_VALUE.matcher(textOf(checkbox));
      if (value.matches()) {
        values.put(value.group(1), Long.parseLong(value.group(2)));
      }
    }
    return values;
  }

  /** The facet values that are ticked, by label. */
  public List<String> selected(String facetId) {
    WebElement group = visible(By.id("facet-" + facetId));
    return group.findElements(By.cssSelector("vaadin-checkbox[checked]")).stream()
        .map(checkbox -> FACET_VALUE.matcher(textOf(checkbox)))
        .filter(Matcher::matches)
        .map(value -> value.group(1))
        .toList();
  }

  /** Ticks or unticks a facet value by its label and waits for the narrowed search. */
  public PrecedentSearchPage toggle(String facetId, String valueLabel) {
    WebElement checkbox =
        wait.until(
            ignored ->
                visible(By.id("facet-" + facetId))
                    .findElements(By.tagName("vaadin-checkbox"))
                    .stream()
                    .filter(candidate -> textOf(candidate).startsWith(valueLabel + " ("))
                    .findFirst()
                    .orElse(null));
    updates(() -> click(checkbox.findElement(By.tagName("input"))));
    return this;
  }

  /** The lowest and highest value a range slider spans and the values chosen. */
  public Slider slider(String rangeId) {
    WebElement slider = visible(By.id("range-" + rangeId));
    WebElement from = slider.findElement(By.cssSelector("input.range-min"));
    WebElement to = slider.findElement(By.cssSelector("input.range-max"));
    return new Slider(
        Double.parseDouble(from.getDomAttribute("min")),
        Double.parseDouble(from.getDomAttribute("max")),
        Double.parseDouble(from.getDomProperty("value")),
        Double.parseDouble(to.getDomProperty("value")),
        textOf(slider.findElement(By.className("range-values"))));
  }

  /** Drags the slider's lower thumb to the value and waits for the narrowed search. */
  public PrecedentSearchPage dragLowest(String rangeId, double value) {
    return drag(rangeId, "input.range-min", value);
  }

  /** Drags the slider's upper thumb to the value and waits for the narrowed search. */
  public PrecedentSearchPage dragHighest(String rangeId, double value) {
    return drag(rangeId, "input.range-max", value);
  }

  /** Charts the distribution of a term, chosen by its label in the list. */
  public PrecedentSearchPage chart(String termLabel) {
    WebElement select = clickable(By.id("precedent-histogram-field"));
    updates(
        () -> {
          click(select);
          wait.until(
                  ignored ->
                      driver.findElements(By.tagName("vaadin-select-item")).stream()
                          .filter(item -> item.isDisplayed() && textOf(item).startsWith(termLabel))
                          .findFirst()
                          .orElse(null))
              .click();
        });
    visible(By.id("precedent-histogram"));
    return this;
  }

  /** The count of each bar of the chart, left to right. */
  public List<Long> histogramCounts() {
    return visible(By.id("precedent-histogram"))
        .findElements(By.cssSelector(".histogram-bar"))
        .stream()
        .map(bar -> Long.parseLong(bar.getDomAttribute("data-count")))
        .toList();
  }

  /** The chart's title for screen readers. */
  public String histogramTitle() {
    return textOf(visible(By.id("precedent-histogram")).findElement(By.id("histogram-title")));
  }

  /** Shows the next page of hits. */
  public PrecedentSearchPage nextPage() {
    updates(() -> click(By.id("precedent-next")));
    return this;
  }

  public PrecedentSearchPage previousPage() {
    updates(() -> click(By.id("precedent-previous")));
    return this;
  }

  /** Goes back in the browser's history, to the search shown before. */
  public PrecedentSearchPage back() {
    updates(() -> driver.navigate().back());
    return this;
  }

  /** The CSV the export link downloads. */
  public String exportedCsv() {
    WebElement link = visible(By.id("precedent-export"));
    return String.valueOf(((JavascriptExecutor) driver).executeAsyncScript(FETCH_EXPORT, link));
  }

  /** Why the search could not run, as the page says it. */
  public String error() {
    return textOf(visible(By.id("precedent-error")));
  }

  /** What the page says when nothing matches. */
  public String emptyState() {
    return textOf(visible(By.id("precedent-empty")));
  }

  /** Opens a hit's deal from its title. */
  public DealPage open(PrecedentHit hit) {
    WebElement title =
        wait.until(
            ignored ->
                driver.findElements(By.cssSelector("#precedent-results .precedent-title")).stream()
                    .filter(link -> textOf(link).equals(hit.title()))
                    .findFirst()
                    .orElse(null));
    click(title);
    return new DealPage(driver);
  }

  private PrecedentSearchPage drag(String rangeId, String thumb, double value) {
    WebElement input = visible(By.id("range-" + rangeId)).findElement(By.cssSelector(thumb));
    updates(() -> ((JavascriptExecutor) driver).executeScript(DRAG_THUMB, input, plain(value)));
    return this;
  }

  /** Does what changes the search and waits until the page shows its outcome. */
  private void updates(Runnable action) {
    List<WebElement> shown = driver.findElements(By.id("precedent-results"));
    List<WebElement> before =
        shown.isEmpty() ? List.of() : shown.get(0).findElements(By.xpath("./*"));
    action.run();
    before.forEach(old -> wait.until(ExpectedConditions.stalenessOf(old)));
    waitUntilShown();
  }

  private void waitUntilShown() {
    wait.until(
        ignored ->
            !driver.findElements(By.id("precedent-count")).isEmpty()
                || !driver.findElements(By.id("precedent-error")).isEmpty());
    waitUntilServerIdle();
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private static PrecedentHit hit(WebElement card) {
    List<WebElement> clause = card.findElements(By.className("precedent-clause"));
    return new PrecedentHit(
        textOf(card.findElement(By.className("precedent-title"))),
        textOf(card.findElement(By.className("outcome"))),
        clause.isEmpty() ? "" : textOf(clause.get(0)),
        card.findElements(By.cssSelector(".precedent-fragment")).stream()
            .map(VaadinPage::textOf)
            .toList(),
        card.findElements(By.cssSelector(".precedent-fragment mark")).stream()
            .map(VaadinPage::textOf)
            .toList(),
        card.findElements(By.cssSelector(".term-chip")).stream().map(VaadinPage::textOf).toList());
  }

  /**
   * One hit as shown.
   *
   * @param outcome the deal's outcome badge, e.g. "Signed"
   * @param clause the clause's number and heading; empty for a deal hit
   * @param fragments the text of each matching passage
   * @param highlighted the words inside {@code <mark>} in those passages
   * @param terms the chips of the terms extracted from the clause, e.g. "Breach notice: 72 hours"
   */
  public record PrecedentHit(
      String title,
      String outcome,
      String clause,
      List<String> fragments,
      List<String> highlighted,
      List<String> terms) {}

  /**
   * A range slider as shown.
   *
   * @param values the chosen range in words, e.g. "24 – 72 hours"
   */
  public record Slider(double lowest, double highest, double from, double to, String values) {}
}
