package dev.drift.booking;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.ScreenedClients;
import dev.drift.accounts.AccountView;
import dev.drift.accounts.NewStaff;
import dev.drift.intake.NewClearance;
import dev.drift.intake.TreatmentDecision;
import dev.drift.people.Actor;
import dev.drift.people.ClientProfile;
import dev.drift.people.ClinicDetails;
import dev.drift.people.ClinicProfile;
import dev.drift.people.ClinicSettings;
import dev.drift.people.People;
import dev.drift.people.EmergencyNumbers;
import dev.drift.people.Role;
import dev.drift.people.TherapistProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
@Import(BookingFixture.class)
class BookingApiTests {

	@LocalServerPort
	int port;

	@Autowired
	BookingFixture fixture;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	People people;

	@Autowired
	Booking booking;

	Http http;

	TherapistProfile therapist;

	String emma;

	String admin;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.therapist = this.fixture.therapist();
		this.emma = this.fixture.bearer("client@demo.drift");
		this.admin = this.fixture.bearer("admin@demo.drift");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void emmasSlotsAreInHerWindowExactlyWhenTheyEndBetween1830And2030AndComeFirst() {
		LocalDate day = this.fixture.wednesday(4);

		JsonNode slots = get("/api/v1/availability?service=massage-60&from=" + day + "&to=" + day + "&therapistId="
				+ this.therapist.id(), this.emma);

		assertThat(slots.size()).isEqualTo(45);
		boolean windowPart = true;
		for (JsonNode slot : slots) {
			OffsetDateTime start = OffsetDateTime.parse(slot.get("start").asString());
			OffsetDateTime end = OffsetDateTime.parse(slot.get("end").asString());
			ZonedDateTime local = end.atZoneSameInstant(BookingFixture.LONDON);
			assertThat(end.getOffset()).isEqualTo(local.getOffset());
			LocalTime ends = local.toLocalTime();
			boolean expected = !ends.isBefore(LocalTime.of(18, 30)) && !ends.isAfter(LocalTime.of(20, 30));
			assertThat(slot.get("withinSleepWindow").asBoolean()).as(start.toString()).isEqualTo(expected);
			if (!expected) {
				windowPart = false;
				assertThat(slot.get("reason").asString()).isIn("TOO_EARLY", "TOO_CLOSE_TO_SLEEP");
			}
			else {
				assertThat(windowPart).as("window slots come first").isTrue();
			}
			assertThat(slot.get("therapistId").asString()).isEqualTo(this.therapist.id().toString());
		}
	}

	@Test
	void aBookedAppointmentAndTheBufferAfterItLeaveEveryonesAvailabilityAndTheClientsOwnWithEveryTherapist() {
		LocalDate day = this.fixture.wednesday(6);
		String path = "/api/v1/availability?service=massage-60&from=" + day + "&to=" + day;
		BookingFixture.Signed me = this.fixture.clientAccount();
		assertThat(get(path + "&therapistId=" + this.therapist.id(), this.emma)).hasSize(45);

		assertThat(
				this.http.json("POST", "/api/v1/appointments",
						BookingFixture.booking(me.client().id().value(), this.therapist.id().value(), "massage-60",
								BookingFixture.at(day, "17:30")),
						"Authorization", me.bearer())
					.statusCode())
			.isEqualTo(201);

		OffsetDateTime bookedStart = OffsetDateTime.parse(BookingFixture.at(day, "17:30"));
		OffsetDateTime blockedUntil = bookedStart.plusMinutes(60)
			.plus(this.booking.settings(this.therapist.clinicId()).buffer());
		JsonNode othersView = get(path + "&therapistId=" + this.therapist.id(), this.emma);
		assertThat(othersView).hasSizeLessThan(45).isNotEmpty().noneSatisfy((slot) -> {
			OffsetDateTime start = OffsetDateTime.parse(slot.get("start").asString());
			assertThat(start.isBefore(blockedUntil) && bookedStart
				.isBefore(start.plusMinutes(60).plus(this.booking.settings(this.therapist.clinicId()).buffer())))
				.isTrue();
		});
		assertThat(get(path, me.bearer())).isNotEmpty().noneSatisfy((slot) -> {
			OffsetDateTime start = OffsetDateTime.parse(slot.get("start").asString());
			OffsetDateTime end = OffsetDateTime.parse(slot.get("end").asString());
			assertThat(start.isBefore(bookedStart.plusMinutes(60)) && bookedStart.isBefore(end)).isTrue();
		});
	}

