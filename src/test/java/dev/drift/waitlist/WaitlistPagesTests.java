package dev.drift.waitlist;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.drift.DriftTest;
import dev.drift.booking.BookingFixture;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.people.ClientProfile;
import dev.drift.people.TherapistProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
@Import(BookingFixture.class)
class WaitlistPagesTests {

	static final Pattern OFFER_LINK = Pattern.compile("href=\"/booking/offers/([0-9a-f-]{36})\"");

	static final String PASSWORD = "booking-test-pw";

	@LocalServerPort
	int port;

	@Autowired
	BookingFixture fixture;

	@Autowired
	JsonMapper json;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aClientJoinsOnThePageGetsAnOfferByEmailAndBooksItOnTheOfferPage() {
		BookingFixture.Signed client = this.fixture.clientAccount();
		Http http = signedIn(client);
		String page = http.get("/booking/waitlist").body();
		LocalDate today = LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Europe/London")));
		assertThat(page).contains("Join the waitlist", "value=\"" + today + "\"",
				"value=\"" + today.plusDays(13) + "\"", "You are not waiting for anything.");
		TherapistProfile therapist = this.fixture.therapist();
		LocalDate day = this.fixture.wednesday(8).plusDays(1);

		String offerId = offerFor(http, client, therapist, day);

		String body = this.jdbc.sql("select body from notify_message where dedupe_key = :key")
			.param("key", "booking-offer:" + offerId)
			.query(String.class)
			.single();
		assertThat(body).contains("http://localhost:8080/booking/offers/" + offerId);
		String offerPage = http.get("/booking/offers/" + offerId).body();
		assertThat(offerPage).contains("19:15", "Europe/London", "We are holding it for you until");
		HttpResponse<String> booked = http.form("/booking/offers/" + offerId,
				Map.of("_csrf", http.csrf("/booking/offers/" + offerId)));
		assertThat(booked.statusCode()).isEqualTo(302);
		assertThat(booked.headers().firstValue("Location").orElseThrow()).endsWith("/booking/mine");
		assertThat(http.get("/booking/mine").body()).contains("Booked.", "19:15–20:15", "href=\"/booking/waitlist\"");
		assertThat(http.get("/booking/waitlist").body()).contains("Booked").doesNotContain("/booking/offers/");
		assertThat(http.get("/booking/offers/" + offerId).body()).contains("no longer open");
	}

	@Test
	void theJoinFormExplainsBadInputAndAClientCanLeave() {
		BookingFixture.Signed client = this.fixture.clientAccount();
		Http http = signedIn(client);
		Map<String, Object> form = new HashMap<>();
		form.put("_csrf", http.csrf("/booking/waitlist"));
		form.put("service", "no-such-service");
		form.put("from", "not-a-date");
		form.put("to", "2020-01-01");
		form.put("therapistId", "nonsense");
		HttpResponse<String> bad = http.form("/booking/waitlist", form);
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("Please choose a service.", "Please give a date.",
				"Please choose a therapist from the list.");
		form.put("service", "massage-60");
		form.put("from", "2020-01-01");
		form.put("therapistId", "");
		assertThat(http.form("/booking/waitlist", form).body()).contains("Give days from today up to the booking");

		LocalDate day = this.fixture.wednesday(10).plusDays(2);
		form.put("from", day.toString());
		form.put("to", day.toString());
		HttpResponse<String> joined = http.form("/booking/waitlist", form);
		assertThat(joined.statusCode()).isEqualTo(302);
		String page = http.get("/booking/waitlist").body();
		assertThat(page).contains("You are on the waitlist.", "Waiting", "data-confirm=\"Leave the waitlist");
		Matcher leave = Pattern.compile("action=\"(/booking/waitlist/[0-9a-f-]{36}/leave)\"").matcher(page);
		assertThat(leave.find()).isTrue();
		HttpResponse<String> left = http.form(leave.group(1), Map.of("_csrf", http.csrf("/booking/waitlist")));
		assertThat(left.statusCode()).isEqualTo(302);
		assertThat(http.get("/booking/waitlist").body()).contains("You have left the waitlist.",
				"You are not waiting for anything.");
	}

