package dev.drift.plan;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.accounts.Accounts;
import dev.drift.booking.AppointmentView;
import dev.drift.booking.Booking;
import dev.drift.booking.BookingRequest;
import dev.drift.intake.Intake;
import dev.drift.people.Actor;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.people.TherapistId;
import dev.drift.plan.CourseBooking.Session;
import dev.drift.plan.CourseRequest.Mode;
import dev.drift.questionnaires.Instrument;
import dev.drift.questionnaires.QuestionnaireDue;
import dev.drift.questionnaires.Questionnaires;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan books its course: for a client who sleeps at 22:30, six weekly sessions that end
 * 18:30–20:30 London time on the same weekday, time and therapist, the sixth the review
 * point with ISI and PSQI due before it; with an evening taken, the preview lists the
 * conflict with alternatives, all-or-nothing books nothing and "what fits" books the
 * rest. Each test has its own clinic (its questionnaire schedule and its therapist's
 * evenings).
 */
@DriftTest
class CourseBookingTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	@LocalServerPort
	int port;

	@Autowired
	Plans plans;

	@Autowired
	People people;

	@Autowired
	Accounts accounts;

	@Autowired
	Intake intake;

	@Autowired
	Booking booking;

	@Autowired
	Questionnaires questionnaires;

	@Autowired
	MutableClock clock;

	@Autowired
	JsonMapper json;

	Actor admin;

	TherapistId therapist;

	ClientProfile client;

	PlanView plan;

	LocalDate monday;

	@BeforeEach
	void aClinicWithOneTherapistAndAClientWhoSleepsAt2230() {
		PlanClinic clinic = PlanClinic.open(this.people, this.accounts, this.intake, this.questionnaires, this.plans,
				this.clock);
		this.admin = clinic.admin();
		this.therapist = clinic.therapist();
		this.client = clinic.client();
		this.plan = clinic.plan();
		this.monday = clinic.monday();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void sixWeeklySessionsEndTwoToFourHoursBeforeBedAndTheSixthIsTheReviewWithQuestionnairesDueBeforeIt() {
		CourseBooking course = this.plans.bookCourse(this.admin, this.client.id(), this.plan.id(),
				new CourseRequest(this.monday, null, Mode.ALL_OR_NOTHING, false));

		assertThat(course.booked()).isTrue();
		assertThat(course.conflicts()).isEmpty();
		assertThat(course.appointments()).hasSize(6).allSatisfy((session) -> {
			LocalTime end = session.end().withZoneSameInstant(LONDON).toLocalTime();
			assertThat(end).isBetween(LocalTime.of(18, 30), LocalTime.of(20, 30));
			assertThat(session.withinSleepWindow()).isTrue();
			assertThat(session.service()).isEqualTo("massage-60");
			assertThat(session.therapistId()).isEqualTo(this.therapist.value());
		});
		Session first = course.appointments().getFirst();
		for (int i = 0; i < 6; i++) {
			Session session = course.appointments().get(i);
			assertThat(session.session()).isEqualTo(i + 1);
			assertThat(session.start()).isEqualTo(first.start().plusWeeks(i));
			assertThat(session.reviewPoint()).isEqualTo(i == 5);
		}
		assertThat(course.reviewAt()).isEqualTo(course.appointments().get(5).start());
		assertThat(booked()).extracting(AppointmentView::id)
			.containsExactlyInAnyOrderElementsOf(course.appointments().stream().map(Session::id).toList());
		assertThat(this.plans.plan(this.admin, this.client.id(), this.plan.id()).status()).isEqualTo(PlanStatus.ACTIVE);

		LocalDate review = course.reviewAt().withZoneSameInstant(LONDON).toLocalDate();
		this.clock.set(review.minusDays(4).atTime(9, 0).atZone(LONDON).toInstant());
		assertThat(this.questionnaires.due(this.admin, this.client.id())).isEmpty();
		this.clock.set(review.minusDays(3).atTime(9, 0).atZone(LONDON).toInstant());
		assertThat(this.questionnaires.due(this.admin, this.client.id())).containsExactlyInAnyOrder(
				new QuestionnaireDue(Instrument.ISI, review.minusDays(3)),
				new QuestionnaireDue(Instrument.PSQI, review.minusDays(3)));
	}

	@Test
	void withAnEveningTakenThePreviewListsTheConflictAllOrNothingBooksNothingAndWhatFitsBooksTheRest() {
		CourseBooking preview = this.plans.bookCourse(this.admin, this.client.id(), this.plan.id(),
				new CourseRequest(this.monday, null, Mode.ALL_OR_NOTHING, true));
		assertThat(preview.booked()).isFalse();
		assertThat(preview.appointments()).hasSize(6).allSatisfy((s) -> assertThat(s.id()).isNull());
		assertThat(booked()).as("a preview books nothing").isEmpty();
		ZonedDateTime third = preview.appointments().get(2).start();
		ClientProfile other = PlanClinic.client(this.people, this.intake, this.admin, this.clock);
		this.booking.book(this.admin,
				new BookingRequest(other.id(), this.therapist, "massage-60", third.toInstant(), null), null);

		HttpResponse<String> response = new Http(this.port).json("POST",
				"/api/v1/clients/" + this.client.id().value() + "/plans/" + this.plan.id() + "/book",
				"{\"from\": \"" + this.monday + "\", \"preview\": true}", "Authorization",
				"Bearer " + this.accounts.issueToken(this.admin, "course").secret());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode conflicts = this.json.readTree(response.body()).get("conflicts");
		assertThat(conflicts).hasSize(1);
		assertThat(conflicts.get(0).get("session").asInt()).isEqualTo(3);
		assertThat(conflicts.get(0).get("reason").asString()).isEqualTo("SLOT_TAKEN");
		assertThat(conflicts.get(0).get("alternatives")).isNotEmpty();

		CourseBooking allOrNothing = this.plans.bookCourse(this.admin, this.client.id(), this.plan.id(),
				new CourseRequest(this.monday, null, Mode.ALL_OR_NOTHING, false));
		assertThat(allOrNothing.booked()).isFalse();
		assertThat(booked()).as("all or nothing").isEmpty();
		assertThat(this.plans.plan(this.admin, this.client.id(), this.plan.id()).status()).isEqualTo(PlanStatus.DRAFT);

		CourseBooking whatFits = this.plans.bookCourse(this.admin, this.client.id(), this.plan.id(),
				new CourseRequest(this.monday, null, Mode.WHAT_FITS, false));
		assertThat(whatFits.booked()).isTrue();
		assertThat(whatFits.appointments()).extracting(Session::session).containsExactly(1, 2, 4, 5, 6);
		assertThat(whatFits.conflicts()).extracting(CourseBooking.Conflict::session).containsExactly(3);
		assertThat(booked()).hasSize(5);
	}

	private List<AppointmentView> booked() {
		LocalDate today = LocalDate.now(this.clock.withZone(LONDON));
		return this.booking.list(this.admin, today, today.plusDays(90), null, this.client.id())
			.stream()
			.filter(AppointmentView::isBooked)
			.toList();
	}

}
