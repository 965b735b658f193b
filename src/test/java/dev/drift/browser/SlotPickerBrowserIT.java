package dev.drift.browser;

import java.time.Duration;
import java.util.List;

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
 * Issue 17 defect 6 on a phone (390 × 844): the slot picker's other times are a compact
 * list, a heading per day with its times side by side, not a wall of one card per slot;
 * nothing scrolls sideways.
 */
@DriftTest
class SlotPickerBrowserIT {

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
	void theOtherTimesOfAWeekAreACompactListThatFitsAPhone() {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("client@demo.drift");
		browser.findElement(By.id("password")).sendKeys("drift-demo");
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/home$"));

		SignInBrowserIT.phone(browser);
		browser.get(url("/booking/slots?service=massage-60&week=1"));
		@SuppressWarnings("unchecked")
		List<Number> measured = (List<Number>) ((JavascriptExecutor) browser).executeScript(
				"""
						var days = document.querySelectorAll('.slot-day');
						var times = document.querySelectorAll('.slot-times a');
						var height = 0;
						days.forEach(function (d) { height += d.getBoundingClientRect().height; });
						return [document.documentElement.scrollWidth, window.innerWidth, times.length, height,
						  document.querySelectorAll('.slot-times').length ? getComputedStyle(document.querySelector('.slot-times')).gridTemplateColumns.split(' ').length : 0];""");

		assertThat(measured.get(1).intValue()).isEqualTo(390);
		assertThat(measured.get(0).intValue()).as("page width").isLessThanOrEqualTo(390);
		assertThat(measured.get(2).intValue()).as("other times in the week").isGreaterThan(4);
		assertThat(measured.get(4).intValue()).as("times side by side").isGreaterThanOrEqualTo(2);
		// a card per slot took about 95 px; side by side a slot takes well under half of
		// that
		assertThat(measured.get(3).doubleValue() / measured.get(2).intValue()).as("px of height per slot")
			.isLessThan(45);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
