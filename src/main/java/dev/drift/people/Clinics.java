package dev.drift.people;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.drift.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens clinics, reads them, and lets a clinic's admin change its details and settings.
 */
@Service
@Transactional
class Clinics {

	private final ClinicRepository clinics;

	private final Clock clock;

	private final ProfileReads.PerTransaction reads = new ProfileReads.PerTransaction("clinics");

	private final ProfileReads.Versioned<ClinicProfile> kept;

	Clinics(ClinicRepository clinics, Clock clock, JdbcClient jdbc) {
		this.clinics = clinics;
		this.clock = clock;
		this.kept = new ProfileReads.Versioned<>(jdbc, "select version from people_clinic where id = :id");
	}

	public ClinicProfile open(ClinicDetails details) {
		return this.clinics.save(Clinic.open(details, Instant.now(this.clock))).toProfile();
	}

	@Transactional(readOnly = true)
	public ClinicProfile get(ClinicId id) {
		return this.reads.get(id,
				() -> this.kept.get(id.value(), (uuid) -> this.clinics.findById(uuid).map(Clinic::versionedProfile)))
			.orElseThrow(() -> new NotFoundException("Clinic"));
	}

	@Transactional(readOnly = true)
	public List<ClinicProfile> all() {
		return this.clinics.findAll().stream().map(Clinic::toProfile).toList();
	}

	@Transactional(readOnly = true)
	public boolean none() {
		return this.clinics.count() == 0;
	}

	/** The admin changes their own clinic. */
	public ClinicProfile change(Actor actor, ClinicDetails details) {
		actor.requireAdmin();
		Clinic clinic = this.clinics.findById(actor.clinicId().value())
			.orElseThrow(() -> new NotFoundException("Clinic"));
		clinic.change(details);
		ClinicProfile changed = this.clinics.save(clinic).toProfile();
		return this.reads.put(changed.id(), changed);
	}

}
