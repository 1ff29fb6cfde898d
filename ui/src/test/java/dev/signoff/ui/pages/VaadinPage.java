package dev.signoff.ui.pages;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page object needs from a Vaadin page: explicit waits, typing into Vaadin fields, grid
 * cells and notifications. A loaded page is not a rendered view, so every lookup waits.
 */
public abstract class VaadinPage {

  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static final String CLIENT_IDLE =
      """
      const flow = window.Vaadin && window.Vaadin.Flow;
      if (!flow || !flow.clients || flow.devServerIsNotLoaded) { return false; }
      return Object.values(flow.clients).every(client => !client.isActive || !client.isActive());
      """;

  protected final WebDriver driver;
  protected final WebDriverWait wait;

  protected VaadinPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, TIMEOUT);
    // Vaadin replaces elements as views and components update; look them up again.
    this.wait.ignoring(StaleElementReferenceException.class);
  }

  /**
   * The element once it is rendered and shown, scrolled into view first: the driver counts an
   * element scrolled above the top of the layout's scrolling area as hidden.
   */
  protected WebElement visible(By locator) {
    return wait.until(
        ignored -> {
          List<WebElement> found = driver.findElements(locator);
          if (found.isEmpty()) {
            return null;
          }
          WebElement element = found.get(0);
          if (!element.isDisplayed()) {
            scrollIntoView(element);
          }
          return element.isDisplayed() ? element : null;
        });
  }

  protected WebElement clickable(By locator) {
    return wait.until(ExpectedConditions.elementToBeClickable(locator));
  }

  /**
   * Scrolls the element to the middle of its scrolling container and clicks it. The views scroll
   * inside the app layout, where the driver's own scrolling can leave a long page's lower elements
   * out of view.
   */
  protected void click(WebElement element) {
    scrollIntoView(element);
    element.click();
  }

  private void scrollIntoView(WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});",
            element);
  }

  /** Waits until the element can be clicked, then clicks it as {@link #click(WebElement)}. */
  protected void click(By locator) {
    click(clickable(locator));
  }

  protected void waitUntilServerIdle() {
    wait.until(
        ignored -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(CLIENT_IDLE)));
  }

  /**
   * Types into a vaadin-text-field or vaadin-text-area: the input element is slotted in its light
   * DOM. Leaving the field sends the value to the server.
   */
  protected void type(String fieldId, String text) {
    WebElement field = visible(By.id(fieldId));
    WebElement input = field.findElement(By.cssSelector("input, textarea"));
    input.clear();
    input.sendKeys(text);
  }

  /** A text as the DOM holds it, also for elements that are slotted into a shadow root. */
  protected static String textOf(WebElement element) {
    String text = element.getDomProperty("textContent");
    return text == null ? "" : text.strip();
  }

  private static final String GRID_ROWS_RENDERED =
      """
      const grid = arguments[0];
      if (grid.hasAttribute('loading') || !grid.shadowRoot) { return false; }
      const rows = Array.from(grid.shadowRoot.querySelectorAll('#items tr:not([hidden])'));
      return rows.length > 0 && rows.every(row => {
        const slot = row.querySelector('td slot');
        const content = slot && slot.assignedElements()[0];
        return content && content.textContent.trim() !== '';
      });
      """;

  /**
   * Waits until a grid shows its rows with their text: the grid element exists before its data
   * arrives, and rows are rendered after that.
   */
  protected void waitUntilGridRendered(String gridId) {
    WebElement grid = visible(By.id(gridId));
    wait.until(
        ignored ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript(GRID_ROWS_RENDERED, grid)));
  }

  /** The cell of a grid whose text is exactly {@code text}, once the grid has rendered it. */
  protected WebElement gridCell(String gridId, String text) {
    return wait.until(ignored -> findGridCell(gridId, text).orElse(null));
  }

  /** The cell whose text is exactly {@code text}, if the grid is there and shows it now. */
  protected Optional<WebElement> findGridCell(String gridId, String text) {
    List<WebElement> grids = driver.findElements(By.id(gridId));
    if (grids.isEmpty()) {
      return Optional.empty();
    }
    return grids.get(0).findElements(By.tagName("vaadin-grid-cell-content")).stream()
        .filter(cell -> text.equals(textOf(cell)))
        .findFirst();
  }

  /** Waits for a notification that contains {@code text} and returns its text. */
  protected String notificationContaining(String text) {
    return wait.until(
        ignored ->
            driver.findElements(By.tagName("vaadin-notification-card")).stream()
                .map(VaadinPage::textOf)
                .filter(message -> message.contains(text))
                .findFirst()
                .orElse(null));
  }

  /** The element in the light DOM of {@code host}, or else in its shadow root. */
  protected static WebElement inLightOrShadowDom(WebElement host, By locator) {
    List<WebElement> light = host.findElements(locator);
    if (!light.isEmpty()) {
      return light.get(0);
    }
    SearchContext shadow = host.getShadowRoot();
    return shadow.findElement(locator);
  }
}
