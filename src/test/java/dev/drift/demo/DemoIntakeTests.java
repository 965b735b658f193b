package dev.drift.demo;

import java.time.Instant;

import dev.drift.DriftTest;
import dev.drift.MutableClock;
import dev.drift.accounts.Accounts;
import dev.drift.intake.Intake;
import dev.drift.intake.TreatmentDecision;
import dev.drift.intake.TreatmentDecision.Reason;
import dev.drift.people.ClientId;
import dev.drift.people.Skill;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class DemoIntakeTests {

	@Autowired
	Intake intake;

	@Autowired
	MutableClock clock;

	@Autowired
	Accounts accounts;

	@Test
	void theFirstTwoDemoClientsCanBeBookedForTreatment() {
		assertThat(gate("client@demo.drift").allowed()).isTrue();
		assertThat(gate("client2@demo.drift").allowed()).isTrue();
		assertThat(gate("client2@demo.drift").sessionLevel().name()).isEqualTo("MODIFY");
	}

	@Test
	void theDemoHasARealisticSpread() {
		assertThat(gate("client5@demo.drift").requiredSkills()).containsExactly(Skill.PRENATAL);
		assertThat(gate("client6@demo.drift").reason()).isEqualTo(Reason.CLEARANCE_REQUIRED);
		assertThat(gate("client7@demo.drift").reason()).isEqualTo(Reason.DEFER);
		assertThat(gate("client8@demo.drift").allowed()).as("clearance recorded").isTrue();
		assertThat(gate("client20@demo.drift").reason()).isEqualTo(Reason.NO_INTAKE);
	}

	private TreatmentDecision gate(String email) {
		ClientId id = this.accounts.findByEmail(email).orElseThrow().clientId();
		return this.intake.treatmentAllowed(id, this.clock.instant());
	}

}
