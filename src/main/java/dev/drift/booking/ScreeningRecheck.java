package dev.drift.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.drift.audit.AuditEntry;
import dev.drift.audit.AuditLog;
import dev.drift.intake.Intake;
import dev.drift.intake.ScreeningChanged;
import dev.drift.intake.TreatmentDecision;
import dev.drift.notify.Outbox;
import dev.drift.notify.OutgoingEmail;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.people.ClinicProfile;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a client's screening changes, each of their booked treatments ahead is asked
 * through the gate again, at its own start. One the new screening blocks is flagged for
 * staff, never cancelled on its own; the client gets one email saying what to do (never
 * the health reason). A flag whose treatment the new screening allows again is lifted.
 */
@Component
class ScreeningRecheck {

	/** Far beyond any booking horizon. */
	private static final Duration AHEAD = Duration.ofDays(2 * 366);

	private final AppointmentStore appointments;

	private final ScreeningFlags flags;

	private final Intake intake;

	private final People people;

	private final Outbox outbox;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Clock clock;

	ScreeningRecheck(AppointmentStore appointments, ScreeningFlags flags, Intake intake, People people, Outbox outbox,
			AuditLog audit, MessageSource messages, Clock clock) {
		this.appointments = appointments;
		this.flags = flags;
		this.intake = intake;
		this.people = people;
		this.outbox = outbox;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ScreeningChanged changed) {
		Instant now = this.clock.instant();
		List<Appointment> newlyFlagged = new ArrayList<>();
		TreatmentDecision.Reason reason = null;
		for (Appointment appointment : this.appointments.list(changed.clinicId(), now, now.plus(AHEAD), null,
				changed.clientId())) {
			if (!appointment.isBooked() || appointment.online()) {
				continue;
			}
			TreatmentDecision decision = this.intake.treatmentAllowed(changed.clientId(), appointment.start());
			if (decision.allowed()) {
				this.flags.clear(appointment.id());
			}
			else if (this.flags.flag(appointment, changed.screeningId(), decision.reason().name(), now)) {
				newlyFlagged.add(appointment);
				reason = decision.reason();
				this.audit.record(AuditEntry.anonymous(changed.clinicId().value(), "APPOINTMENT_FLAGGED")
					.about(changed.clientId().value()));
			}
		}
		if (!newlyFlagged.isEmpty()) {
			tell(changed, newlyFlagged, reason);
		}
	}

	private void tell(ScreeningChanged changed, List<Appointment> flagged, TreatmentDecision.Reason reason) {
		ClientProfile client = this.people.findClient(changed.clientId()).orElse(null);
		if (client == null) {
			return;
		}
		ClinicProfile clinic = this.people.clinic(changed.clinicId());
		String list = flagged.stream()
			.map((a) -> "- " + a.serviceName() + ", "
					+ BookingMails.WHEN.format(ZonedDateTime.ofInstant(a.start(), client.timeZone())))
			.collect(Collectors.joining("\n"));
		this.outbox.enqueue(new OutgoingEmail(changed.clinicId().value(), client.email(),
				text("booking.mail.screening.subject", clinic.name()), text("booking.mail.screening.body",
						client.name(), list, text("booking.mail.screening." + reason), clinic.name()),
				"booking-screening:" + changed.screeningId()));
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

}
