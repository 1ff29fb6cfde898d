package dev.signoff.ui.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A view inside the main layout: it shows who is signed in and offers logout. */
public abstract class SignoffPage extends VaadinPage {

  protected SignoffPage(WebDriver driver) {
    super(driver);
  }

  /** The header line with the user name and groups, e.g. "legal · Legal". */
  public String currentUser() {
    return textOf(visible(By.id("current-user")));
  }

  /**
   * Chooses a file in the contract upload, as a user does in the file dialog, and waits until the
   * server reports it received.
   */
  protected void chooseContractFile(Path file) {
    WebElement upload = visible(By.id("contract-upload"));
    WebElement fileInput = inLightOrShadowDom(upload, By.cssSelector("input[type=file]"));
    fileInput.sendKeys(file.toAbsolutePath().toString());
    String name = file.getFileName().toString();
    wait.until(
        ignored -> {
          String status = textOf(visible(By.id("contract-upload-status")));
          return status.startsWith(name) && status.endsWith("ready.");
        });
  }

  /** Logs out; the browser lands on the identity provider's login form. */
  public LoginPage logOut() {
    clickable(By.id("logout")).click();
    return new LoginPage(driver);
  }
}
