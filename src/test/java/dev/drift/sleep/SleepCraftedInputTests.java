package dev.drift.sleep;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.TestPeople;
import dev.drift.accounts.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crafted input never answers 500 on a sleep endpoint or page form: wrong types, nulls,
 * huge numbers, impossible dates and zones, missing or non-object bodies. Every refusal
 * is a 4xx with a problem code (API) or a page with messages.
 */
@DriftTest
class SleepCraftedInputTests {

	/** client20's API token, issued once for the whole class (see {@link #token()}). */
	static String CLIENT;

	static final String NIGHT = """
			{"diaryDate":"2020-01-10","timeZone":"Europe/London","intoBed":"23:00","triedToSleep":"23:00",
			 "solMinutes":10,"awakenings":1,"wasoMinutes":10,"finalAwakening":"07:00","outOfBed":"07:00","quality":3}""";

	static final String[] WHOLE_BODIES = { "", " ", "null", "[]", "[{}]", "\"text\"", "42", "true", "{", "{}",
			"{\"a\":", "{\"nights\":null}", "{\"nights\":\"x\"}", "{\"nights\":[null]}", "{\"nights\":[1,2]}",
			"{\"nights\":[[]]}", "{\"nights\":{}}", "{\"items\":null}", "{\"items\":[]}", "{\"items\":\"x\"}",
			"{\"items\":{\"fallingAsleep\":\"1e999999999\"}}", "{\"items\":{\"fallingAsleep\":1e999999999}}",
			"{\"items\":{\"fallingAsleep\":-1e-999999999}}", "{\"baselineTotal\":1e400,\"followUpTotal\":3}",
			"{\"baselineTotal\":\"abc\",\"followUpTotal\":null}", "{\"baselineTotal\":99999999999999999999}",
			"{\"baselineTotal\":2.5,\"followUpTotal\":-3}", "{\"q4SleepHours\":1e999999999}",
			"{\"q4SleepHours\":-1e-999999999,\"q2LatencyMinutes\":1e308}", "{\"q1BedTime\":{},\"q3GetUpTime\":[]}",
			"{\"q5a\":true,\"q5jText\":12,\"q10\":{}}" };

	/** Field overrides applied to a valid night: each one alone. */
	static final String[][] NIGHT_FIELDS = { { "diaryDate", "null" }, { "diaryDate", "\"0000-00-00\"" },
			{ "diaryDate", "\"+999999999-12-31\"" }, { "diaryDate", "\"-999999999-01-01\"" }, { "diaryDate", "12" },
			{ "diaryDate", "[]" }, { "timeZone", "\"Mars/Base\"" }, { "timeZone", "\"../../etc/passwd\"" },
			{ "timeZone", "\"+99:00\"" }, { "timeZone", "\"GMT+25\"" }, { "timeZone", "\"\"" }, { "timeZone", "{}" },
			{ "intoBed", "\"25:99\"" }, { "intoBed", "\"2020-01-09T23:00:00+25:00\"" },
			{ "intoBed", "\"+999999999-01-01T00:00:00Z\"" }, { "intoBed", "\"-999999999-01-01T00:00:00Z\"" },
			{ "intoBed", "\"2020-01-09T23:00:00\"" }, { "intoBed", "\"\"" }, { "intoBed", "1" },
			{ "outOfBed", "\"2999-01-01T00:00:00Z\"" }, { "solMinutes", "2147483647" }, { "solMinutes", "-2147483648" },
			{ "solMinutes", "99999999999999" }, { "solMinutes", "1e308" }, { "solMinutes", "\"ten\"" },
			{ "solMinutes", "1.5" }, { "awakenings", "2147483647" }, { "awakenings", "-1" },
			{ "wasoMinutes", "2147483647" }, { "wasoMinutes", "-2147483648" }, { "quality", "2147483647" },
			{ "quality", "-7" }, { "minutesTryingAfterFinalAwakening", "2147483647" },
			{ "minutesTryingAfterFinalAwakening", "-2147483648" }, { "wokeEarlierThanPlanned", "\"maybe\"" },
			{ "minutesEarlier", "2147483647" }, { "minutesEarlier", "-2147483648" }, { "napCount", "-2147483648" },
			{ "napMinutes", "2147483647" }, { "napMinutes", "-2147483648" }, { "alcoholDrinks", "2147483647" },
			{ "alcoholLast", "\"25:00\"" }, { "caffeineLast", "{}" },
			{ "sleepMedication", "\"" + "x".repeat(5000) + "\"" }, { "wantedMoreSleep", "3" } };

