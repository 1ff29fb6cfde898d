package dev.signoff.ui.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The board of every deal the user may see. */
public class DealsBoardPage extends SignoffPage {

  private static final String GRID = "deals-grid";

  DealsBoardPage(WebDriver driver) {
    super(driver);
    visible(By.id(GRID));
  }

  public static DealsBoardPage open(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "/deals");
    return new DealsBoardPage(driver);
  }

  /** Opens a deal from its row. */
  public DealPage openDeal(String title) {
    gridCell(GRID, title).click();
    return new DealPage(driver);
  }
}
