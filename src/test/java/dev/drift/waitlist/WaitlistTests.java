package dev.drift.waitlist;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import dev.drift.DriftTest;
import dev.drift.booking.BookingFixture;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.people.ClientProfile;
import dev.drift.people.TherapistProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
@Import(BookingFixture.class)
class WaitlistTests {

	@LocalServerPort
	int port;

	@Autowired
	BookingFixture fixture;

	@Autowired
	JsonMapper json;

	@Autowired
	MutableClock clock;

	@Autowired
	Waitlist waitlist;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aFreedSlotIsHeldForTheFirstWaitingClientThenPassesOnWhenTheHoldExpires() {
		Http http = new Http(this.port);
		String admin = this.fixture.bearer("admin@demo.drift");
		TherapistProfile therapist = this.fixture.therapist();
		ClientProfile holder = this.fixture.client();
		ClientProfile first = this.fixture.client();
		ClientProfile second = this.fixture.client();
		ClientProfile morningsOnly = this.fixture.client();
		LocalDate day = this.fixture.wednesday(11);
		String start = BookingFixture.at(day, "18:00");
		HttpResponse<String> booked = http.json("POST", "/api/v1/appointments",
				BookingFixture.booking(holder.id().value(), therapist.id().value(), "massage-60", start),
				"Authorization", admin);
		String appointment = this.json.readTree(booked.body()).get("id").asString();
		join(http, admin, morningsOnly, day, true, "massage-60",
				"\"therapistId\":\"" + java.util.UUID.randomUUID() + "\",");
		String eveningJoin = join(http, admin, first, day, true, "massage-60", "");
		join(http, admin, second, day, false, "massage-60", "");
		assertThat(eveningJoin).contains("\"status\":\"WAITING\"");

		http.json("POST", "/api/v1/appointments/" + appointment + "/cancel", "{}", "Authorization", admin);

		JsonNode firstEntry = entryOf(http, admin, first);
		assertThat(firstEntry.get("status").asString()).isEqualTo("OFFERED");
		assertThat(firstEntry.get("offer").get("start").asString()).isEqualTo(start);
		assertThat(entryOf(http, admin, second).get("status").asString()).isEqualTo("WAITING");
		HttpResponse<String> sniper = http.json("POST", "/api/v1/appointments",
				BookingFixture.booking(second.id().value(), therapist.id().value(), "massage-60", start),
				"Authorization", admin);
		assertThat(sniper.statusCode()).isEqualTo(409);

		this.clock.advance(Duration.ofMinutes(31));
		this.waitlist.expireHolds();

		assertThat(entryOf(http, admin, first).get("status").asString()).isEqualTo("WAITING");
		JsonNode secondEntry = entryOf(http, admin, second);
		assertThat(secondEntry.get("status").asString()).isEqualTo("OFFERED");
		String offer = secondEntry.get("offer").get("id").asString();
		HttpResponse<String> confirmed = http.json("POST", "/api/v1/waitlist/offers/" + offer + "/confirm", "",
				"Authorization", admin);
		assertThat(confirmed.statusCode()).isEqualTo(201);
		assertThat(this.json.readTree(confirmed.body()).get("clientId").asString()).isEqualTo(second.id().toString());
		assertThat(entryOf(http, admin, second).get("status").asString()).isEqualTo("BOOKED");
		HttpResponse<String> again = http.json("POST", "/api/v1/waitlist/offers/" + offer + "/confirm", "",
				"Authorization", admin);
		assertThat(this.json.readTree(again.body()).get("code").asString()).isEqualTo("OFFER_EXPIRED");
	}

	@Test
	void aClientSeesOnlyTheirOwnWaitlistAndCannotJoinForSomeoneElse() {
		Http http = new Http(this.port);
		String emma = this.fixture.bearer("client@demo.drift");
		ClientProfile other = this.fixture.client();
		LocalDate day = this.fixture.wednesday(11);

		HttpResponse<String> forOther = http.json(
				"POST", "/api/v1/waitlist", "{\"clientId\":\"" + other.id()
						+ "\",\"service\":\"massage-60\",\"from\":\"" + day + "\",\"to\":\"" + day + "\"}",
				"Authorization", emma);
		HttpResponse<String> own = http.json("POST", "/api/v1/waitlist",
				"{\"service\":\"massage-60\",\"from\":\"" + day + "\",\"to\":\"" + day.plusDays(2) + "\"}",
				"Authorization", emma);
		HttpResponse<String> backwards = http.json("POST", "/api/v1/waitlist",
				"{\"service\":\"massage-60\",\"from\":\"" + day + "\",\"to\":\"" + day.minusDays(2) + "\"}",
				"Authorization", emma);

		assertThat(forOther.statusCode()).isEqualTo(404);
		assertThat(own.statusCode()).isEqualTo(201);
		assertThat(backwards.statusCode()).isEqualTo(422);
		JsonNode list = this.json.readTree(http.get("/api/v1/waitlist", "Authorization", emma).body());
		for (JsonNode entry : list) {
			assertThat(entry.get("clientId").asString())
				.isEqualTo(this.fixture.actor("client@demo.drift").clientId().toString());
		}
	}

	private String join(Http http, String auth, ClientProfile client, LocalDate day, boolean evenings, String service,
			String extra) {
		HttpResponse<String> response = http
			.json("POST", "/api/v1/waitlist",
					"{" + extra + "\"clientId\":\"" + client.id() + "\",\"service\":\"" + service + "\",\"from\":\""
							+ day + "\",\"to\":\"" + day + "\",\"eveningsOnly\":" + evenings + "}",
					"Authorization", auth);
		assertThat(response.statusCode()).as(response.body()).isIn(201, 404);
		return response.body();
	}

	private JsonNode entryOf(Http http, String auth, ClientProfile client) {
		for (JsonNode entry : this.json.readTree(http.get("/api/v1/waitlist", "Authorization", auth).body())) {
			if (entry.get("clientId").asString().equals(client.id().toString())) {
				return entry;
			}
		}
		throw new AssertionError("no entry for " + client.id());
	}

}
