package dev.drift.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.drift.DriftTest;
import dev.drift.MutableClock;
import dev.drift.accounts.Accounts;
import dev.drift.intake.Intake;
import dev.drift.people.People;
import dev.drift.plan.CourseRequest.Mode;
import dev.drift.plan.PlanReview.Outcome;
import dev.drift.questionnaires.Instrument;
import dev.drift.questionnaires.Questionnaires;
import dev.drift.shared.InvalidInputException;
import dev.drift.shared.RuleViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The review at the end of phase A on data shaped like the demo's (an ISI and a PSQI
 * before the course, another ISI in the week before the review): improved books phase B,
 * not improved closes the plan with S04 for client and staff, and a relapse in
 * maintenance proposes phase A again.
 */
@DriftTest
class PlanReviewTests {

	@Autowired
	Plans plans;

	@Autowired
	People people;

	@Autowired
	Accounts accounts;

	@Autowired
	Intake intake;

	@Autowired
	Questionnaires questionnaires;

	@Autowired
	MutableClock clock;

	PlanClinic clinic;

	CourseBooking course;

	@BeforeEach
	void aBookedCourseWithABaselineIsiOf18() {
		this.clinic = PlanClinic.open(this.people, this.accounts, this.intake, this.questionnaires, this.plans,
				this.clock);
		isi(18, this.clock.instant().minus(Duration.ofDays(1)));
		this.course = this.plans.bookCourse(this.clinic.admin(), this.clinic.client().id(), this.clinic.plan().id(),
				new CourseRequest(this.clinic.monday(), null, Mode.ALL_OR_NOTHING, false));
		assertThat(this.course.appointments()).hasSize(6);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void beforeTheReviewSessionStartsNoReviewCanBeDecided() {
		PlanReview review = review();

		assertThat(review.status()).isEqualTo(PlanStatus.ACTIVE);
		assertThat(review.suggestion()).isNull();
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> decide(new ReviewDecision(Outcome.IMPROVED, null, null, null, null)));
	}

	@Test
	void anIsiDownBySixOrMoreIsImprovedAndBooksPhaseB() {
		atReview();
		isi(10, this.clock.instant().minus(Duration.ofDays(2)));

		PlanReview review = review();
		assertThat(review.status()).isEqualTo(PlanStatus.REVIEW_DUE);
		assertThat(review.sessionsHeld()).isEqualTo(6);
		assertThat(review.isi().reduction()).isEqualTo(8);
		assertThat(review.improved()).isTrue();
		assertThat(review.suggestion()).isEqualTo(Outcome.IMPROVED);
		assertThat(review.rule()).contains("ISI down by 6");

		ReviewResult result = decide(new ReviewDecision(Outcome.IMPROVED, null, null, null, Mode.WHAT_FITS));

		assertThat(result.plan().status()).isEqualTo(PlanStatus.MAINTENANCE);
		assertThat(result.plan().signpost()).isNull();
		assertThat(result.course().appointments()).hasSize(4);
		List<CourseBooking.Session> phaseB = result.course().appointments();
		LocalDate review6 = this.course.appointments().get(5).start().toLocalDate();
		assertThat(phaseB).extracting((s) -> ChronoUnit.DAYS.between(review6, s.start().toLocalDate()))
			.as("two weeks after the review, then two weeks, then monthly (local days, across clock changes)")
			.containsExactly(14L, 28L, 56L, 84L);
		assertThat(phaseB).extracting((s) -> s.start().toLocalTime()).containsOnly(phaseB.get(0).start().toLocalTime());
	}

	@Test
	void noMeaningfulImprovementClosesThePlanWithS04ForClientAndStaff() {
		atReview();
		isi(16, this.clock.instant().minus(Duration.ofDays(2)));
		assertThat(review().suggestion()).isEqualTo(Outcome.NOT_IMPROVED);
		assertThatExceptionOfType(InvalidInputException.class).as("against the suggestion without a reason")
			.isThrownBy(() -> decide(new ReviewDecision(Outcome.IMPROVED, " ", null, null, null)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("REASON_REQUIRED"));

		ReviewResult result = decide(new ReviewDecision(Outcome.NOT_IMPROVED, null, null, null, null));

		assertThat(result.plan().status()).isEqualTo(PlanStatus.CLOSED);
		assertThat(result.plan().signpost()).isEqualTo("S04");
		assertThat(result.course()).isNull();
		dev.drift.people.Actor self = new dev.drift.people.Actor(java.util.UUID.randomUUID(),
				this.clinic.client().clinicId(), dev.drift.people.Role.CLIENT, this.clinic.client().id(), null);
		assertThat(this.plans.plans(self, this.clinic.client().id())).singleElement()
			.satisfies((plan) -> assertThat(plan.signpost()).isEqualTo("S04"));
	}

	@Test
	void anIsiBackUpBySixInMaintenanceProposesPhaseAAgain() {
		atReview();
		isi(10, this.clock.instant().minus(Duration.ofDays(2)));
		decide(new ReviewDecision(Outcome.IMPROVED, null, null, null, Mode.WHAT_FITS));
		assertThat(review().relapse()).isFalse();

		this.clock.advance(Duration.ofDays(20));
		isi(17, this.clock.instant().minus(Duration.ofHours(1)));
		PlanReview review = review();
		assertThat(review.relapse()).isTrue();
		assertThat(review.suggestion()).isEqualTo(Outcome.RETURN_TO_A);

		ReviewResult result = decide(new ReviewDecision(Outcome.RETURN_TO_A, null, null, 2, Mode.WHAT_FITS));

		assertThat(result.plan().status()).isEqualTo(PlanStatus.ACTIVE);
		assertThat(result.course().appointments()).extracting(CourseBooking.Session::session).containsExactly(7, 8);
		assertThat(result.course().appointments().get(1).reviewPoint()).isTrue();
	}

	private void atReview() {
		this.clock.set(this.course.reviewAt().toInstant().plus(Duration.ofMinutes(5)));
	}

	private PlanReview review() {
		return this.plans.review(this.clinic.admin(), this.clinic.client().id(), this.clinic.plan().id());
	}

	private ReviewResult decide(ReviewDecision decision) {
		return this.plans.decideReview(this.clinic.admin(), this.clinic.client().id(), this.clinic.plan().id(),
				decision);
	}

	/** An ISI with the given total, completed at the instant. */
	private void isi(int total, Instant at) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		ObjectNode items = body.putObject("items");
		String[] keys = { "fallingAsleep", "stayingAsleep", "wakingTooEarly", "satisfaction", "noticeability", "worry",
				"interference" };
		for (int i = 0; i < keys.length; i++) {
			items.put(keys[i], Math.min(4, Math.max(0, total - 4 * i)));
		}
		this.questionnaires.recordCompleted(this.clinic.admin(), this.clinic.client().id(), Instrument.ISI, body, at);
	}

}
