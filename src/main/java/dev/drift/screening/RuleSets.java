package dev.drift.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.ClinicId;
import dev.drift.people.Role;
import dev.drift.people.TherapistId;
import dev.drift.people.People;
import dev.drift.shared.ForbiddenException;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import dev.drift.shared.NotFoundException;
import dev.drift.shared.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinic's rule-set versions: changing a setting that affects the rules makes a new,
 * unsigned version; the lead therapist (the therapist the admin names) signs it off;
 * until then the previous version stays in force. Public: the second facade of the module
 * (rule-set administration).
 */
@Service
@Transactional
public class RuleSets {

	private final RuleSetStore store;

	private final Questionnaire questionnaire;

	private final People people;

	private final AuditLog audit;

	private final Clock clock;

	RuleSets(RuleSetStore store, Questionnaire questionnaire, People people, AuditLog audit, Clock clock) {
		this.store = store;
		this.questionnaire = questionnaire;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/** The version in force: the newest signed one, or the questionnaire's defaults. */
	@Transactional(readOnly = true)
	public RuleSetVersion inForce(ClinicId clinic) {
		return this.store.newestSigned(clinic.value()).orElseGet(() -> RuleSetVersion.standard(this.questionnaire));
	}

	/** The newest version, signed or not: what the settings form shows. */
	@Transactional(readOnly = true)
	public RuleSetVersion newest(ClinicId clinic) {
		return this.store.all(clinic.value())
			.stream()
			.findFirst()
			.orElseGet(() -> RuleSetVersion.standard(this.questionnaire));
	}

	/** The newest unsigned version newer than the one in force, waiting for sign-off. */
	@Transactional(readOnly = true)
	public Optional<RuleSetVersion> pending(ClinicId clinic) {
		int inForce = inForce(clinic).number();
		return this.store.all(clinic.value()).stream().filter((v) -> !v.signed() && v.number() > inForce).findFirst();
	}

	@Transactional(readOnly = true)
	public List<RuleSetVersion> history(Actor actor) {
		actor.requireStaff();
		return this.store.all(actor.clinicId().value());
	}

	/**
	 * The admin changes the clinic's thresholds and policies: a new unsigned version,
	 * unless nothing changed.
	 */
	public RuleSetVersion change(Actor actor, RuleSettings settings) {
		actor.requireAdmin();
		List<FieldProblem> problems = settings.problems();
		if (!problems.isEmpty()) {
			throw new InvalidInputException("INVALID_RULE_SETTINGS", "Some settings are outside their clinical ranges",
					problems);
		}
		RuleSetVersion newest = newest(actor.clinicId());
		RuleSettings fixed = this.questionnaire.defaultSettings();
		settings = new RuleSettings(settings.feverCelsius(), settings.bpDeferSystolic(), settings.bpDeferDiastolic(),
				settings.bpUrgentSystolic(), settings.bpUrgentDiastolic(), settings.dvtRecentMonths(),
				settings.surgeryRecentWeeks(), fixed.firstTrimesterMaxWeeks(), fixed.pregnancyNoProneFromWeeks(),
				fixed.pregnancySideLyingFromWeeks(), settings.firstTrimesterLevel());
		if (newest.settings().equals(settings)) {
			return newest;
		}
		UUID clinic = actor.clinicId().value();
		int number = this.store.nextNumber(clinic);
		RuleSetVersion version = new RuleSetVersion(UUID.randomUUID(), number,
				this.questionnaire.ruleSetVersion() + "+clinic." + number, settings, Instant.now(this.clock),
				actor.accountId(), null, null, null);
		this.store.insert(clinic, version);
		this.audit.record(actor.audit("RULE_SET_CHANGED"));
		return version;
	}

	/** The lead therapist signs a version off; it is in force from now on. */
	public RuleSetVersion signOff(Actor actor, UUID versionId, String signerName) {
		if (!maySignOff(actor)) {
			throw new ForbiddenException();
		}
		if (signerName == null || signerName.isBlank() || signerName.length() > 200) {
			throw new RuleViolationException("SIGNER_NAME_REQUIRED", "Sign with your name");
		}
		UUID clinic = actor.clinicId().value();
		RuleSetVersion version = this.store.find(clinic, versionId)
			.orElseThrow(() -> new NotFoundException("Rule set"));
		if (version.number() < inForce(actor.clinicId()).number()) {
			throw new RuleViolationException("RULE_SET_SUPERSEDED", "A newer version is already in force");
		}
		if (!this.store.sign(clinic, versionId, actor.accountId(), signerName.strip(), Instant.now(this.clock))) {
			throw new RuleViolationException("RULE_SET_ALREADY_SIGNED", "This version is already signed");
		}
		this.audit.record(actor.audit("RULE_SET_SIGNED"));
		return this.store.find(clinic, versionId).orElseThrow();
	}

	/**
	 * Only the therapist an admin named lead therapist signs versions off: an admin who
	 * is not a clinician cannot put a rule set in force alone.
	 */
	public boolean maySignOff(Actor actor) {
		return actor.role() == Role.THERAPIST && actor.therapistId() != null
				&& leadTherapist(actor.clinicId()).map((lead) -> lead.equals(actor.therapistId())).orElse(false);
	}

	/**
	 * Admins and the named lead therapist may override a DEFER row (clinical rules §0.1).
	 */
	public boolean mayLead(Actor actor) {
		return actor.isAdmin() || maySignOff(actor);
	}

	@Transactional(readOnly = true)
	public Optional<TherapistId> leadTherapist(ClinicId clinic) {
		return this.store.leadTherapist(clinic.value()).map(TherapistId::new);
	}

	public void nameLeadTherapist(Actor actor, TherapistId therapist) {
		actor.requireAdmin();
		if (therapist != null
				&& this.people.therapistsOf(actor.clinicId()).stream().noneMatch((t) -> t.id().equals(therapist))) {
			throw new NotFoundException("Therapist");
		}
		this.store.nameLeadTherapist(actor.clinicId().value(), therapist == null ? null : therapist.value(),
				Instant.now(this.clock));
		this.audit.record(actor.audit("LEAD_THERAPIST_NAMED"));
	}

}
