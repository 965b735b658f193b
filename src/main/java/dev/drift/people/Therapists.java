package dev.drift.people;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.drift.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Therapists of a clinic: their profile, skills, weekly hours and time off.
 */
@Service
@Transactional
class Therapists {

	private final TherapistRepository therapists;

	private final JdbcClient jdbc;

	private final ProfileReads.Versioned<TherapistProfile> kept;

	Therapists(TherapistRepository therapists, JdbcClient jdbc) {
		this.therapists = therapists;
		this.jdbc = jdbc;
		this.kept = new ProfileReads.Versioned<>(jdbc, "select version from people_therapist where id = :id");
	}

	/** Adds a therapist to a clinic; called when their staff account is created. */
	public TherapistProfile join(ClinicId clinic, TherapistDetails details) {
		return this.therapists.save(Therapist.join(clinic, details)).toProfile();
	}

	@Transactional(readOnly = true)
	public List<TherapistProfile> of(ClinicId clinic) {
		// three statements for the whole clinic: loading the aggregates one by one asked
		// for each therapist's hours and time off separately (41 statements for 20
		// therapists on every availability request, issue 11)
		Map<UUID, Set<WorkingDay>> hours = new HashMap<>();
		this.jdbc
			.sql("select h.therapist_id, h.day_of_week, h.starts, h.ends, h.break_starts, h.break_ends"
					+ " from people_therapist_hours h join people_therapist t on t.id = h.therapist_id"
					+ " where t.clinic_id = :clinic")
			.param("clinic", clinic.value())
			.query((rs, i) -> hours.computeIfAbsent(rs.getObject(1, UUID.class), (id) -> new LinkedHashSet<>())
				.add(new WorkingDay(DayOfWeek.valueOf(rs.getString(2)), rs.getObject(3, LocalTime.class),
						rs.getObject(4, LocalTime.class), rs.getObject(5, LocalTime.class),
						rs.getObject(6, LocalTime.class))))
			.list();
		Map<UUID, Set<TimeOff>> away = new HashMap<>();
		this.jdbc
			.sql("select o.therapist_id, o.first_day, o.last_day, o.note from people_therapist_time_off o"
					+ " join people_therapist t on t.id = o.therapist_id where t.clinic_id = :clinic")
			.param("clinic", clinic.value())
			.query((rs, i) -> away.computeIfAbsent(rs.getObject(1, UUID.class), (id) -> new LinkedHashSet<>())
				.add(new TimeOff(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getString(4))))
			.list();
		return this.jdbc
			.sql("select id, version, clinic_id, name, bio, skills from people_therapist where clinic_id = :clinic"
					+ " order by name")
			.param("clinic", clinic.value())
			.query((rs, i) -> {
				UUID id = rs.getObject(1, UUID.class);
				return new Therapist(id, rs.getLong(2), rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5),
						rs.getString(6), hours.getOrDefault(id, Set.of()), away.getOrDefault(id, Set.of()))
					.toProfile();
			})
			.list();
	}

	/** The clinic's therapists' names by id, for pages that show many appointments. */
	@Transactional(readOnly = true)
	public Map<TherapistId, String> names(ClinicId clinic) {
		return of(clinic).stream()
			.collect(Collectors.toMap(TherapistProfile::id, TherapistProfile::name, (a, b) -> a, LinkedHashMap::new));
	}

	@Transactional(readOnly = true)
	public TherapistProfile get(Actor actor, TherapistId id) {
		return this.kept.get(id.value(), (uuid) -> this.therapists.findById(uuid).map(Therapist::versionedProfile))
			.filter((therapist) -> therapist.clinicId().equals(actor.clinicId()))
			.orElseThrow(() -> new NotFoundException("Therapist"));
	}

	public TherapistProfile change(Actor actor, TherapistId id, TherapistDetails details) {
		Therapist therapist = editable(actor, id);
		therapist.change(details);
		return this.therapists.save(therapist).toProfile();
	}

	public TherapistProfile takeTimeOff(Actor actor, TherapistId id, TimeOff off) {
		Therapist therapist = editable(actor, id);
		therapist.takeTimeOff(off);
		return this.therapists.save(therapist).toProfile();
	}

	public TherapistProfile cancelTimeOff(Actor actor, TherapistId id, TimeOff off) {
		Therapist therapist = editable(actor, id);
		if (!therapist.cancelTimeOff(off)) {
			throw new NotFoundException("Time off");
		}
		return this.therapists.save(therapist).toProfile();
	}

	private Therapist visible(Actor actor, TherapistId id) {
		return this.therapists.findById(id.value())
			.filter((therapist) -> therapist.clinicId().equals(actor.clinicId()))
			.orElseThrow(() -> new NotFoundException("Therapist"));
	}

	private Therapist editable(Actor actor, TherapistId id) {
		actor.requireAdmin();
		return visible(actor, id);
	}

}
