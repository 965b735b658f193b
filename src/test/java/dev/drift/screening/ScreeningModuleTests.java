package dev.drift.screening;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.ClinicDetails;
import dev.drift.people.ClinicId;
import dev.drift.people.ClinicSettings;
import dev.drift.people.People;
import dev.drift.people.EmergencyNumbers;
import dev.drift.people.Role;
import dev.drift.people.TherapistDetails;
import dev.drift.people.TherapistId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screening on its own, with only the modules it depends on (no intake, booking or site):
 * a clinic's changed thresholds wait for the lead therapist's sign-off, then are in
 * force, and both steps are audited.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(DriftTest.TestClock.class)
class ScreeningModuleTests {

	@Autowired
	RuleSets rules;

	@Autowired
	People people;

	@Autowired
	AuditLog audit;

	@Test
	void changedThresholdsWaitForSignOffThenAreInForce() {
		ClinicId clinic = this.people
			.openClinic(new ClinicDetails("Screening " + UUID.randomUUID(), ZoneId.of("Europe/London"), Locale.UK,
					"GBP", new EmergencyNumbers("111", "999"), List.of(), ClinicSettings.defaults().withoutStaffMfa()))
			.id();
		Actor admin = new Actor(UUID.randomUUID(), clinic, Role.ADMIN, null, null);
		RuleSetVersion standard = this.rules.inForce(clinic);
		RuleSettings stricter = new RuleSettings(new BigDecimal("37.8"), standard.settings().bpDeferSystolic(),
				standard.settings().bpDeferDiastolic(), standard.settings().bpUrgentSystolic(),
				standard.settings().bpUrgentDiastolic(), standard.settings().dvtRecentMonths(),
				standard.settings().surgeryRecentWeeks(), standard.settings().firstTrimesterMaxWeeks(),
				standard.settings().pregnancyNoProneFromWeeks(), standard.settings().pregnancySideLyingFromWeeks(),
				standard.settings().firstTrimesterLevel());

		RuleSetVersion changed = this.rules.change(admin, stricter);

		assertThat(this.rules.pending(clinic)).hasValueSatisfying((v) -> assertThat(v.id()).isEqualTo(changed.id()));
		assertThat(this.rules.inForce(clinic).settings().feverCelsius())
			.isEqualByComparingTo(standard.settings().feverCelsius());

		TherapistId leadTherapist = this.people
			.joinTherapist(clinic, new TherapistDetails("Lee Lead", "", Set.of(), List.of()))
			.id();
		this.rules.nameLeadTherapist(admin, leadTherapist);
		this.rules.signOff(new Actor(UUID.randomUUID(), clinic, Role.THERAPIST, null, leadTherapist), changed.id(),
				"Lee Lead");

		assertThat(this.rules.inForce(clinic).settings().feverCelsius()).isEqualByComparingTo("37.8");
		assertThat(this.rules.pending(clinic)).isEmpty();
		assertThat(this.audit.latest(clinic.value(), 10)).extracting(AuditLog.AuditRecord::action)
			.contains("RULE_SET_CHANGED", "RULE_SET_SIGNED");
	}

}