	@Test
	void anExpiredOfferSaysSoAndAnotherClientsOfferIsNotFound() {
		BookingFixture.Signed client = this.fixture.clientAccount();
		Http http = signedIn(client);
		TherapistProfile therapist = this.fixture.therapist();
		String offerId = offerFor(http, client, therapist, this.fixture.wednesday(9).plusDays(1));

		Http stranger = signedIn(this.fixture.clientAccount());
		HttpResponse<String> foreign = stranger.get("/booking/offers/" + offerId, "Accept", "text/html");
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(foreign.body()).doesNotContain(offerId, "19:15", "Test Therapist", "Massage");
		HttpResponse<String> foreignPost = stranger.form("/booking/offers/" + offerId,
				Map.of("_csrf", stranger.csrf("/booking/waitlist")));
		assertThat(foreignPost.statusCode()).isEqualTo(404);
		assertThat(stranger.get("/booking/offers/not-a-uuid").statusCode()).isEqualTo(404);

		String csrf = http.csrf("/booking/offers/" + offerId);
		this.clock.advance(Duration.ofMinutes(31));
		HttpResponse<String> expired = http.get("/booking/offers/" + offerId);
		assertThat(expired.statusCode()).isEqualTo(200);
		assertThat(expired.body()).contains("this offer is no longer open").doesNotContain("action=\"/booking/offers/");
		HttpResponse<String> late = http.form("/booking/offers/" + offerId, Map.of("_csrf", csrf));
		assertThat(late.statusCode()).isEqualTo(302);
		assertThat(late.headers().firstValue("Location").orElseThrow()).endsWith("/booking/offers/" + offerId);
		assertThat(http.get("/booking/offers/" + offerId).body()).contains("Sorry, this offer is no longer open.");
	}

	@Test
	void leavingWithAnOpenOfferPassesTheSlotToTheNextInLine() {
		BookingFixture.Signed client = this.fixture.clientAccount();
		Http http = signedIn(client);
		TherapistProfile therapist = this.fixture.therapist();
		LocalDate day = this.fixture.wednesday(10).plusDays(1);
		String admin = this.fixture.bearer("admin@demo.drift");
		ClientProfile next = this.fixture.client();
		String offerId = offerFor(http, client, therapist, day,
				() -> http.json("POST", "/api/v1/waitlist",
						"{\"clientId\":\"" + next.id() + "\",\"service\":\"massage-60\",\"from\":\"" + day
								+ "\",\"to\":\"" + day + "\",\"therapistId\":\"" + therapist.id() + "\"}",
						"Authorization", admin));

		String page = http.get("/booking/waitlist").body();
		Matcher leave = Pattern.compile("action=\"(/booking/waitlist/[0-9a-f-]{36}/leave)\"").matcher(page);
		assertThat(leave.find()).isTrue();
		http.form(leave.group(1), Map.of("_csrf", http.csrf("/booking/waitlist")));

		assertThat(http.get("/booking/offers/" + offerId).body()).contains("no longer open");
		String entries = http.get("/api/v1/waitlist", "Authorization", admin).body();
		assertThat(this.json.readTree(entries)
			.valueStream()
			.filter((entry) -> entry.get("clientId").asString().equals(next.id().toString()))
			.map((entry) -> entry.get("status").asString())
			.toList()).containsExactly("OFFERED");
	}

	private Http signedIn(BookingFixture.Signed client) {
		Http http = new Http(this.port);
		http.signIn(client.client().email(), PASSWORD);
		return http;
	}

	/**
	 * The client joins through the page for one therapist's evenings on one day; another
	 * client's 19:15 appointment with that therapist is cancelled; the offer shows up.
	 */
	private String offerFor(Http http, BookingFixture.Signed client, TherapistProfile therapist, LocalDate day) {
		return offerFor(http, client, therapist, day, () -> null);
	}

	private String offerFor(Http http, BookingFixture.Signed client, TherapistProfile therapist, LocalDate day,
			java.util.function.Supplier<?> alsoWaiting) {
		String admin = this.fixture.bearer("admin@demo.drift");
		ClientProfile holder = this.fixture.client();
		HttpResponse<String> booked = http.json("POST", "/api/v1/appointments", BookingFixture
			.booking(holder.id().value(), therapist.id().value(), "massage-60", BookingFixture.at(day, "19:15")),
				"Authorization", admin);
		assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
		Map<String, Object> form = new HashMap<>();
		form.put("_csrf", http.csrf("/booking/waitlist"));
		form.put("service", "massage-60");
		form.put("from", day.toString());
		form.put("to", day.toString());
		form.put("therapistId", therapist.id().value().toString());
		form.put("eveningsOnly", "true");
		HttpResponse<String> joined = http.form("/booking/waitlist", form);
		assertThat(joined.statusCode()).as(joined.body()).isEqualTo(302);
		assertThat(http.get("/booking/waitlist").body()).contains("You are on the waitlist.", "Waiting",
				"Evenings only");
		alsoWaiting.get();

		String appointment = this.json.readTree(booked.body()).get("id").asString();
		http.json("POST", "/api/v1/appointments/" + appointment + "/cancel", "{}", "Authorization", admin);

		String page = http.get("/booking/waitlist").body();
		assertThat(page).contains("Time held for you", "Book it");
		Matcher link = OFFER_LINK.matcher(page);
		assertThat(link.find()).as(page).isTrue();
		return link.group(1);
	}

}
