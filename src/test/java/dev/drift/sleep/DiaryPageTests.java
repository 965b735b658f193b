package dev.drift.sleep;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import dev.drift.DriftTest;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.people.ClientId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class DiaryPageTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestPeople people;

	Http http;

	ClientId client;

	@BeforeEach
	void setUp() {
		Person dee = this.people.newClient(this.people.demoClinic(), "Dee Diary");
		this.client = dee.clientId();
		this.http = dee.signedIn(this.port);
		this.clock.set(Instant.parse("2031-07-10T06:30:00Z"));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aClientRecordsLastNightOnOneScreenAndSeesTheComputedNight() {
		HttpResponse<String> page = this.http.get("/me/diary");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("value=\"22:15\"", "value=\"2031-07-10\"", "not recorded");

		HttpResponse<String> saved = this.http.form("/me/diary", form("23:00", "20", "1", "15", "06:45"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/me/diary?date=2031-07-10");

		String after = this.http.get("/me/diary?date=2031-07-10").body();
		assertThat(after).contains("Saved.", "Asleep 7 h 10 min", "Sleep efficiency 92.47 %", "Update my night");
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void theNextMorningNeverCopiesThePreviousNight() {
		this.http.form("/me/diary", form("23:40", "20", "1", "15", "06:45"));
		this.clock.set(Instant.parse("2031-07-11T06:30:00Z"));

		String page = this.http.get("/me/diary").body();

		assertThat(page).contains("value=\"2031-07-11\"", "Save my night", "suggested from your usual sleep schedule");
		assertThat(page).doesNotContain("value=\"23:40\"");
		assertThat(value(page, "intoBed")).isEqualTo("22:15");
		assertThat(value(page, "solMinutes")).isEmpty();
		assertThat(value(page, "awakenings")).isEmpty();
		assertThat(value(page, "wasoMinutes")).isEmpty();
		assertThat(page).doesNotContain("name=\"quality\" value=\"4\" checked");
	}

	@Test
	void aFirstNightStartsWithEmptyMeasurementsThatMustBeAnswered() {
		String page = this.http.get("/me/diary").body();
		assertThat(value(page, "solMinutes")).isEmpty();
		assertThat(value(page, "awakenings")).isEmpty();
		assertThat(value(page, "wasoMinutes")).isEmpty();
		assertThat(page).doesNotContain("checked=\"checked\" name=\"quality\"").contains("suggested from");

		Map<String, Object> blank = form("23:00", "", "", "", "06:45");
		blank.remove("quality");
		HttpResponse<String> response = this.http.form("/me/diary", blank);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Minutes to fall asleep: enter how many minutes",
				"Times woke up: enter how many times", "Minutes awake in the night: enter the minutes",
				"How well did you sleep: choose one of the five answers");
		assertThat(rows()).isZero();
	}

	@Test
	void aDateOutsideTheEditableWindowShowsAMessageNotTodaysForm() {
		String old = this.http.get("/me/diary?date=2031-06-01").body();
		String future = this.http.get("/me/diary?date=2031-07-20").body();

		assertThat(old).contains("outside the last 7 days").doesNotContain("name=\"solMinutes\"");
		assertThat(future).contains("has not ended yet").doesNotContain("name=\"solMinutes\"");
		assertThat(old).doesNotContain("value=\"2031-07-10\"");
	}

	private static String value(String page, String field) {
		java.util.regex.Matcher m = java.util.regex.Pattern
			.compile("<input[^>]*name=\"" + field + "\"[^>]*value=\"([^\"]*)\"")
			.matcher(page);
		assertThat(m.find()).as(field).isTrue();
		return m.group(1);
	}

	@Test
	void anInvalidNightShowsTheFieldMessageAndIsNotStored() {
		HttpResponse<String> response = this.http.form("/me/diary", form("23:00", "200", "3", "400", "05:00"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("add up to more than", "wasoMinutes-error");
		assertThat(rows()).isZero();
		HttpResponse<String> typo = this.http.form("/me/diary", form("2300", "x", "1", "15", "06:45"));
		assertThat(typo.body()).contains("Enter a time as HH:mm", "Enter a whole number");
		assertThat(rows()).isZero();
	}

	@Test
	void aWarningIsShownAndTheNightIsSaved() {
		this.http.form("/me/diary", form("23:00", "20", "0", "30", "06:45"));

		assertThat(this.http.get("/me/diary").body()).contains("no awakenings");
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void craftedPostsGetMessagesNeverAnError() {
		String csrf = this.http.csrf("/me/diary");
		HttpResponse<String> empty = this.http.form("/me/diary", Map.of("_csrf", csrf));
		HttpResponse<String> badDate = this.http.form("/me/diary", Map.of("_csrf", csrf, "diaryDate", "2031-02-30"));
		Map<String, Object> old = form("23:00", "20", "1", "15", "06:45");
		old.put("diaryDate", "2031-06-01");
		HttpResponse<String> closed = this.http.form("/me/diary", old);
		HttpResponse<String> reminder = this.http.form("/me/diary/reminder", Map.of("_csrf", csrf, "time", "25:99"));

		assertThat(empty.statusCode()).isEqualTo(badDate.statusCode()).isEqualTo(closed.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("Choose one of the last 7 days");
		assertThat(closed.body()).contains("Nights can be recorded for the last 7 days");
		assertThat(reminder.statusCode()).isEqualTo(302);
		assertThat(rows()).isZero();
	}

	@Test
	void theClientChoosesTheReminderTime() {
		assertThat(this.http.get("/me/diary").body()).contains("value=\"08:00\"");

		HttpResponse<String> saved = this.http.form("/me/diary/reminder",
				Map.of("_csrf", this.http.csrf("/me/diary"), "time", "06:45", "enabled", "true"));

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.http.get("/me/diary").body()).contains("value=\"06:45\"");
		assertThat(this.jdbc.sql("select next_reminder_at from sleep_client_setting where client_id = :c")
			.param("c", this.client.value())
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant()).isEqualTo(Instant.parse("2031-07-11T05:45:00Z"));
	}

	private long rows() {
		return this.jdbc.sql("select count(*) from sleep_diary_entry where client_id = :c")
			.param("c", this.client.value())
			.query(Long.class)
			.single();
	}

	@Test
	void aTooLongMedicationInTheCollapsedEveningSectionIsMarkedBesideItsFieldAndTheSectionOpens() {
		Map<String, Object> form = form("23:00", "20", "1", "15", "06:45");
		form.put("sleepMedication", "m".repeat(201));

		HttpResponse<String> page = this.http.form("/me/diary", form);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("<details class=\"evening\" open", "Sleep medication: write at most 200 characters",
					"id=\"sleepMedication-error\"")
			.doesNotContain("This value is out of range");
	}

	private Map<String, Object> form(String intoBed, String sol, String awakenings, String waso, String up) {
		Map<String, Object> form = new HashMap<>();
		form.put("_csrf", this.http.csrf("/me/diary"));
		form.put("diaryDate", "2031-07-10");
		form.put("intoBed", intoBed);
		form.put("triedToSleep", intoBed);
		form.put("solMinutes", sol);
		form.put("awakenings", awakenings);
		form.put("wasoMinutes", waso);
		form.put("finalAwakening", up);
		form.put("outOfBed", up);
		form.put("quality", "4");
		form.put("wokeEarlier", "false");
		form.put("caffeineDrinks", "1");
		form.put("caffeineLast", "14:00");
		return form;
	}

}