	static final String[] PER_BODY_PATHS = { "/api/v1/sleep-diary/metrics", "/api/v1/sleep-diary/summary",
			"/api/v1/instruments/psqi/score", "/api/v1/instruments/isi/score", "/api/v1/instruments/isi/change",
			"/clients/ME/diary", "/clients/ME/questionnaires/isi", "/clients/ME/questionnaires/psqi" };

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	TestPeople people;

	@BeforeEach
	void token() {
		if (CLIENT == null) {
			CLIENT = this.people.bearer("client20@demo.drift");
		}
	}

	static Stream<Arguments> craftedApiCalls() {
		List<Arguments> calls = new ArrayList<>();
		for (String path : PER_BODY_PATHS) {
			for (String body : WHOLE_BODIES) {
				calls.add(Arguments.of(path, body));
			}
		}
		for (String[] field : NIGHT_FIELDS) {
			String night = withField(field[0], field[1]);
			calls.add(Arguments.of("/api/v1/sleep-diary/metrics", night));
			calls.add(Arguments.of("/api/v1/sleep-diary/summary", "{\"nights\":[" + night + "," + NIGHT + "]}"));
			calls.add(Arguments.of("/clients/ME/diary", night));
		}
		return calls.stream();
	}

	static String withField(String field, String json) {
		String stripped = NIGHT.replaceAll("\"" + field + "\":(\"[^\"]*\"|[^,}]*),?", "");
		return stripped.replaceFirst("\\{", "{\"" + field + "\":" + json + ",");
	}

	@ParameterizedTest
	@MethodSource("craftedApiCalls")
	void craftedApiBodiesAreRefusedWithAProblemNeverA500(String path, String body) {
		String resolved = path.startsWith("/clients/ME")
				? "/api/v1" + path.replace("ME",
						this.accounts.findByEmail("client20@demo.drift").orElseThrow().clientId().value().toString())
				: path;
		HttpResponse<String> response = new Http(this.port).json("POST", resolved, body, "Authorization", CLIENT);
		assertThat(response.statusCode()).as(resolved + " " + body).isLessThan(500);
		if (response.statusCode() >= 400) {
			assertThat(response.body()).as(resolved + " " + body).contains("\"code\"");
		}
	}

	@Test
	void craftedQueryParametersAndContentTypesAreRefusedNeverA500() {
		Http http = new Http(this.port);
		String me = this.accounts.findByEmail("client20@demo.drift").orElseThrow().clientId().value().toString();
		for (String query : List.of("?to=+999999999-12-31", "?to=-999999999-01-01", "?from=-999999999-01-01",
				"?to=0001-01-01", "?from=x", "?to=2020-13-45", "?from=+999999999-01-01&to=-999999999-01-01",
				"?from=2040-01-01&to=2000-01-01", "?from=0001-01-01&to=9999-12-31", "?to=%00")) {
			for (String endpoint : List.of("/diary", "/sleep-summary")) {
				HttpResponse<String> response = http.get("/api/v1/clients/" + me + endpoint + query, "Authorization",
						CLIENT);
				assertThat(response.statusCode()).as(endpoint + query).isLessThan(500);
			}
		}
		assertThat(http.get("/api/v1/clients/not-a-uuid/diary", "Authorization", CLIENT).statusCode()).isLessThan(500);
		assertThat(http.json("POST", "/api/v1/clients/" + me + "/questionnaires/xyz", "{}", "Authorization", CLIENT)
			.statusCode()).isEqualTo(404);
		for (String path : PER_BODY_PATHS) {
			String resolved = path.startsWith("/clients/ME") ? "/api/v1" + path.replace("ME", me) : path;
			HttpResponse<String> plain = http.form(resolved, Map.of("a", "b"), "Authorization", CLIENT);
			assertThat(plain.statusCode()).as(resolved).isBetween(400, 499);
		}
	}

