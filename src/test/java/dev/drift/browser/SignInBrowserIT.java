package dev.drift.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.drift.DriftTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Signs in with each kind of demo account in headless Chromium (Debian's chromium and
 * chromedriver). Without them the test is skipped on a developer's machine and fails in
 * CI.
 */
@DriftTest
class SignInBrowserIT {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = headless("412,915");
	}

	/**
	 * Headless Chromium with a window of the given size ({@code "width,height"}); the
	 * class's tests are skipped without Chromium, except in CI, where it is required.
	 */
	static WebDriver headless(String windowSize, String... extraArguments) {
		boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!available && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("Chromium and chromedriver are required in CI");
		}
		assumeTrue(available, "Chromium and chromedriver are not installed");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
					"--window-size=" + windowSize)
			.addArguments(extraArguments);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}

	/**
	 * Makes the browser's window a phone's, 390 × 844 (headless Chromium keeps a window
	 * at least 500 px wide whatever {@code --window-size} says, so the size is emulated).
	 */
	static void phone(WebDriver driver) {
		((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@ParameterizedTest(name = "{0} signs in and lands on the {1} page")
	@CsvSource({ "admin@demo.drift, Clinic overview", "therapist@demo.drift, 'Hello, Maya Thompson'",
			"client@demo.drift, 'Hello, Emma Clarke'" })
	void aDemoAccountSignsInOnAPhoneSizedScreen(String email, String heading) {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + this.port + "/login");

		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys("drift-demo");
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.or(ExpectedConditions.urlMatches("/home$"), ExpectedConditions.urlContains("/login?")));

		assertThat(browser.getCurrentUrl()).endsWith("/home");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
	}

	@Test
	void aWrongPasswordShowsOneMessageForAnyMistake() {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + this.port + "/login");

		browser.findElement(By.id("username")).sendKeys("client2@demo.drift");
		browser.findElement(By.id("password")).sendKeys("not-the-password");
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("error"));

		assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
			.isEqualTo("That email and password do not match an account.");
	}

}
