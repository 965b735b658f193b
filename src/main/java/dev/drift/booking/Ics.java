package dev.drift.booking;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.drift.shared.TimeZones;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyFactory;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VFreeBusy;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * iCalendar (RFC 5545) for appointments, built with ical4j: a stable UID per appointment,
 * the appointment's sequence (raised on every change), one DTSTAMP from the injected
 * clock, times with their canonical zone id (TZID) and a VTIMEZONE built from java.time's
 * rules, the same rules that placed the appointment, so a calendar app reads the same
 * instant whatever zone data it ships. Lines folded at 75 octets without splitting a
 * character. Only the service and the time: never a health detail.
 */
final class Ics {

	static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

	private static final int LINE_OCTETS = 75;

	private Ics() {
	}

	static String uid(AppointmentView appointment) {
		return appointment.id() + "@drift";
	}

	/**
	 * One appointment as an iTIP message (RFC 5546): REQUEST when booked or changed,
	 * CANCEL when cancelled.
	 */
	static String message(AppointmentView appointment, String clinicName, String organizer, String attendee,
			Instant now) {
		Calendar calendar = calendar();
		calendar.add(appointment.isBooked() ? ImmutableMethod.REQUEST : ImmutableMethod.CANCEL);
		timeZones(calendar, List.of(appointment));
		VEvent event = event(appointment, clinicName, organizer, now);
		event.add(new Attendee(URI.create("mailto:" + attendee)));
		calendar.add(event);
		return fold(calendar.toString());
	}

	/**
	 * A subscribed feed: METHOD:PUBLISH with the clinic as ORGANIZER of every event. A
	 * feed with nothing booked is still a valid calendar: one VFREEBUSY for the period
	 * the feed covers, with no busy time, and no METHOD (RFC 5546 wants a VEVENT in a
	 * published event calendar; RFC 5545 wants at least one component, and a lone
	 * VTIMEZONE is not one that calendar libraries accept).
	 */
	static String feed(List<AppointmentView> appointments, String clinicName, String organizer, Instant from,
			Instant to, String feedId, Instant now) {
		Calendar calendar = calendar();
		if (appointments.isEmpty()) {
			VFreeBusy free = new VFreeBusy();
			free.add(new Uid("free-busy-" + feedId + "@drift"));
			// VFreeBusy() stamps itself with the JVM clock: one DTSTAMP, the injected one
			free.replace(new DtStamp(now));
			free.add(new DtStart<>(from));
			free.add(new DtEnd<>(to));
			free.add(organizer(clinicName, organizer));
			calendar.add(free);
			return fold(calendar.toString());
		}
		calendar.add(ImmutableMethod.PUBLISH);
		timeZones(calendar, appointments);
		for (AppointmentView a : appointments) {
			calendar.add(event(a, clinicName, organizer, now));
		}
		return fold(calendar.toString());
	}

	private static Calendar calendar() {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Drift//Booking//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		return calendar;
	}

	private static VEvent event(AppointmentView a, String clinicName, String organizer, Instant now) {
		ZoneId zone = TimeZones.canonical(a.start().getZone());
		VEvent event = new VEvent(false);
		if (zone instanceof ZoneOffset) {
			// an odd offset with no zone id is written in UTC
			event.add(new DtStart<>(a.start().toInstant()));
			event.add(new DtEnd<>(a.end().toInstant()));
		}
		else {
			// local times with a TZID, written as they are: ical4j's date properties
			// would
			// convert them with its own zone data (older, and missing some zones)
			event.add(new ZonedTime("DTSTART", a.start().withZoneSameInstant(zone)));
			event.add(new ZonedTime("DTEND", a.end().withZoneSameInstant(zone)));
		}
		event.add(new Summary(a.serviceName() + " · " + clinicName));
		// one DTSTAMP, from the injected clock (VEvent's other constructors add one from
		// the JVM's)
		event.add(new DtStamp(now));
		event.add(new Uid(uid(a)));
		event.add(new Sequence(a.sequence()));
		event.add(a.isBooked() ? ImmutableStatus.VEVENT_CONFIRMED : ImmutableStatus.VEVENT_CANCELLED);
		event.add(organizer(clinicName, organizer));
		return event;
	}

