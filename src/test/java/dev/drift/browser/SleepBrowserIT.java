package dev.drift.browser;

import java.time.Duration;

import dev.drift.DriftTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo client's diary and sleep pages in headless Chromium on a phone-sized screen:
 * the diary saves once its measurements are answered (the clock times come from the
 * schedule) and shows the computed night; the chart is drawn by Chart.js from the JSON
 * endpoint under the page's Content-Security-Policy; at 390 px nothing scrolls sideways.
 */
@DriftTest
class SleepBrowserIT {

	static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = SignInBrowserIT.headless("390,844");
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theDemoClientAnswersLastNightAndSeesTheChart() {
		signIn("client@demo.drift");

		browser.get(url("/me/diary"));
		browser.findElement(By.id("solMinutes")).sendKeys("20");
		browser.findElement(By.id("awakenings")).sendKeys("1");
		browser.findElement(By.id("wasoMinutes")).sendKeys("15");
		browser.findElement(By.cssSelector("input[name=quality][value='4']")).click();
		browser.findElement(By.cssSelector("form.diary-form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/me/diary?date="));
		assertThat(browser.findElement(By.cssSelector(".night-result .figures")).getText()).contains("Asleep",
				"Sleep efficiency");

		browser.get(url("/me/sleep"));
		Long points = new WebDriverWait(browser, Duration.ofSeconds(15)).until((driver) -> {
			Object count = ((JavascriptExecutor) driver).executeScript("""
					var chart = window.Chart && Chart.getChart(document.getElementById('sleep-chart'));
					return chart ? chart.data.labels.length : null;""");
			return (count instanceof Long n && n > 0) ? n : null;
		});
		assertThat(points).isBetween(1L, 14L);
		assertThat(browser.findElements(By.cssSelector("table.nights tbody tr"))).hasSize(points.intValue());
	}

	@Test
	void theSleepPageFitsAPhoneWithoutSidewaysScrolling() {
		signIn("client@demo.drift");
		SignInBrowserIT.phone(browser);

		browser.get(url("/me/sleep"));
		@SuppressWarnings("unchecked")
		java.util.List<Number> widths = (java.util.List<Number>) ((JavascriptExecutor) browser)
			.executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");

		assertThat(widths.get(1).intValue()).isEqualTo(390);
		assertThat(widths.get(0).intValue()).as("page width at 390 px").isLessThanOrEqualTo(390);
	}

	private void signIn(String email) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys("drift-demo");
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/home$"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
