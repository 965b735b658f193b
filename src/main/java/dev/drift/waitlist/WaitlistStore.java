package dev.drift.waitlist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.drift.booking.HeldSlots;
import dev.drift.people.ClientId;
import dev.drift.people.ClinicId;
import dev.drift.people.TherapistId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.drift.shared.Timestamps.instant;
import static dev.drift.shared.Timestamps.utc;

/**
 * Waitlist entries and the offers (holds) made to them.
 */
@Repository
class WaitlistStore implements HeldSlots {

	record Entry(UUID id, ClinicId clinicId, ClientId clientId, String service, LocalDate firstDay, LocalDate lastDay,
			TherapistId therapistId, boolean eveningsOnly, WaitStatus status) {
	}

	record Offer(UUID id, ClinicId clinicId, UUID waitlistId, ClientId clientId, TherapistId therapistId,
			String service, Instant start, Instant blockedUntil, Instant expiresAt, OfferStatus status) {
	}

	private static final String OFFER_COLUMNS = "id, clinic_id, waitlist_id, client_id, therapist_id, service_code,"
			+ " starts_at, blocked_until, expires_at, status";

	private final JdbcClient jdbc;

	WaitlistStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Entry entry, Instant now) {
		this.jdbc
			.sql("insert into booking_waitlist (id, clinic_id, client_id, service_code, first_day, last_day,"
					+ " therapist_id, evenings_only, status, created_at) values (:id, :clinic, :client, :service,"
					+ " :first, :last, :therapist, :evenings, 'WAITING', :now)")
			.param("id", entry.id())
			.param("clinic", entry.clinicId().value())
			.param("client", entry.clientId().value())
			.param("service", entry.service())
			.param("first", entry.firstDay())
			.param("last", entry.lastDay())
			.param("therapist", entry.therapistId() == null ? null : entry.therapistId().value())
			.param("evenings", entry.eveningsOnly())
			.param("now", utc(now))
			.update();
	}

	List<Entry> entries(ClinicId clinic, ClientId client) {
		return this.jdbc
			.sql("select * from booking_waitlist where clinic_id = :clinic"
					+ (client == null ? "" : " and client_id = :client") + " order by created_at, id")
			.params(client == null ? Map.of("clinic", clinic.value())
					: Map.of("clinic", clinic.value(), "client", client.value()))
			.query(WaitlistStore::entry)
			.list();
	}

	/** Waiting entries of a clinic in the order they asked, first come first. */
	List<Entry> waiting(ClinicId clinic) {
		return this.jdbc
			.sql("select * from booking_waitlist where clinic_id = :clinic and status = 'WAITING'"
					+ " order by created_at, id")
			.param("clinic", clinic.value())
			.query(WaitlistStore::entry)
			.list();
	}

	Optional<Entry> entry(UUID id) {
		return this.jdbc.sql("select * from booking_waitlist where id = :id")
			.param("id", id)
			.query(WaitlistStore::entry)
			.optional();
	}

	/** Marks a waiting entry as left; false when it was not waiting. */
	boolean leave(UUID entry) {
		return this.jdbc.sql("update booking_waitlist set status = 'LEFT' where id = :id and status = 'WAITING'")
			.param("id", entry)
			.update() == 1;
	}

	void setStatus(UUID entry, WaitStatus status) {
		this.jdbc.sql("update booking_waitlist set status = :status where id = :id")
			.param("status", status.name())
			.param("id", entry)
			.update();
	}

	void insertOffer(Offer offer, Instant now) {
		this.jdbc
			.sql("insert into booking_offer (" + OFFER_COLUMNS + ", created_at) values (:id, :clinic, :entry,"
					+ " :client, :therapist, :service, :start, :until, :expires, 'OFFERED', :now)")
			.param("id", offer.id())
			.param("clinic", offer.clinicId().value())
			.param("entry", offer.waitlistId())
			.param("client", offer.clientId().value())
			.param("therapist", offer.therapistId().value())
			.param("service", offer.service())
			.param("start", utc(offer.start()))
			.param("until", utc(offer.blockedUntil()))
			.param("expires", utc(offer.expiresAt()))
			.param("now", utc(now))
			.update();
	}

	Optional<Offer> offer(UUID id) {
		return this.jdbc.sql("select " + OFFER_COLUMNS + " from booking_offer where id = :id")
			.param("id", id)
			.query(WaitlistStore::offer)
			.optional();
	}

	Optional<Offer> openOfferOf(UUID entry, Instant now) {
		return this.jdbc
			.sql("select " + OFFER_COLUMNS + " from booking_offer where waitlist_id = :entry and status = 'OFFERED'"
					+ " and expires_at > :now")
			.param("entry", entry)
			.param("now", utc(now))
			.query(WaitlistStore::offer)
			.optional();
	}

	/**
	 * Marks an open offer; false when it was no longer open (expired or taken meanwhile).
	 */
	boolean close(UUID offer, OfferStatus status, UUID appointment) {
		return this.jdbc
			.sql("update booking_offer set status = :status, appointment_id = :appointment"
					+ " where id = :id and status = 'OFFERED'")
			.param("status", status.name())
			.param("appointment", appointment)
			.param("id", offer)
			.update() == 1;
	}

	List<Offer> expired(Instant now, int limit) {
		return this.jdbc
			.sql("select " + OFFER_COLUMNS + " from booking_offer where status = 'OFFERED' and expires_at <= :now"
					+ " order by expires_at fetch first :limit rows only")
			.param("now", utc(now))
			.param("limit", limit)
			.query(WaitlistStore::offer)
			.list();
	}

	/** Whether another client's open hold touches the span of this therapist. */
	@Override
	public boolean heldByOthers(TherapistId therapist, ClientId client, Instant start, Instant until, Instant now) {
		return this.jdbc
			.sql("select count(*) from booking_offer where therapist_id = :therapist and client_id <> :client"
					+ " and status = 'OFFERED' and expires_at > :now and starts_at < :until and blocked_until > :start")
			.param("therapist", therapist.value())
			.param("client", client.value())
			.param("now", utc(now))
			.param("start", utc(start))
			.param("until", utc(until))
			.query(Long.class)
			.single() > 0;
	}

	@Override
	public List<HeldSlot> held(ClinicId clinic, ClientId except, Instant from, Instant to, Instant now) {
		return this.jdbc
			.sql("select " + OFFER_COLUMNS + " from booking_offer where clinic_id = :clinic and status = 'OFFERED'"
					+ " and expires_at > :now and starts_at < :to and blocked_until > :from"
					+ (except == null ? "" : " and client_id <> :client"))
			.params(except == null ? Map.of("clinic", clinic.value(), "now", utc(now), "from", utc(from), "to", utc(to))
					: Map.of("clinic", clinic.value(), "now", utc(now), "from", utc(from), "to", utc(to), "client",
							except.value()))
			.query(WaitlistStore::offer)
			.list()
			.stream()
			.map((offer) -> new HeldSlot(offer.therapistId(), offer.start(), offer.blockedUntil()))
			.toList();
	}

	/**
	 * Whether this entry already had an offer of this slot (so an expired hold moves on).
	 */
	boolean offered(UUID entry, TherapistId therapist, Instant start) {
		return this.jdbc
			.sql("select count(*) from booking_offer where waitlist_id = :entry and therapist_id = :therapist"
					+ " and starts_at = :start")
			.param("entry", entry)
			.param("therapist", therapist.value())
			.param("start", utc(start))
			.query(Long.class)
			.single() > 0;
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		UUID therapist = rs.getObject("therapist_id", UUID.class);
		return new Entry(rs.getObject("id", UUID.class), new ClinicId(rs.getObject("clinic_id", UUID.class)),
				new ClientId(rs.getObject("client_id", UUID.class)), rs.getString("service_code"),
				rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
				therapist == null ? null : new TherapistId(therapist), rs.getBoolean("evenings_only"),
				WaitStatus.valueOf(rs.getString("status")));
	}

	private static Offer offer(ResultSet rs, int row) throws SQLException {
		return new Offer(rs.getObject("id", UUID.class), new ClinicId(rs.getObject("clinic_id", UUID.class)),
				rs.getObject("waitlist_id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
				new TherapistId(rs.getObject("therapist_id", UUID.class)), rs.getString("service_code"), instant(rs, 7),
				instant(rs, 8), instant(rs, 9), OfferStatus.valueOf(rs.getString("status")));
	}

	/** Deletes a client's offers and waiting-list entries (erasure). */
	int eraseClient(UUID client) {
		int offers = this.jdbc.sql("delete from booking_offer where client_id = :client")
			.param("client", client)
			.update();
		return offers + this.jdbc.sql("delete from booking_waitlist where client_id = :client")
			.param("client", client)
			.update();
	}

}
