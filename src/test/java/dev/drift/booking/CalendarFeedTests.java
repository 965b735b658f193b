package dev.drift.booking;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.people.TherapistProfile;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
@Import(BookingFixture.class)
class CalendarFeedTests {

	@LocalServerPort
	int port;

	@Autowired
	BookingFixture fixture;

	@Autowired
	JsonMapper json;

	@Test
	void aClientsSecretFeedShowsTheirBookingsAndStopsWorkingOnceRevoked() throws Exception {
		Http http = new Http(this.port);
		BookingFixture.Signed me = this.fixture.clientAccount();
		String emma = me.bearer();
		TherapistProfile therapist = this.fixture.therapist();
		LocalDate day = this.fixture.wednesday(3);
		HttpResponse<String> booked = http.json("POST", "/api/v1/appointments", BookingFixture
			.booking(me.client().id().value(), therapist.id().value(), "massage-90", BookingFixture.at(day, "11:00")),
				"Authorization", emma);
		assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
		String id = this.json.readTree(booked.body()).get("id").asString();

		String path = this.json.readTree(http.json("POST", "/api/v1/calendar/feed", "", "Authorization", emma).body())
			.get("path")
			.asString();
		HttpResponse<String> feed = new Http(this.port).get(path);

		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
		assertThat(feed.body()).contains("UID:" + id + "@drift", "SUMMARY:Massage\\, 90 minutes", "TZID:Europe/London");
		assertThat(feed.body()).doesNotContain("Test Client", me.client().email());
		new CalendarBuilder().build(new StringReader(feed.body()));
		assertThat(IcsCheck.problems(feed.body())).isEmpty();

		String renewed = this.json
			.readTree(http.json("POST", "/api/v1/calendar/feed", "", "Authorization", emma).body())
			.get("path")
			.asString();
		assertThat(new Http(this.port).get(path).statusCode()).isEqualTo(404);
		assertThat(new Http(this.port).get(renewed).statusCode()).isEqualTo(200);
		assertThat(http.json("DELETE", "/api/v1/calendar/feed", "", "Authorization", emma).statusCode()).isEqualTo(204);
		HttpResponse<String> revoked = new Http(this.port).get(renewed);
		assertThat(revoked.statusCode()).isEqualTo(404);
		assertThat(revoked.body()).doesNotContain(id);
	}

	@Test
	void aFeedWithNothingBookedIsStillAValidCalendar() {
		Http http = new Http(this.port);
		String fresh = this.fixture.clientAccount().bearer();
		String path = this.json.readTree(http.json("POST", "/api/v1/calendar/feed", "", "Authorization", fresh).body())
			.get("path")
			.asString();

		HttpResponse<String> feed = new Http(this.port).get(path);

		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.body()).contains("BEGIN:VFREEBUSY").doesNotContain("BEGIN:VEVENT");
		assertThat(IcsCheck.problems(feed.body())).isEmpty();
	}

	@Test
	void aTherapistsFeedShowsTheirScheduleOnly() {
		Http http = new Http(this.port);
		String maya = this.fixture.bearer("therapist@demo.drift");
		String path = this.json.readTree(http.json("POST", "/api/v1/calendar/feed", "", "Authorization", maya).body())
			.get("path")
			.asString();

		HttpResponse<String> feed = new Http(this.port).get(path);

		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.body()).contains("BEGIN:VCALENDAR", "METHOD:PUBLISH");
		assertThat(IcsCheck.problems(feed.body())).isEmpty();
	}

}
