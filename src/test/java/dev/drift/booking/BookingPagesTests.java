package dev.drift.booking;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
@Import(BookingFixture.class)
class BookingPagesTests {

	static final Pattern SLOT = Pattern.compile("href=\"(/booking/confirm\\?[^\"]+)\"");

	static final Pattern START = Pattern.compile("[?&]start=([^&]+)");

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	MutableClock clock;

	@Autowired
	BookingFixture fixture;

	@Test
	void aClientChoosesAServiceSeesWindowSlotsFirstConfirmsAndCancels() {
		Http http = new Http(this.port);
		http.signIn("client12@demo.drift", "drift-demo");

		String services = http.get("/booking").body();
		assertThat(services).contains("Massage, 60 minutes", "/booking/slots?service=massage-60");
		String slots = http.get("/booking/slots?service=massage-60").body();
		assertThat(slots).contains("Times are shown in Europe/London", "In your ideal window");
		assertThat(slots.indexOf("Ideal for your sleep")).isLessThan(slots.indexOf("Outside your ideal window"));

		String confirm = http.get(firstSlotCancellableOnline(slots)).body();
		assertThat(confirm).contains("Confirm your booking", "Europe/London");
		Map<String, String> form = hidden(confirm);
		HttpResponse<String> booked = http.form("/booking/confirm", form);
		assertThat(booked.statusCode()).isEqualTo(302);
		assertThat(booked.headers().firstValue("Location").orElseThrow()).endsWith("/booking/mine");
		HttpResponse<String> twice = http.form("/booking/confirm", form);
		assertThat(twice.headers().firstValue("Location").orElseThrow()).endsWith("/booking/mine");

		String mine = http.get("/booking/mine").body();
		assertThat(mine).contains("Booked.", "Massage, 60 minutes");
		Matcher cancelLink = Pattern.compile("href=\"(/booking/mine/[0-9a-f-]+/cancel)\"").matcher(mine);
		assertThat(cancelLink.find()).isTrue();
		assertThat(mine.split("/cancel\"", -1)).hasSize(2);
		String cancelPage = http.get(cancelLink.group(1)).body();
		assertThat(cancelPage).contains("Cancel this appointment?");
		HttpResponse<String> cancelled = http.form(cancelLink.group(1), hidden(cancelPage));
		assertThat(cancelled.statusCode()).isEqualTo(302);
		assertThat(http.get("/booking/mine").body()).contains("Your appointment is cancelled.", "Cancelled");
	}

	@Test
	void staffSeeTheCalendarAndAdminsChangeSettingsWithFieldChecks() {
		Http therapist = new Http(this.port);
		therapist.signIn("therapist@demo.drift", "drift-demo");
		HttpResponse<String> week = therapist.get("/booking/calendar?view=week");
		assertThat(week.statusCode()).isEqualTo(200);
		assertThat(week.body()).contains("Calendar", "Europe/London");
		assertThat(therapist.get("/booking/calendar?view=day&date=not-a-date").statusCode()).isEqualTo(200);
		assertThat(therapist.get("/admin/booking").statusCode()).isEqualTo(403);

		Http admin = new Http(this.port);
		admin.signIn("admin@demo.drift", "drift-demo");
		String page = admin.get("/admin/booking").body();
		assertThat(page).contains("massage-120", "Buffer after every session");
		String csrf = admin.csrf("/admin/booking");
		HttpResponse<String> invalid = admin.form("/admin/booking/settings",
				Map.of("_csrf", csrf, "bufferMinutes", "lots", "leadTimeMinutes", "120", "cancelWindowHours", "24"));
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("Use whole numbers");
		HttpResponse<String> crafted = admin.form("/admin/booking/services", Map.of("_csrf", csrf, "code", "BAD CODE"));
		assertThat(crafted.statusCode()).isEqualTo(200);
		assertThat(crafted.body()).contains("Code: use 1 to 40 lower-case letters", "Name: enter the name clients see");
		assertThat(this.catalogue.settings(this.fixture.actor("admin@demo.drift").clinicId()))
			.isEqualTo(BookingSettings.DEFAULTS);
	}

	/**
	 * The first offered slot the client may still cancel themself afterwards (more than
	 * the clinic's 24 hours ahead of the test clock), so the test gives the same result
	 * at any hour.
	 */
	private String firstSlotCancellableOnline(String slots) {
		Instant cancellable = this.clock.instant().plus(Duration.ofHours(25));
		Matcher slot = SLOT.matcher(slots);
		while (slot.find()) {
			String link = slot.group(1).replace("&amp;", "&");
			Matcher start = START.matcher(link);
			if (start.find() && OffsetDateTime.parse(URLDecoder.decode(start.group(1), StandardCharsets.UTF_8))
				.toInstant()
				.isAfter(cancellable)) {
				return link;
			}
		}
		throw new AssertionError("no slot more than 25 hours ahead");
	}

	private static Map<String, String> hidden(String page) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		Matcher matcher = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(page);
		while (matcher.find()) {
			fields.put(matcher.group(1), matcher.group(2).replace("&#43;", "+").replace("&amp;", "&"));
		}
		return fields;
	}

}
