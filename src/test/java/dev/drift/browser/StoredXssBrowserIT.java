package dev.drift.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.drift.DriftTest;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.TestPeople.TestClinic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored XSS: names holding script and event-handler payloads (clients' names, a
 * therapist's name) are rendered on the pages that show them, in headless Chromium, as
 * staff and as the client. Every payload would count itself in {@code window.__xss} if it
 * ran; the count stays 0, and no payload reaches the DOM as markup (so the escaping holds
 * even without the Content-Security-Policy).
 */
@DriftTest
class StoredXssBrowserIT {

	static final List<String> PAYLOADS = List.of("<script>window.__xss=(window.__xss||0)+1</script>",
			"\"><img src=x onerror=\"window.__xss=(window.__xss||0)+1\">",
			"<svg onload=window.__xss=(window.__xss||0)+1>", "'-(window.__xss=(window.__xss||0)+1)-'",
			"<a href=\"javascript:window.__xss=1\">x</a>");

	static final List<String> MARKUP = List.of("<script>window.__xss", "<img src=\"x\" onerror", "<svg onload",
			"<a href=\"javascript:window.__xss");

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@BeforeAll
	static void startBrowser() {
		browser = SignInBrowserIT.headless("1280,900");
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void noStoredPayloadRunsOnAnyPageThatShowsIt() {
		TestClinic clinic = this.people.newClinic();
		Person therapist = this.people.newTherapist(clinic, PAYLOADS.get(2));
		List<Person> clients = new ArrayList<>();
		for (String payload : PAYLOADS) {
			clients.add(this.people.newClient(clinic.id(), payload));
		}
		List<String> staffPages = new ArrayList<>(List.of("/home", "/clients", "/admin/staff", "/admin/therapists"));
		clients.forEach((client) -> staffPages.add("/clients/" + client.clientId().value()));

		int executions = 0;
		int pages = 0;
		List<String> markup = new ArrayList<>();
		for (Person viewer : List.of(clinic.admin(), therapist)) {
			signIn(viewer.email());
			for (String page : staffPages) {
				executions += render(page, markup);
				pages++;
			}
		}
		for (Person client : clients) {
			signIn(client.email());
			for (String page : List.of("/home", "/me/profile", "/account")) {
				executions += render(page, markup);
				pages++;
			}
		}

		System.out.println("Stored XSS: " + PAYLOADS.size() + " payloads, " + pages + " page views, " + executions
				+ " script executions");
		assertThat(executions).isZero();
		assertThat(markup).isEmpty();
	}

	private int render(String page, List<String> markup) {
		browser.get("http://localhost:" + this.port + page);
		String source = browser.getPageSource();
		MARKUP.stream().filter(source::contains).forEach((found) -> markup.add(page + ": " + found));
		Object count = ((JavascriptExecutor) browser).executeScript("return window.__xss || 0;");
		return ((Number) count).intValue();
	}

	private void signIn(String email) {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + this.port + "/login");
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(TestPeople.PASSWORD);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches("/home$"));
	}

}
