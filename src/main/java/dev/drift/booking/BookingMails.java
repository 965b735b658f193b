package dev.drift.booking;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.drift.notify.EmailAttachment;
import dev.drift.notify.OutgoingEmail;
import dev.drift.notify.Outbox;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.people.ClinicDetails;
import dev.drift.people.ClinicProfile;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Confirmation, change, cancellation and reminder emails, written to the notify outbox in
 * the booking's own transaction (the events are published inside it), so a rolled-back
 * booking sends nothing. Each appointment email carries an .ics invitation (METHOD
 * REQUEST, or CANCEL) and a dedupe key per appointment, sequence and kind, so no message
 * is queued twice. Service and time only; never a health detail.
 */
@Component
class BookingMails {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

	private final Outbox outbox;

	private final People people;

	private final MessageSource messages;

	private final Clock clock;

	private final String organizer;

	private final String publicUrl;

	BookingMails(Outbox outbox, People people, MessageSource messages, Clock clock,
			@Value("${drift.booking.organizer-email:bookings@drift.example}") String organizer,
			@Value("${drift.public-url:http://localhost:8080}") String publicUrl) {
		this.outbox = outbox;
		this.people = people;
		this.messages = messages;
		this.clock = clock;
		this.organizer = organizer;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@EventListener
	void on(AppointmentBooked booked) {
		send(booked.appointment(), "confirmation");
	}

	@EventListener
	void on(AppointmentRescheduled moved) {
		send(moved.appointment(), "change");
	}

	@EventListener
	void on(AppointmentCancelled cancelled) {
		send(cancelled.appointment(), "cancellation", "cancellation", cancelled.messageToClient());
	}

	/**
	 * The 24-hour reminder (called by {@link Reminders}): "Today" when the appointment is
	 * on the client's current day (booked less than a day ahead), otherwise "Tomorrow".
	 */
	void remind(AppointmentView appointment) {
		ClientProfile client = this.people.findClient(appointment.clientId()).orElse(null);
		boolean today = client != null && appointment.start()
			.withZoneSameInstant(client.timeZone())
			.toLocalDate()
			.equals(java.time.LocalDate.now(this.clock.withZone(client.timeZone())));
		send(appointment, "reminder", today ? "reminder.today" : "reminder", null);
	}

	private void send(AppointmentView appointment, String kind) {
		send(appointment, kind, kind, null);
	}

	/**
	 * Queues one email: the body, then the clinic's message to the client (if any), then
	 * the clinic's phone and address (when set).
	 */
	private void send(AppointmentView appointment, String kind, String subjectKind, String message) {
		ClientProfile client = this.people.findClient(appointment.clientId()).orElse(null);
		if (client == null) {
			return;
		}
		ClinicProfile clinic = this.people.clinic(appointment.clinicId());
		ZonedDateTime start = appointment.start().withZoneSameInstant(client.timeZone());
		String ics = Ics.message(appointment, clinic.name(), this.organizer, client.email(), this.clock.instant());
		String method = appointment.isBooked() ? "REQUEST" : "CANCEL";
		EmailAttachment invite = new EmailAttachment("appointment.ics", Ics.CONTENT_TYPE + "; method=" + method,
				ics.getBytes(StandardCharsets.UTF_8));
		this.outbox.enqueue(new OutgoingEmail(appointment.clinicId().value(), client.email(),
				text("booking.mail." + subjectKind + ".subject", appointment.serviceName(), clinic.name()),
				text("booking.mail." + kind + ".body", client.name(), appointment.serviceName(), WHEN.format(start),
						zone(client.timeZone(), appointment.start()), clinic.name())
						+ (message == null || message.isBlank() ? ""
								: "\n\n" + text("booking.mail.message", message.strip()))
						+ contact(clinic.contact()),
				List.of(invite), "booking-" + kind + ":" + appointment.id() + ":" + appointment.sequence() + ":"
						+ appointment.start().toInstant().getEpochSecond()));
	}

	/** The clinic's phone and address as the email's last lines, or nothing. */
	private String contact(ClinicDetails.Contact contact) {
		StringBuilder lines = new StringBuilder();
		if (contact.hasPhone()) {
			lines.append("\n").append(text("booking.mail.phone", contact.phone()));
		}
		if (contact.hasAddress()) {
			lines.append("\n").append(contact.addressOnOneLine());
		}
		return lines.toString();
	}

	private static String zone(ZoneId zone, ZonedDateTime at) {
		return SlotRow.zoneName(zone, at);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

}
