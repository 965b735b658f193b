package dev.drift.booking;

import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar for appointments (ical4j): a stable UID per appointment, the appointment's
 * sequence (raised on every change), times with their zone (TZID plus a VTIMEZONE), and
 * only the service and the time: never a health detail.
 */
final class Ics {

	static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

	/**
	 * Loading zone rules is costly; the registry caches them (measured in BookingBench).
	 */
	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	enum Kind {

		/**
		 * An invitation email: METHOD:REQUEST, or METHOD:CANCEL for a cancelled
		 * appointment.
		 */
		MESSAGE,
		/** A subscribed feed: METHOD:PUBLISH. */
		FEED

	}

	private Ics() {
	}

	static String uid(AppointmentView appointment) {
		return appointment.id() + "@drift";
	}

	/**
	 * One appointment as an iTIP message: REQUEST when booked or changed, CANCEL when
	 * cancelled.
	 */
	static String message(AppointmentView appointment, String clinicName, String organizer, String attendee,
			Instant now) {
		return build(List.of(appointment), clinicName, organizer, attendee, now, Kind.MESSAGE);
	}

	static String feed(List<AppointmentView> appointments, String clinicName, Instant now) {
		return build(appointments, clinicName, null, null, now, Kind.FEED);
	}

	private static String build(List<AppointmentView> appointments, String clinicName, String organizer,
			String attendee, Instant now, Kind kind) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Drift//Booking//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		boolean cancel = kind == Kind.MESSAGE && !appointments.get(0).isBooked();
		calendar.add(kind == Kind.FEED ? ImmutableMethod.PUBLISH
				: cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
		appointments.stream()
			.map((a) -> a.start().getZone().getId())
			.distinct()
			.forEach((zone) -> calendar.add(ZONES.getTimeZone(zone).getVTimeZone()));
		for (AppointmentView a : appointments) {
			VEvent event = new VEvent(a.start(), a.end(), a.serviceName() + " · " + clinicName);
			event.add(new Uid(uid(a)));
			event.add(new Sequence(a.sequence()));
			event.add(new DtStamp(now));
			event.add(a.isBooked() ? ImmutableStatus.VEVENT_CONFIRMED : ImmutableStatus.VEVENT_CANCELLED);
			if (organizer != null) {
				event.add(new Organizer(java.net.URI.create("mailto:" + organizer)));
			}
			if (attendee != null) {
				event.add(new Attendee(java.net.URI.create("mailto:" + attendee)));
			}
			calendar.add(event);
		}
		return calendar.toString();
	}

}