	static Stream<Map<String, String>> craftedDiaryForms() {
		String[] fields = { "diaryDate", "intoBed", "triedToSleep", "solMinutes", "awakenings", "wasoMinutes",
				"finalAwakening", "outOfBed", "quality", "minutesTryingAfterFinalAwakening", "wokeEarlierThanPlanned",
				"minutesEarlier", "napCount", "napMinutes", "alcoholDrinks", "alcoholLast", "caffeineDrinks",
				"caffeineLast", "sleepMedication", "wantedMoreSleep" };
		String[] values = { "", "x", "-1", "99999999999999999999", "2147483648", "1e308", "25:61", "0000-00-00",
				"+999999999-12-31", "1.5", "\u0000", "x".repeat(3000) };
		List<Map<String, String>> forms = new ArrayList<>();
		forms.add(Map.of());
		for (String field : fields) {
			for (String value : values) {
				Map<String, String> form = new LinkedHashMap<>();
				form.put(field, value);
				forms.add(form);
			}
		}
		return forms.stream();
	}

	@Test
	void craftedPageFormPostsAnswerAPageNeverA500() {
		Http client = new Http(this.port);
		client.signIn("client20@demo.drift", "drift-demo");
		String token = client.csrf("/me/diary");
		craftedDiaryForms().forEach((fields) -> {
			Map<String, String> form = new LinkedHashMap<>(fields);
			form.put("_csrf", token);
			HttpResponse<String> response = client.form("/me/diary", form);
			assertThat(response.statusCode()).as("diary " + fields.keySet()).isLessThan(500);
		});
		for (String time : List.of("", "x", "25:00", "99999999999", "\u0000")) {
			for (String enabled : List.of("", "true", "x")) {
				HttpResponse<String> response = client.form("/me/diary/reminder",
						Map.of("time", time, "enabled", enabled, "_csrf", token));
				assertThat(response.statusCode()).as("reminder " + time).isLessThan(500);
			}
		}
		for (String instrument : List.of("isi", "psqi", "nope", "..%2F")) {
			for (String value : List.of("", "x", "-1", "99999999999999999999", "5", "1.5", "1e308", "6-7", "99:99",
					"x".repeat(5000))) {
				Map<String, String> form = new LinkedHashMap<>();
				for (String key : List.of("fallingAsleep", "stayingAsleep", "q1BedTime", "q2LatencyMinutes",
						"q4SleepHours", "q5a", "q5jText", "q10")) {
					form.put(key, value);
				}
				form.put("_csrf", token);
				HttpResponse<String> response = client.form("/me/questionnaires/" + instrument, form);
				assertThat(response.statusCode()).as(instrument + " " + value).isLessThan(500);
			}
		}
		for (String date : List.of("x", "2020-13-45", "+999999999-12-31")) {
			assertThat(client.get("/me/diary?date=" + date).statusCode()).isEqualTo(200);
		}
		Http admin = new Http(this.port);
		admin.signIn("admin@demo.drift", "drift-demo");
		String adminToken = admin.csrf("/admin/questionnaires");
		for (String weeks : List.of("", "x", "-1", "99999999999999999999", "2147483648", "1e3")) {
			HttpResponse<String> response = admin.form("/admin/questionnaires", Map.of("isiEveryWeeks", weeks,
					"psqiEveryWeeks", weeks, "isiAtSignUp", "maybe", "_csrf", adminToken));
			assertThat(response.statusCode()).as("schedule " + weeks).isLessThan(500);
		}
		String emma = this.accounts.findByEmail("client20@demo.drift").orElseThrow().clientId().value().toString();
		for (String date : List.of("", "x", "+999999999-12-31", "0000-00-00", "2999-01-01")) {
			HttpResponse<String> response = admin.form("/clients/" + emma + "/sleep/first-session",
					Map.of("date", date, "_csrf", adminToken));
			assertThat(response.statusCode()).as("first session " + date).isLessThan(500);
		}
	}

}