	private static Organizer organizer(String clinicName, String email) {
		Organizer organizer = new Organizer(URI.create("mailto:" + email));
		// a quoted parameter value cannot hold a double quote (RFC 5545 §3.1)
		organizer.add(new Cn(clinicName.replace("\"", "'")));
		return organizer;
	}

	/** One VTIMEZONE per canonical zone, covering its appointments. */
	private static void timeZones(Calendar calendar, List<AppointmentView> appointments) {
		Map<ZoneId, Instant[]> spans = new LinkedHashMap<>();
		for (AppointmentView a : appointments) {
			ZoneId zone = TimeZones.canonical(a.start().getZone());
			Instant start = a.start().toInstant();
			Instant end = a.end().toInstant();
			spans.merge(zone, new Instant[] { start, end }, (old, now) -> new Instant[] {
					old[0].isBefore(now[0]) ? old[0] : now[0], old[1].isAfter(now[1]) ? old[1] : now[1] });
		}
		spans.forEach((zone, span) -> {
			if (zone instanceof ZoneOffset) {
				return;
			}
			calendar.add(vtimezone(zone, span[0], span[1]));
		});
	}

	/**
	 * A VTIMEZONE from java.time's rules: the observance in force at {@code from} and
	 * every transition up to {@code to}, each with its onset in the local time before it
	 * (RFC 5545 §3.6.5).
	 */
	static VTimeZone vtimezone(ZoneId zone, Instant from, Instant to) {
		ZoneRules rules = zone.getRules();
		List<Observance> observances = new ArrayList<>();
		ZoneOffsetTransition previous = rules.isFixedOffset() ? null : rules.previousTransition(from.plusSeconds(1));
		if (previous == null) {
			Standard standard = new Standard();
			standard.add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)));
			standard.add(new TzOffsetFrom(rules.getOffset(from)));
			standard.add(new TzOffsetTo(rules.getOffset(from)));
			observances.add(standard);
		}
		ZoneOffsetTransition transition = previous;
		while (transition != null && !transition.getInstant().isAfter(to)) {
			Observance observance = rules.isDaylightSavings(transition.getInstant()) ? new Daylight() : new Standard();
			observance.add(new DtStart<>(transition.getDateTimeBefore()));
			observance.add(new TzOffsetFrom(transition.getOffsetBefore()));
			observance.add(new TzOffsetTo(transition.getOffsetAfter()));
			observances.add(observance);
			transition = rules.nextTransition(transition.getInstant());
		}
		return new VTimeZone(new PropertyList(List.of(new TzId(zone.getId()))), new ComponentList<>(observances));
	}

	/**
	 * RFC 5545 §3.1: content lines of at most 75 octets, CRLF, continuation lines start
	 * with a space; a multi-byte UTF-8 character is never split.
	 */
	static String fold(String text) {
		StringBuilder out = new StringBuilder(text.length() + text.length() / 32);
		for (String line : text.split("\r?\n")) {
			if (line.isEmpty()) {
				continue;
			}
			int octets = 0;
			int limit = LINE_OCTETS;
			for (int i = 0; i < line.length();) {
				int codePoint = line.codePointAt(i);
				int size = (codePoint < 0x80) ? 1 : (codePoint < 0x800) ? 2 : (codePoint < 0x10000) ? 3 : 4;
				if (octets + size > limit) {
					out.append("\r\n ");
					octets = 0;
					limit = LINE_OCTETS - 1;
				}
				out.appendCodePoint(codePoint);
				octets += size;
				i += Character.charCount(codePoint);
			}
			out.append("\r\n");
		}
		return out.toString();
	}

	/**
	 * DTSTART or DTEND as local time with its TZID (RFC 5545 §3.3.5, form 3), exactly as
	 * java.time placed it.
	 */
	private static final class ZonedTime extends Property {

		private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

		private final String value;

		ZonedTime(String name, ZonedDateTime time) {
			super(name,
					new ParameterList(List.of(new net.fortuna.ical4j.model.parameter.TzId(time.getZone().getId()))));
			this.value = LOCAL.format(time);
		}

		@Override
		public String getValue() {
			return this.value;
		}

		@Override
		public void setValue(String value) {
			throw new UnsupportedOperationException();
		}

		@Override
		public ValidationResult validate() {
			return ValidationResult.EMPTY;
		}

		@Override
		protected PropertyFactory<?> newFactory() {
			throw new UnsupportedOperationException();
		}

	}

}
