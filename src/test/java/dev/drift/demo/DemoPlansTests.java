package dev.drift.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.TestPeople;
import dev.drift.booking.AppointmentView;
import dev.drift.booking.Booking;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.People;
import dev.drift.people.Skill;
import dev.drift.plan.CourseBooking;
import dev.drift.plan.CourseRequest;
import dev.drift.plan.NewPlan;
import dev.drift.plan.PlanStatus;
import dev.drift.plan.PlanView;
import dev.drift.plan.Plans;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's plans: one client reviewed as improved and in maintenance, one not improved
 * with S04, a pregnant client on a prenatal plan with the prenatal therapist, and an
 * evening-shift worker booked on their days off; the reviewed courses took place over the
 * diary's treatment weeks.
 */
@DriftTest
class DemoPlansTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	@LocalServerPort
	int port;

	@Autowired
	Plans plans;

	@Autowired
	Booking booking;

	@Autowired
	People people;

	@Autowired
	TestPeople testPeople;

	@Autowired
	MutableClock clock;

	@Test
	void theImprovedClientIsInMaintenanceAfterSixSessionsHeldOverTheDiaryWeeks() {
		PlanView plan = plan("client10@demo.drift");

		assertThat(plan.status()).isEqualTo(PlanStatus.MAINTENANCE);
		assertThat(plan.signpost()).isNull();
		List<AppointmentView> held = appointments("client10@demo.drift", -50, 0).stream()
			.filter((a) -> a.start().toInstant().isBefore(this.clock.instant()) && !a.online())
			.toList();
		assertThat(held).hasSize(6);
		assertThat(plan.reviewAt()).isBefore(this.clock.instant());
	}

	/**
	 * Issue 9, acceptance 2, on the demo's client@demo.drift (sleeps at 22:30): from the
	 * first Monday after the demo's own bookings for her, six weekly sessions that end
	 * 18:30–20:30 London time, the sixth the review point, all booked.
	 */
	@Test
	void emmaWhoSleepsAt2230GetsSixWeeklySessionsEndingTwoToFourHoursBeforeBed() {
		Actor admin = this.testPeople.actor("admin@demo.drift");
		ClientId emma = this.testPeople.actor("client@demo.drift").clientId();
		PlanView plan = this.plans.create(admin, emma, NewPlan.asRecommended());
		LocalDate monday = LocalDate.now(this.clock.withZone(LONDON))
			.plusDays(21)
			.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

		CourseBooking course = this.plans.bookCourse(admin, emma, plan.id(),
				new CourseRequest(monday, null, CourseRequest.Mode.ALL_OR_NOTHING, false));

		assertThat(course.booked()).isTrue();
		assertThat(course.appointments()).hasSize(6).allSatisfy((session) -> {
			assertThat(session.id()).isNotNull();
			assertThat(session.end().withZoneSameInstant(LONDON).toLocalTime()).isBetween(LocalTime.of(18, 30),
					LocalTime.of(20, 30));
			assertThat(session.reviewPoint()).isEqualTo(session.session() == 6);
		});
		assertThat(course.reviewAt()).isEqualTo(course.appointments().get(5).start());
	}

	@Test
	void theClientWhoDidNotImproveHasSignpostS04AndAClosedPlan() {
		PlanView plan = plan("client3@demo.drift");

		assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED);
		assertThat(plan.signpost()).isEqualTo("S04");
		Http client = new Http(this.port);
		client.signIn("client3@demo.drift", "drift-demo");
		assertThat(client.get("/me/plan").body()).as("shown to the client").contains("GP or a sleep service");
		Http staff = new Http(this.port);
		staff.signIn("therapist@demo.drift", "drift-demo");
		assertThat(staff.get("/clients/" + plan.clientId().value() + "/plans/" + plan.id()).body()).as("shown to staff")
			.contains("GP or a sleep service")
			.contains("Closed");
	}

	@Test
	void thePregnantClientHasAPrenatalPlanWithThePrenatalTherapist() {
		PlanView plan = plan("client5@demo.drift");

		assertThat(plan.recommendation().profile()).isEqualTo("T1");
		assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
		Actor admin = this.testPeople.actor("admin@demo.drift");
		assertThat(appointments("client5@demo.drift", 7, 60)).isNotEmpty()
			.allSatisfy(
					(a) -> assertThat(this.people.therapist(admin, a.therapistId()).skills()).contains(Skill.PRENATAL));
	}

	@Test
	void theEveningShiftWorkerIsBookedOnTheirDaysOff() {
		PlanView plan = plan("client4@demo.drift");

		assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
		assertThat(appointments("client4@demo.drift", 7, 60)).isNotEmpty()
			.allSatisfy((a) -> assertThat(a.start().getDayOfWeek()).isIn(DayOfWeek.MONDAY, DayOfWeek.TUESDAY));
	}

	/** The client's demo plan (the oldest: a test may add another). */
	private PlanView plan(String email) {
		Actor admin = this.testPeople.actor("admin@demo.drift");
		return this.plans.plans(admin, this.testPeople.actor(email).clientId()).getLast();
	}

	/** The client's booked treatments starting between the given days from today. */
	private List<AppointmentView> appointments(String email, int fromDays, int toDays) {
		Actor admin = this.testPeople.actor("admin@demo.drift");
		LocalDate today = LocalDate.now(this.clock.withZone(LONDON));
		Instant startOfToday = today.atStartOfDay(LONDON).toInstant();
		return this.booking
			.list(admin, today.plusDays(fromDays), today.plusDays(toDays), null,
					this.testPeople.actor(email).clientId())
			.stream()
			.filter(AppointmentView::isBooked)
			.filter((a) -> !a.online() && (fromDays < 0 || a.start().toInstant().isAfter(startOfToday)))
			.toList();
	}

}
