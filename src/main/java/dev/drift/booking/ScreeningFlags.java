package dev.drift.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.drift.people.ClientId;
import dev.drift.people.ClinicId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.drift.shared.Timestamps.utc;

import static dev.drift.shared.Timestamps.instant;

/**
 * Booked treatments that a later screening no longer allows, one row per appointment. A
 * flag counts only while its appointment is still booked and ahead.
 */
@Repository
class ScreeningFlags {

	private final JdbcClient jdbc;

	ScreeningFlags(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Flags the appointment (or renews its flag); answers whether it was not flagged
	 * before. Two re-checks of one client at once both end with one flag.
	 */
	boolean flag(Appointment appointment, UUID screeningId, String reason, Instant now) {
		if (renew(appointment.id(), screeningId, reason) > 0) {
			return false;
		}
		try {
			this.jdbc
				.sql("insert into booking_screening_flag (appointment_id, clinic_id, client_id, screening_id, reason,"
						+ " flagged_at) values (:id, :clinic, :client, :screening, :reason, :at)")
				.param("id", appointment.id())
				.param("clinic", appointment.clinicId().value())
				.param("client", appointment.clientId().value())
				.param("screening", screeningId)
				.param("reason", reason)
				.param("at", utc(now))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			renew(appointment.id(), screeningId, reason);
			return false;
		}
	}

	private int renew(UUID appointmentId, UUID screeningId, String reason) {
		return this.jdbc
			.sql("update booking_screening_flag set screening_id = :screening, reason = :reason"
					+ " where appointment_id = :id")
			.param("id", appointmentId)
			.param("screening", screeningId)
			.param("reason", reason)
			.update();
	}

	int clear(UUID appointmentId) {
		return this.jdbc.sql("delete from booking_screening_flag where appointment_id = :id")
			.param("id", appointmentId)
			.update();
	}

	/** The clinic's open flags on booked appointments from {@code now}, soonest first. */
	List<Flag> open(ClinicId clinic, Instant now) {
		return this.jdbc
			.sql("select f.appointment_id, f.client_id, f.reason, f.flagged_at from booking_screening_flag f"
					+ " join booking_appointment a on a.id = f.appointment_id"
					+ " where f.clinic_id = :clinic and a.status = 'BOOKED' and a.starts_at >= :now"
					+ " order by a.starts_at, a.id")
			.param("clinic", clinic.value())
			.param("now", utc(now))
			.query(ScreeningFlags::map)
			.list();
	}

	/** The reasons of the given appointments that are flagged, by appointment id. */
	Map<UUID, String> reasons(Set<UUID> appointmentIds) {
		if (appointmentIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc
			.sql("select appointment_id, client_id, reason, flagged_at from booking_screening_flag"
					+ " where appointment_id in (:ids)")
			.param("ids", appointmentIds)
			.query(ScreeningFlags::map)
			.list()
			.stream()
			.collect(Collectors.toMap(Flag::appointmentId, Flag::reason));
	}

	private static Flag map(ResultSet rs, int row) throws SQLException {
		return new Flag(rs.getObject(1, UUID.class), new ClientId(rs.getObject(2, UUID.class)), rs.getString(3),
				instant(rs, 4));
	}

	record Flag(UUID appointmentId, ClientId clientId, String reason, Instant flaggedAt) {
	}

}
