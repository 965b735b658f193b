package dev.drift.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.drift.screening.Screen;
import dev.drift.screening.Level;
import dev.drift.DriftTest;
import dev.drift.MutableClock;
import dev.drift.accounts.Accounts;
import dev.drift.people.People;
import dev.drift.shared.RuleViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DriftTest
@RecordApplicationEvents
class RecheckTests {

	static final RecheckAnswers NOTHING = new RecheckAnswers(false, false, false, false, false);

	static final RecheckAnswers FEVER = new RecheckAnswers(true, false, false, false, false);

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Autowired
	Intake intake;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	IntakeFixtures.TestClient client;

	@BeforeEach
	void setUp() {
		this.client = new IntakeFixtures(this.accounts, this.people).newDemoClient();
		this.intake.recordIntake(this.client.actor(), this.client.id(), Screen.clean());
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theCheckOpensFortyEightHoursBeforeTheAppointment() {
		Instant start = Instant.now(this.clock).plus(Duration.ofHours(72));
		this.intake.requestRecheck(this.client.id(), UUID.randomUUID(), start);

		assertThat(this.intake.openRechecks(this.client.actor(), this.client.id())).isEmpty();
		this.clock.set(start.minus(Duration.ofHours(47)));
		assertThat(this.intake.openRechecks(this.client.actor(), this.client.id())).hasSize(1);
		this.clock.set(start.plusSeconds(1));
		assertThat(this.intake.openRechecks(this.client.actor(), this.client.id())).isEmpty();
	}

	@Test
	void nothingChangedKeepsTheScreening() {
		Recheck recheck = openRecheck();
		long published = this.events.stream(ScreeningChanged.class).count();

		Recheck answered = this.intake.answerRecheck(this.client.actor(), this.client.id(), recheck.id(), NOTHING,
				null);

		assertThat(answered.changed()).isFalse();
		assertThat(answered.screeningId()).isNull();
		assertThat(this.events.stream(ScreeningChanged.class).count()).isEqualTo(published);
		assertThat(this.intake.treatmentAllowed(this.client.id(), recheck.appointmentStart()).allowed()).isTrue();
	}

	@Test
	void aChangeReScreensAndPublishesScreeningChanged() {
		Recheck recheck = openRecheck();

		Recheck answered = this.intake.answerRecheck(this.client.actor(), this.client.id(), recheck.id(), FEVER,
				Screen.with(Map.of("fever_today", "true")));

		assertThat(answered.changed()).isTrue();
		assertThat(this.events.stream(ScreeningChanged.class)
			.filter((e) -> e.clientId().equals(this.client.id()))
			.reduce((first, second) -> second)
			.orElseThrow()
			.sessionLevel()).isEqualTo(Level.DEFER);
		assertThat(this.intake.treatmentAllowed(this.client.id(), recheck.appointmentStart()).reason())
			.isEqualTo(TreatmentDecision.Reason.DEFER);
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(
				() -> this.intake.answerRecheck(this.client.actor(), this.client.id(), recheck.id(), NOTHING, null));
	}

	@Test
	void aChangeNeedsTheUpdatedAnswers() {
		Recheck recheck = openRecheck();

		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(
				() -> this.intake.answerRecheck(this.client.actor(), this.client.id(), recheck.id(), FEVER, null));
	}

	private Recheck openRecheck() {
		Instant start = Instant.now(this.clock).plus(Duration.ofHours(24));
		return this.intake.requestRecheck(this.client.id(), UUID.randomUUID(), start);
	}

}