	@Test
	void aClientBooksOnceEvenWhenTheRequestIsRepeatedWithTheSameIdempotencyKey() {
		LocalDate day = this.fixture.wednesday(5);
		BookingFixture.Signed me = this.fixture.clientAccount();
		String body = BookingFixture.booking(me.client().id().value(), this.therapist.id().value(), "massage-60",
				BookingFixture.at(day, "17:30"));
		String key = UUID.randomUUID().toString();

		HttpResponse<String> first = this.http.json("POST", "/api/v1/appointments", body, "Authorization", me.bearer(),
				"Idempotency-Key", key);
		HttpResponse<String> again = this.http.json("POST", "/api/v1/appointments", body, "Authorization", me.bearer(),
				"Idempotency-Key", key);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(again.body()).isEqualTo(first.body());
		JsonNode booked = this.json.readTree(first.body());
		assertThat(first.headers().firstValue("Location"))
			.hasValue("/api/v1/appointments/" + booked.get("id").asString());
		assertThat(booked.get("start").asString()).isEqualTo(BookingFixture.at(day, "17:30"));
		assertThat(booked.get("status").asString()).isEqualTo("BOOKED");
		assertThat(countFor(this.therapist)).isEqualTo(1);
		HttpResponse<String> withoutKey = this.http.json("POST", "/api/v1/appointments", body, "Authorization",
				me.bearer());
		assertThat(withoutKey.statusCode()).isEqualTo(409);
		assertThat(this.json.readTree(withoutKey.body()).get("code").asString()).isEqualTo("SLOT_TAKEN");
	}

	@Test
	void aClientWhoseScreeningBlocksTreatmentGets422ForAMassageAndCanStillBookAConsultation() {
		LocalDate day = this.fixture.wednesday(7);
		ClientProfile feverish = ScreenedClients.screened(this.fixture.intake, this.fixture.actor("admin@demo.drift"),
				this.fixture.unscreenedClient(), "{\"fever_today\": true, \"temperature_c\": 38.4}");

		assertThat(code(book(feverish.id().value(), day, "17:00", "massage-60", this.admin)))
			.isEqualTo("SCREENING_BLOCKS");
		HttpResponse<String> consultation = book(feverish.id().value(), day, "17:00", "consultation", this.admin);

		assertThat(consultation.statusCode()).as(consultation.body()).isEqualTo(201);
		assertThat(countFor(this.therapist)).isOne();
	}

	@Test
	void aTreatmentWaitsForTheIntakeAndForAPendingClearanceToBeRecorded() {
		LocalDate day = this.fixture.wednesday(8);
		Actor admin = this.fixture.actor("admin@demo.drift");
		ClientProfile client = this.fixture.unscreenedClient();
		assertThat(code(book(client.id().value(), day, "15:00", "massage-60", this.admin)))
			.isEqualTo("SCREENING_BLOCKS");

		ScreenedClients.screened(this.fixture.intake, admin, client,
				"{\"dvt_history\": true, \"dvt_current\": false, \"dvt_months_ago\": 3, \"dvt_limb\": \"left_leg\"}");
		TreatmentDecision decision = this.fixture.intake.treatmentAllowed(client.id(), this.clock.instant());
		assertThat(decision.reason()).isEqualTo(TreatmentDecision.Reason.CLEARANCE_REQUIRED);
		assertThat(code(book(client.id().value(), day, "15:00", "massage-60", this.admin)))
			.isEqualTo("SCREENING_BLOCKS");

		this.fixture.intake.recordClearance(admin, client.id(),
				new NewClearance(decision.missingClearances(), "Dr Helen Price", "GP",
						LocalDate.now(this.clock.withZone(BookingFixture.LONDON)).minusDays(1), "Gentle pressure only",
						null));
		HttpResponse<String> booked = book(client.id().value(), day, "15:00", "massage-60", this.admin);

		assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
	}

