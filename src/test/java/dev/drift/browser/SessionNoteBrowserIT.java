package dev.drift.browser;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.MutableClock;
import dev.drift.ScreenedClients;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.TestPeople.TestClinic;
import dev.drift.booking.Booking;
import dev.drift.booking.BookingRequest;
import dev.drift.intake.Intake;
import dev.drift.people.People;
import dev.drift.screening.Pressure;
import dev.drift.sessions.NoteContent;
import dev.drift.sessions.NoteStatus;
import dev.drift.sessions.NoteView;
import dev.drift.sessions.Sessions;
import dev.drift.sessions.Technique;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A therapist on a tablet-sized screen (820×1180) in headless Chromium: marks a started
 * appointment attended from the home page, fills the note by tapping the body map (an
 * avoided area cannot be chosen), confirms the screening's modifications and signs it.
 */
@DriftTest
class SessionNoteBrowserIT {

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
	Booking booking;

	@Autowired
	Sessions sessions;

	@Autowired
	MutableClock clock;

	@BeforeAll
	static void startBrowser() {
		browser = SignInBrowserIT.headless("820,1180");
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theTherapistMarksAttendanceFillsTheNoteOnTheBodyMapAndSignsIt() {
		TestClinic clinic = this.people.newClinic();
		Person therapist = this.people.newTherapist(clinic, "Tess Tablet");
		Person client = this.people.newClient(clinic.id(), "Bea Bodymap");
		ScreenedClients.screened(this.intake, clinic.admin().actor(),
				this.directory.client(clinic.admin().actor(), client.clientId()),
				"{\"pressure_preference\": \"P2\", \"local_issues\": [{\"kind\": \"wound\", \"area\": \"left_calf\","
						+ " \"severity\": \"minor\"}]}");
		this.clock.advance(Duration.ofHours(2));
		UUID appointment = this.booking
			.recordHeld(clinic.admin().actor(),
					new BookingRequest(client.clientId(), therapist.actor().therapistId(), "massage-60",
							this.clock.instant().minus(Duration.ofMinutes(50)), null))
			.appointment()
			.id();

		signIn(therapist.email());
		WebElement row = new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#sessions-day [data-appointment='" + appointment + "']")));
		assertThat(row.getText()).contains("Bea Bodymap", "Pressure up to light", "P2",
				"Left lower leg (calf and shin)");
		row.findElement(By.cssSelector("button.button:not(.secondary)")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlMatches("/sessions/" + appointment + "$"));

		browser.findElement(By.id("map-back-upper_back")).click();
		browser.findElement(By.id("map-front-neck")).click();
		browser.findElement(By.id("map-back-left_calf")).click();
		assertThat(browser.findElement(By.id("area-upper_back")).isSelected()).isTrue();
		assertThat(browser.findElement(By.id("area-neck")).isSelected()).isTrue();
		assertThat(browser.findElement(By.id("area-left_calf")).isSelected()).isFalse();
		assertThat(browser.findElement(By.id("map-back-upper_back")).getAttribute("class")).contains("bm-chosen");
		new Select(browser.findElement(By.id("pressure-neck"))).selectByValue("P1");
		assertThat(new Select(browser.findElement(By.id("pressure-neck"))).getOptions()).extracting(WebElement::getText)
			.containsExactly("P0", "P1", "P2");

		check(By.id("technique-SWEDISH"));
		browser.findElement(By.id("minutes")).clear();
		browser.findElement(By.id("minutes")).sendKeys("50");
		check(By.id("driftOff-DRIFTED_OFF"));
		browser.findElement(By.id("asleepMinutes")).sendKeys("12");
		browser.findElement(By.id("homeAdvice")).sendKeys("Dim the lights an hour before bed");
		List<WebElement> confirmations = browser.findElements(By.cssSelector("input[name=confirmed]"));
		assertThat(confirmations).isNotEmpty();
		confirmations.forEach((box) -> check(box));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("autosave"), "Draft saved at"));

		browser.findElement(By.id("sign-note")).click();
		browser.switchTo().alert().accept();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("note-status"), "Signed"));
		assertThat(browser.findElement(By.cssSelector(".note-content")).getText()).contains("Swedish",
				"Dim the lights an hour before bed");

		NoteView note = this.sessions.note(therapist.actor(), appointment);
		assertThat(note.status()).isEqualTo(NoteStatus.SIGNED);
		assertThat(note.note().objective().areas()).containsExactlyInAnyOrder(
				new NoteContent.Area("upper_back", Pressure.P2), new NoteContent.Area("neck", Pressure.P1));
		assertThat(note.note().objective().techniques()).containsExactly(Technique.SWEDISH);
		assertThat(note.note().objective().minutes()).isEqualTo(50);
		assertThat(note.note().objective().confirmedModifications())
			.containsExactlyInAnyOrderElementsOf(note.mandatoryModifications());
	}

	private static void check(By by) {
		check(browser.findElement(by));
	}

	private static void check(WebElement box) {
		if (!box.isSelected()) {
			box.click();
		}
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
