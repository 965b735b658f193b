package dev.drift.booking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClinicProfile;
import dev.drift.people.People;
import dev.drift.people.Role;
import dev.drift.people.TherapistId;
import dev.drift.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static dev.drift.shared.Timestamps.utc;

/**
 * A secret, revocable calendar feed per account: therapists get their schedule, clients
 * their bookings, admins the clinic's; service and time only. The URL holds 256 random
 * bits; only their SHA-256 is stored, so a new URL or a revocation ends the old one.
 */
@Service
@Transactional
class CalendarFeeds {

	static final String PATH = "/calendar/feed/";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final AppointmentStore appointments;

	private final People people;

	private final SlotRules rules;

	private final Clock clock;

	private final AuditLog audit;

	private final String organizer;

	CalendarFeeds(JdbcClient jdbc, AppointmentStore appointments, People people, SlotRules rules, AuditLog audit,
			Clock clock, @Value("${drift.booking.organizer-email:bookings@drift.example}") String organizer) {
		this.organizer = organizer;
		this.jdbc = jdbc;
		this.appointments = appointments;
		this.people = people;
		this.rules = rules;
		this.clock = clock;
		this.audit = audit;
	}

	/** A new feed path for the account, replacing (and so ending) any earlier one. */
	public String issue(Actor actor) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		revokeQuietly(actor);
		this.jdbc
			.sql("insert into booking_feed (account_id, clinic_id, secret_hash, role, client_id, therapist_id,"
					+ " created_at) values (:account, :clinic, :hash, :role, :client, :therapist, :now)")
			.param("role", actor.role().name())
			.param("client", actor.clientId() == null ? null : actor.clientId().value())
			.param("therapist", actor.therapistId() == null ? null : actor.therapistId().value())
			.param("account", actor.accountId())
			.param("clinic", actor.clinicId().value())
			.param("hash", sha256(secret))
			.param("now", utc(this.clock.instant()))
			.update();
		record(actor, "CALENDAR_FEED_ISSUED");
		return PATH + secret + ".ics";
	}

	public void revoke(Actor actor) {
		revokeQuietly(actor);
		record(actor, "CALENDAR_FEED_REVOKED");
	}

	@Transactional(readOnly = true)
	public boolean active(Actor actor) {
		return this.jdbc.sql("select count(*) from booking_feed where account_id = :account")
			.param("account", actor.accountId())
			.query(Long.class)
			.single() > 0;
	}

	/** The feed behind a secret, or 404 for an unknown or revoked one. */
	@Transactional(readOnly = true)
	public String render(String secret) {
		Actor actor = this.jdbc
			.sql("select account_id, clinic_id, role, client_id, therapist_id from booking_feed"
					+ " where secret_hash = :hash")
			.param("hash", sha256(secret == null ? "" : secret))
			.query((rs, i) -> {
				UUID client = rs.getObject("client_id", UUID.class);
				UUID therapist = rs.getObject("therapist_id", UUID.class);
				return new Actor(rs.getObject("account_id", UUID.class),
						new dev.drift.people.ClinicId(rs.getObject("clinic_id", UUID.class)),
						Role.valueOf(rs.getString("role")), client == null ? null : new ClientId(client),
						therapist == null ? null : new TherapistId(therapist));
			})
			.optional()
			.orElseThrow(() -> new NotFoundException("Feed"));
		ClinicProfile clinic = this.people.clinic(actor.clinicId());
		Instant now = this.clock.instant();
		TherapistId therapist = actor.role() == Role.THERAPIST ? actor.therapistId() : null;
		ClientId client = actor.role() == Role.CLIENT ? actor.clientId() : null;
		ZoneId zone = clinic.timeZone();
		Instant from = now.minus(Duration.ofDays(30));
		Instant to = now.plus(Duration.ofDays(this.rules.horizonDays() + 1));
		List<AppointmentView> booked = this.appointments.list(clinic.id(), from, to, therapist, client)
			.stream()
			.filter(Appointment::isBooked)
			.map((a) -> a.toView(zone))
			.toList();
		return Ics.feed(booked, clinic.name(), this.organizer, from, to, actor.accountId().toString(), now);
	}

	private void revokeQuietly(Actor actor) {
		this.jdbc.sql("delete from booking_feed where account_id = :account")
			.param("account", actor.accountId())
			.update();
	}

	private void record(Actor actor, String action) {
		this.audit.record(actor.audit(action));
	}

	static String sha256(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
