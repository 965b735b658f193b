package dev.drift.browser;

import java.time.Duration;
import java.util.List;

import dev.drift.DriftTest;
import dev.drift.ScreenedClients;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.intake.Intake;
import dev.drift.people.People;
import dev.drift.selfcare.RoutineLog;
import dev.drift.selfcare.SelfCare;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 2: on a phone-sized window (412 × 915) a screened client answers the foot
 * check, runs the short routine at a test speed under the page's Content-Security-Policy,
 * pauses (the countdown stands still), reloads the page and resumes at the same step,
 * lets it run to the bedtime screen and saves the log, which is stored.
 */
@DriftTest
class RoutineBrowserIT {

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	People directory;

	@Autowired
	Intake intake;

	@Autowired
	SelfCare selfCare;

	@BeforeAll
	static void startBrowser() {
		browser = SignInBrowserIT.headless("412,915", "--autoplay-policy=no-user-gesture-required");
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theClientRunsAShortenedRoutinePausesResumesAfterAReloadAndTheLogIsStored() throws Exception {
		Person client = this.people.newClient();
		ScreenedClients.cleared(this.intake, this.people.actor("admin@demo.drift"),
				this.directory.findClient(client.clientId()).orElseThrow());
		signIn(client.email());

		// 620 s at 40 times the speed: about 15 s
		browser.get(url("/me/routine?variant=short_10&speed=40"));
		for (String question : List.of("skin", "inflamed", "calf")) {
			browser.findElement(By.id(question + "-no")).click();
		}
		browser.findElement(By.id("self-check-start")).click();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.until((driver) -> currentStep() >= 3);

		button("toggle").click();
		int paused = currentStep();
		String shown = countdown();
		Thread.sleep(1500);
		assertThat(currentStep()).isEqualTo(paused);
		assertThat(countdown()).isEqualTo(shown);

		browser.navigate().refresh();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".player-resumed")));
		assertThat(currentStep()).isEqualTo(paused);
		assertThat(browser.findElement(By.cssSelector(".player-step.current h2")).getText()).isNotBlank();

		button("toggle").click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("log-form")));
		new Select(browser.findElement(By.id("relaxation"))).selectByValue("8");
		browser.findElement(By.cssSelector("#log-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Sleep well"));

		List<RoutineLog> logs = this.selfCare.logs(client.actor(), client.clientId());
		assertThat(logs).hasSize(1);
		RoutineLog log = logs.get(0);
		assertThat(log.variant()).isEqualTo("short_10");
		assertThat(log.completed()).isTrue();
		assertThat(log.relaxation()).isEqualTo(8);
		assertThat(log.seconds()).isBetween(560, 640);
		Object stored = ((JavascriptExecutor) browser).executeScript(
				"return window.localStorage.getItem('drift.routine." + client.clientId().value() + ".short_10');");
		assertThat(stored).isNull();
	}

	private int currentStep() {
		Object index = ((JavascriptExecutor) browser).executeScript("""
				var steps = Array.prototype.slice.call(document.querySelectorAll('.player-step'));
				return steps.findIndex(function (s) { return s.classList.contains('current'); });""");
		return ((Long) index).intValue();
	}

	private String countdown() {
		return browser.findElement(By.cssSelector(".countdown")).getText();
	}

	private WebElement button(String action) {
		return browser.findElement(By.cssSelector("[data-action=" + action + "]"));
	}

	private void signIn(String email) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(TestPeople.PASSWORD);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/home$"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
