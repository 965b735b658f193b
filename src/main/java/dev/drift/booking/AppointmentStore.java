package dev.drift.booking;

import dev.drift.shared.TimeZones;
import dev.drift.booking.SlotGrid.Busy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.drift.people.ClientId;
import dev.drift.people.ClinicId;
import dev.drift.people.TherapistId;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.drift.shared.Timestamps.utc;

import static dev.drift.shared.Timestamps.instant;

/**
 * Appointments in {@code booking_appointment}, written with plain SQL: the booking path
 * needs explicit locking and range queries, which an aggregate repository would hide.
 */
@Repository
class AppointmentStore {

	private static final String COLUMNS = "id, version, clinic_id, client_id, therapist_id, service_code,"
			+ " service_name, minutes, price, online, online_contact, starts_at, ends_at, blocked_until, time_zone,"
			+ " status, cancel_reason, sequence, created_at, changed_at";

	private final JdbcClient jdbc;

	AppointmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Appointment a) {
		this.jdbc.sql("insert into booking_appointment (" + COLUMNS + ") values (:id, 1, :clinic, :client, :therapist,"
				+ " :serviceCode, :serviceName, :minutes, :price, :online, :onlineContact, :start, :end, :blockedUntil,"
				+ " :zone, :status, :cancelReason, :sequence, :createdAt, :changedAt)")
			.params(params(a))
			.update();
	}

	void update(Appointment a) {
		int updated = this.jdbc
			.sql("update booking_appointment set version = version + 1, therapist_id = :therapist,"
					+ " starts_at = :start, ends_at = :end, blocked_until = :blockedUntil, status = :status,"
					+ " cancel_reason = :cancelReason, sequence = :sequence, changed_at = :changedAt"
					+ " where id = :id and version = :version")
			.params(params(a))
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Appointment " + a.id() + " changed meanwhile");
		}
	}

	Optional<Appointment> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from booking_appointment where id = :id")
			.param("id", id)
			.query(AppointmentStore::map)
			.optional();
	}

	/** Whether a booked appointment of the therapist or the client touches the span. */
	boolean clashes(TherapistId therapist, ClientId client, Instant start, Instant blockedUntil, UUID except) {
		String overlap = " and status = 'BOOKED' and starts_at < :until and blocked_until > :start and id <> :except";
		Map<String, Object> params = Map.of("therapist", therapist.value(), "client", client.value(), "start",
				utc(start), "until", utc(blockedUntil), "except", except);
		// one round trip, each half still on its own index (issue 11)
		return count(
				"select (select count(*) from booking_appointment where therapist_id = :therapist" + overlap
						+ ") + (select count(*) from booking_appointment where client_id = :client" + overlap + ")",
				params) > 0;
	}

	/**
	 * Whether the client has a booked treatment (not the online consultation) starting
	 * before the instant.
	 */
	boolean treatedBefore(ClientId client, Instant at) {
		return count(
				"select count(*) from booking_appointment where client_id = :client and status = 'BOOKED'"
						+ " and online = false and starts_at < :at",
				Map.of("client", client.value(), "at", utc(at))) > 0;
	}

	/**
	 * A busy span's ends as whole epoch seconds, start rounded down and end up (what the
	 * slot grid keeps of them anyway): read as two numbers, where a timestamp column
	 * costs the driver half a dozen objects per value, and availability reads thousands.
	 */
	private static final String BUSY_SECONDS = "cast(floor(extract(epoch from starts_at)) as bigint),"
			+ " cast(ceil(extract(epoch from blocked_until)) as bigint)";

	/** Booked spans of a clinic's therapists that touch [from, to). */
	Map<TherapistId, List<Busy>> busyTherapists(ClinicId clinic, Instant from, Instant to) {
		Map<TherapistId, List<Busy>> busy = new HashMap<>();
		this.jdbc
			.sql("select therapist_id, " + BUSY_SECONDS + " from booking_appointment where clinic_id = :clinic"
					+ " and status = 'BOOKED' and starts_at < :to and blocked_until > :from")
			.param("clinic", clinic.value())
			.param("from", utc(from))
			.param("to", utc(to))
			.query((rs) -> {
				busy.computeIfAbsent(new TherapistId(rs.getObject(1, UUID.class)), (id) -> new java.util.ArrayList<>())
					.add(busy(rs, 2));
			});
		return busy;
	}

	List<Busy> busyClient(ClientId client, Instant from, Instant to) {
		return this.jdbc
			.sql("select " + BUSY_SECONDS + " from booking_appointment where client_id = :client"
					+ " and status = 'BOOKED' and starts_at < :to and blocked_until > :from")
			.param("client", client.value())
			.param("from", utc(from))
			.param("to", utc(to))
			.query((rs, i) -> busy(rs, 1))
			.list();
	}

	private static Busy busy(ResultSet rs, int firstColumn) throws SQLException {
		return new Busy(Instant.ofEpochSecond(rs.getLong(firstColumn)),
				Instant.ofEpochSecond(rs.getLong(firstColumn + 1)));
	}

	/**
	 * A clinic's appointments starting in [from, to), optionally of one therapist or
	 * client.
	 */
	List<Appointment> list(ClinicId clinic, Instant from, Instant to, TherapistId therapist, ClientId client) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS
				+ " from booking_appointment where clinic_id = :clinic and starts_at >= :from and starts_at < :to");
		Map<String, Object> params = new HashMap<>(Map.of("clinic", clinic.value(), "from", utc(from), "to", utc(to)));
		if (therapist != null) {
			sql.append(" and therapist_id = :therapist");
			params.put("therapist", therapist.value());
		}
		if (client != null) {
			sql.append(" and client_id = :client");
			params.put("client", client.value());
		}
		return this.jdbc.sql(sql + " order by starts_at, id").params(params).query(AppointmentStore::map).list();
	}

	/** Every appointment of a client, oldest first. */
	List<Appointment> ofClient(ClientId client) {
		return this.jdbc
			.sql("select " + COLUMNS + " from booking_appointment where client_id = :client order by starts_at, id")
			.param("client", client.value())
			.query(AppointmentStore::map)
			.list();
	}

	/**
	 * Erasure: deletes the client's cancelled appointments and those not yet started,
	 * with their screening flags, idempotency keys, calendar feed and lock row;
	 * appointments that took place stay (the clinic's record). Answers how many
	 * appointments went.
	 */
	int eraseClient(ClientId client, Instant now) {
		Map<String, Object> params = Map.of("client", client.value(), "now", utc(now));
		String gone = "client_id = :client and (status = 'CANCELLED' or starts_at >= :now)";
		this.jdbc.sql("delete from booking_screening_flag where client_id = :client").params(params).update();
		this.jdbc
			.sql("delete from booking_idempotency where appointment_id in (select id from booking_appointment where "
					+ gone + ")")
			.params(params)
			.update();
		int deleted = this.jdbc.sql("delete from booking_appointment where " + gone).params(params).update();
		this.jdbc.sql("delete from booking_feed where client_id = :client").params(params).update();
		this.jdbc.sql("delete from booking_lock where id = :client").params(params).update();
		return deleted;
	}

	List<Appointment> byIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + " from booking_appointment where id in (:ids)")
			.param("ids", ids)
			.query(AppointmentStore::map)
			.list();
	}

	private long count(String sql, Map<String, Object> params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static Map<String, Object> params(Appointment a) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", a.id());
		params.put("version", a.version());
		params.put("clinic", a.clinicId().value());
		params.put("client", a.clientId().value());
		params.put("therapist", a.therapistId().value());
		params.put("serviceCode", a.serviceCode());
		params.put("serviceName", a.serviceName());
		params.put("minutes", a.minutes());
		params.put("price", a.price());
		params.put("online", a.online());
		params.put("onlineContact", a.onlineContact());
		params.put("start", utc(a.start()));
		params.put("end", utc(a.end()));
		params.put("blockedUntil", utc(a.blockedUntil()));
		params.put("zone", TimeZones.canonical(a.zone()).getId());
		params.put("status", a.status().name());
		params.put("cancelReason", a.cancelReason());
		params.put("sequence", a.sequence());
		params.put("createdAt", utc(a.createdAt()));
		params.put("changedAt", utc(a.changedAt()));
		return params;
	}

	private static Appointment map(ResultSet rs, int row) throws SQLException {
		return new Appointment(rs.getObject("id", UUID.class), rs.getLong("version"),
				new ClinicId(rs.getObject("clinic_id", UUID.class)),
				new ClientId(rs.getObject("client_id", UUID.class)),
				new TherapistId(rs.getObject("therapist_id", UUID.class)), rs.getString("service_code"),
				rs.getString("service_name"), rs.getInt("minutes"), rs.getBigDecimal("price"), rs.getBoolean("online"),
				rs.getString("online_contact"), instant(rs, "starts_at"), instant(rs, "ends_at"),
				instant(rs, "blocked_until"), TimeZones.read(rs.getString("time_zone")),
				AppointmentStatus.valueOf(rs.getString("status")), rs.getString("cancel_reason"), rs.getInt("sequence"),
				instant(rs, "created_at"), instant(rs, "changed_at"));
	}

}
