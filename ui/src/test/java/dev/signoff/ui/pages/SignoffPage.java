package dev.signoff.ui.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A view inside the main layout: it shows who is signed in and offers logout. */
public abstract class SignoffPage extends VaadinPage {

  protected SignoffPage(WebDriver driver) {
    super(driver);
  }

  /** The header line with the user name and groups, e.g. "legal · Legal". */
  public String currentUser() {
    return textOf(visible(By.id("current-user")));
  }

  /** Logs out; the browser lands on the identity provider's login form. */
  public LoginPage logOut() {
    clickable(By.id("logout")).click();
    return new LoginPage(driver);
  }
}
