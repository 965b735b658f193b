package dev.drift.site;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.accounts.Accounts;
import dev.drift.people.People;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Form posts a page would never send — fields missing, unknown values, impossible dates —
 * get a page with field messages or a 4xx, never a 500.
 */
@DriftTest
class CraftedFormsTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	static Stream<Arguments> posts() {
		return Stream.of(Arguments.of("client@demo.drift", "/me/profile", Map.of()),
				Arguments.of("client@demo.drift", "/me/profile", Map.of("name", "Emma", "timeZone", "Europe/London")),
				Arguments.of("client@demo.drift", "/me/profile",
						Map.of("name", "Emma", "timeZone", "Europe/London", "dateOfBirth", "2020-02-30",
								"workdayMainSleepStart", "22:00", "offdayMainSleepStart", "22:00", "shiftPattern",
								"no_shifts")),
				Arguments.of("admin@demo.drift", "/admin/clinic", Map.of()),
				Arguments.of("admin@demo.drift", "/admin/clinic",
						Map.of("name", "X", "timeZone", "UTC", "locale", "en", "currency", "GBP",
								"inactivityTimeoutMinutes", "30", "hours[0].day", "FUNDAY")),
				Arguments.of("admin@demo.drift", "/admin/clinic",
						Map.of("name", "X", "timeZone", "UTC", "locale", "en", "currency", "GBP",
								"inactivityTimeoutMinutes", "99999999999")),
				Arguments.of("admin@demo.drift", "/admin/staff", Map.of("role", "CLIENT")),
				Arguments.of("admin@demo.drift", "/admin/staff", Map.of()),
				Arguments.of("anonymous", "/signup", Map.of()),
				Arguments.of("anonymous", "/signup", Map.of("clinicId", "not-a-uuid", "healthDataConsent", "maybe")),
				Arguments.of("client@demo.drift", "/account/password", Map.of()),
				Arguments.of("client@demo.drift", "/account/tokens", Map.of()),
				Arguments.of("admin@demo.drift", "THERAPIST/time-off", Map.of("firstDay", "2026-13-01")),
				Arguments.of("admin@demo.drift", "THERAPIST/time-off/cancel", Map.of("firstDay", "2026-02-31")),
				Arguments.of("admin@demo.drift", "THERAPIST/time-off/cancel", Map.of()),
				Arguments.of("admin@demo.drift", "THERAPIST", Map.of("name", "Maya", "hours[0].day", "MONDAY")),
				Arguments.of("admin@demo.drift", "THERAPIST", Map.of("name", "Maya", "skills[1]", "prenatal")),
				Arguments.of("admin@demo.drift", "THERAPIST", Map.of("name", "Maya", "skills[300]", "prenatal")),
				Arguments.of("admin@demo.drift", "THERAPIST",
						Map.of("name", "Maya", "hours[0].day", "MONDAY", "hours[6].day", "SUNDAY")),
				Arguments.of("admin@demo.drift", "/admin/clinic", Map.of("hours[300].day", "MONDAY")),
				Arguments.of("client@demo.drift", "/me/profile", Map.of("workdays[300]", "MONDAY")),
				Arguments.of("client@demo.drift", "/me/profile", Map.of("workdays[2]", "MONDAY")),
				Arguments.of("anonymous", "/login", Map.of("username", "a\u0000b@example.org", "password", "x")),
				Arguments.of("anonymous", "/login", Map.of("username", "x".repeat(600), "password", "y".repeat(300))));
	}

	@ParameterizedTest(name = "{0} posts {2} to {1}")
	@MethodSource("posts")
	void aCraftedPostNeverFailsOnTheServer(String user, String path, Map<String, String> fields) {
		Http http = new Http(this.port);
		if (!user.equals("anonymous")) {
			http.signIn(user, "drift-demo");
		}
		String target = path.startsWith("THERAPIST") ? path.replace("THERAPIST", "/admin/therapists/" + therapist())
				: path;
		Map<String, Object> body = new HashMap<>(fields);
		body.put("_csrf", http.csrf(user.equals("anonymous") ? "/login" : "/account"));

		HttpResponse<String> response = http.form(target, body, "Accept", "text/html");

		assertThat(response.statusCode()).as(response.body()).isIn(200, 302, 400, 404, 422);
		assertThat(response.body()).doesNotContain("Something went wrong on our side");
	}

	private String therapist() {
		var admin = this.accounts.findByEmail("admin@demo.drift").orElseThrow();
		return this.people.therapistsOf(admin.clinicId())
			.stream()
			.filter((t) -> t.name().equals("Sofia Rossi"))
			.findFirst()
			.orElseThrow()
			.id()
			.toString();
	}

}