	@Test
	void refusesTimesOutsideHoursTooSoonAndInvalidRequests() {
		LocalDate day = this.fixture.wednesday(6);
		assertThat(code(book(emmaId(), day.plusDays(4), "12:00", "massage-60"))).isEqualTo("OUTSIDE_HOURS");
		assertThat(code(book(emmaId(), day, "20:30", "massage-60"))).isEqualTo("OUTSIDE_HOURS");
		assertThat(code(book(emmaId(), day, "12:10", "massage-60"))).isEqualTo("OUTSIDE_HOURS");
		this.clock.set(ZonedDateTime.of(day, LocalTime.of(15, 0), BookingFixture.LONDON).toInstant());
		assertThat(code(book(emmaId(), day, "16:45", "massage-60"))).isEqualTo("TOO_LATE");
		HttpResponse<String> invalid = this.http.json("POST", "/api/v1/appointments",
				"{\"clientId\":\"" + emmaId() + "\",\"service\":\"\"}", "Authorization", this.emma);
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(code(invalid)).isEqualTo("VALIDATION_FAILED");
		assertThat(code(book(emmaId(), day, "18:00", "no-such-service"))).isEqualTo("VALIDATION_FAILED");
		assertThat(countFor(this.therapist)).isZero();
	}

	@Test
	void aClientReachesOnlyTheirOwnAppointmentsAndLearnsNothingAboutOthers() {
		LocalDate day = this.fixture.wednesday(7);
		ClientProfile stranger = this.fixture.client();
		HttpResponse<String> booked = book(stranger.id().value(), day, "10:00", "massage-60", this.admin);
		assertThat(booked.statusCode()).isEqualTo(201);
		String id = this.json.readTree(booked.body()).get("id").asString();

		HttpResponse<String> forOther = book(stranger.id().value(), day, "12:00", "massage-60", this.emma);
		HttpResponse<String> read = this.http.get("/api/v1/appointments/" + id, "Authorization", this.emma);
		HttpResponse<String> cancel = this.http.json("POST", "/api/v1/appointments/" + id + "/cancel", "{}",
				"Authorization", this.emma);
		HttpResponse<String> missing = this.http.get("/api/v1/appointments/" + UUID.randomUUID(), "Authorization",
				this.emma);
		HttpResponse<String> foreignClinic = this.http.get("/api/v1/appointments/" + id, "Authorization",
				otherClinicAdmin());
		HttpResponse<String> list = this.http.get(
				"/api/v1/appointments?from=" + day + "&to=" + day + "&clientId=" + stranger.id(), "Authorization",
				this.emma);
		// issue 16: staff of another clinic filtering by this client got 200 [] where a
		// client gets 404
		HttpResponse<String> foreignList = this.http.get(
				"/api/v1/appointments?from=" + day + "&to=" + day + "&clientId=" + stranger.id(), "Authorization",
				otherClinicAdmin());

		for (HttpResponse<String> response : List.of(forOther, read, cancel, missing, foreignClinic, list,
				foreignList)) {
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.body().replaceAll("\"instance\":\"[^\"]*\"", "")).doesNotContain(id,
					stranger.id().toString(), "Test Client", "10:00");
		}
		JsonNode own = get("/api/v1/appointments?from=" + day + "&to=" + day, this.emma);
		for (JsonNode appointment : own) {
			assertThat(appointment.get("clientId").asString()).isEqualTo(emmaId().toString());
		}
		JsonNode staffView = get(
				"/api/v1/appointments?from=" + day + "&to=" + day + "&therapistId=" + this.therapist.id(), this.admin);
		assertThat(staffView.size()).isEqualTo(1);
	}

	@Test
	void clientsCancelAndRescheduleUntil24HoursBeforeThenOnlyStaffWithAReason() {
		LocalDate day = this.fixture.wednesday(8);
		String early = this.json.readTree(book(emmaId(), day, "09:00", "massage-60").body()).get("id").asString();
		String late = this.json.readTree(book(emmaId(), day, "11:00", "massage-60").body()).get("id").asString();

		HttpResponse<String> moved = this.http.json("POST", "/api/v1/appointments/" + early + "/reschedule",
				"{\"start\":\"" + BookingFixture.at(day, "13:00") + "\"}", "Authorization", this.emma);
		assertThat(moved.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(moved.body()).get("start").asString()).isEqualTo(BookingFixture.at(day, "13:00"));
		assertThat(this.json.readTree(moved.body()).get("sequence").asInt()).isEqualTo(1);
		HttpResponse<String> cancelled = this.http.json("POST", "/api/v1/appointments/" + early + "/cancel",
				"{\"reason\":\"away\"}", "Authorization", this.emma);
		assertThat(this.json.readTree(cancelled.body()).get("status").asString()).isEqualTo("CANCELLED");
		assertThat(code(
				this.http.json("POST", "/api/v1/appointments/" + early + "/cancel", "{}", "Authorization", this.emma)))
			.isEqualTo("NOT_BOOKED");

		this.clock.set(ZonedDateTime.of(day.minusDays(1), LocalTime.of(12, 0), BookingFixture.LONDON).toInstant());
		assertThat(code(
				this.http.json("POST", "/api/v1/appointments/" + late + "/cancel", "{}", "Authorization", this.emma)))
			.isEqualTo("TOO_LATE");
		assertThat(code(this.http.json("POST", "/api/v1/appointments/" + late + "/reschedule",
				"{\"start\":\"" + BookingFixture.at(day, "15:00") + "\"}", "Authorization", this.emma)))
			.isEqualTo("TOO_LATE");
		assertThat(code(
				this.http.json("POST", "/api/v1/appointments/" + late + "/cancel", "{}", "Authorization", this.admin)))
			.isEqualTo("REASON_REQUIRED");
		HttpResponse<String> byStaff = this.http.json("POST", "/api/v1/appointments/" + late + "/cancel",
				"{\"reason\":\"Therapist unwell\"}", "Authorization", this.admin);
		assertThat(byStaff.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(byStaff.body()).get("cancelReason").asString()).isEqualTo("Therapist unwell");
	}

	private HttpResponse<String> book(UUID client, LocalDate day, String time, String service) {
		return book(client, day, time, service, this.emma);
	}

	private HttpResponse<String> book(UUID client, LocalDate day, String time, String service, String auth) {
		return this.http.json("POST", "/api/v1/appointments",
				BookingFixture.booking(client, this.therapist.id().value(), service, BookingFixture.at(day, time)),
				"Authorization", auth);
	}

	private String code(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isIn(409, 422);
		return this.json.readTree(response.body()).get("code").asString();
	}

	private JsonNode get(String path, String auth) {
		HttpResponse<String> response = this.http.get(path, "Authorization", auth);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private long countFor(TherapistProfile therapist) {
		return this.jdbc.sql("select count(*) from booking_appointment where therapist_id = :t")
			.param("t", therapist.id().value())
			.query(Long.class)
			.single();
	}

	private UUID emmaId() {
		return this.fixture.actor("client@demo.drift").clientId().value();
	}

	private String otherClinicAdmin() {
		ClinicProfile other = this.people
			.openClinic(new ClinicDetails("Other Clinic", java.time.ZoneId.of("America/New_York"), Locale.US, "USD",
					new EmergencyNumbers(null, "911"), List.of(), ClinicSettings.defaults().withoutStaffMfa()));
		String email = "admin-" + UUID.randomUUID() + "@other.example";
		AccountView admin = this.fixture.accounts.createFirstAdmin(other.id(),
				new NewStaff("Other Admin", email, Role.ADMIN, "other-clinic-pw"));
		return this.fixture.bearer(admin.email());
	}

}
