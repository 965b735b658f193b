package dev.drift.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.drift.people.People;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static dev.drift.shared.Timestamps.utc;

/**
 * Sends the reminder 24 hours before each booked appointment. Each appointment is claimed
 * with a conditional update of {@code reminded_for} (the start it was reminded for), so
 * several instances never remind twice, and a moved appointment is reminded again.
 */
@Component
class Reminders {

	static final Duration AHEAD = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final AppointmentStore store;

	private final BookingMails mails;

	private final People people;

	private final Clock clock;

	Reminders(JdbcClient jdbc, AppointmentStore store, BookingMails mails, People people, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.mails = mails;
		this.people = people;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${drift.booking.reminder-sweep:PT5M}",
			initialDelayString = "${drift.booking.reminder-initial-delay:PT1M}")
	@Transactional
	public int sendDue() {
		Instant now = this.clock.instant();
		List<UUID> due = this.jdbc
			.sql("select id from booking_appointment where status = 'BOOKED' and starts_at > :now"
					+ " and starts_at <= :until and (reminded_for is null or reminded_for <> starts_at)"
					+ " order by starts_at fetch first 200 rows only")
			.param("now", utc(now))
			.param("until", utc(now.plus(AHEAD)))
			.query(UUID.class)
			.list();
		int sent = 0;
		for (Appointment appointment : this.store.byIds(due)) {
			int claimed = this.jdbc
				.sql("update booking_appointment set reminded_for = starts_at where id = :id"
						+ " and (reminded_for is null or reminded_for <> starts_at)")
				.param("id", appointment.id())
				.update();
			if (claimed == 1) {
				this.mails.remind(appointment.toView(this.people.clinic(appointment.clinicId()).timeZone()));
				sent++;
			}
		}
		return sent;
	}

}
