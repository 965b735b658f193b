package dev.drift.booking;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarnings;
import biweekly.component.Observance;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.property.DateStart;
import biweekly.util.DateTimeComponents;
import biweekly.io.ParseWarning;

/**
 * An .ics as an independent implementation sees it: biweekly (0.6.8) parses it and
 * validates it against iCalendar 2.0, plus the few RFC 5545 / 5546 rules biweekly does
 * not check (lines of at most 75 octets that never split a character, CRLF endings, one
 * DTSTAMP per component, every TZID defined by a VTIMEZONE, ORGANIZER on published
 * events).
 */
final class IcsCheck {

	private static final Pattern TZID_PARAMETER = Pattern.compile(";TZID=([^;:]+)[;:]");

	private IcsCheck() {
	}

	/** Every problem found; empty for a clean calendar. */
	static List<String> problems(String ics) {
		List<String> problems = new ArrayList<>();
		physicalLines(ics, problems);
		List<String> lines = unfolded(ics);
		components(lines, problems);
		List<List<ParseWarning>> warnings = new ArrayList<>();
		// a default zone no real zone uses, so a date parsed "in the default" is never
		// right
		List<ICalendar> calendars = Biweekly.parse(ics)
			.defaultTimezone(TimeZone.getTimeZone("GMT+13:17"))
			.warnings(warnings)
			.all();
		if (calendars.size() != 1) {
			problems.add("expected one VCALENDAR, found " + calendars.size());
			return problems;
		}
		warnings.forEach((list) -> list.forEach((w) -> problems.add("parse: " + w)));
		ValidationWarnings validation = calendars.get(0).validate(ICalVersion.V2_0);
		if (!validation.isEmpty()) {
			problems.add("validate: " + validation.toString().replace(System.lineSeparator(), " | "));
		}
		return problems;
	}

	/**
	 * DTSTART of each VEVENT by UID, read through the calendar's own VTIMEZONE: the
	 * observance with the latest onset at or before the local time gives the offset (RFC
	 * 5545 §3.6.5). Computed here from biweekly's parsed components, because biweekly's
	 * java.util.TimeZone adapter assumes daylight saving is always one hour (wrong for
	 * Antarctica/Troll's two and Lord Howe's half hour).
	 */
	static Map<String, Instant> starts(String ics) {
		Map<String, Instant> starts = new LinkedHashMap<>();
		ICalendar calendar = Biweekly.parse(ics).first();
		for (VEvent event : calendar.getEvents()) {
			DateStart start = event.getDateStart();
			DateTimeComponents local = start.getValue().getRawComponents();
			LocalDateTime time = LocalDateTime.of(local.getYear(), local.getMonth(), local.getDate(), local.getHour(),
					local.getMinute(), local.getSecond());
			TimezoneAssignment zone = calendar.getTimezoneInfo().getTimezone(start);
			if (local.isUtc() || zone == null || zone.getComponent() == null) {
				starts.put(event.getUid().getValue(), start.getValue().toInstant());
				continue;
			}
			List<Observance> observances = new ArrayList<>(zone.getComponent().getStandardTimes());
			observances.addAll(zone.getComponent().getDaylightSavingsTime());
			Observance applying = null;
			LocalDateTime onset = null;
			for (Observance observance : observances) {
				DateTimeComponents from = observance.getDateStart().getValue().getRawComponents();
				LocalDateTime at = LocalDateTime.of(from.getYear(), from.getMonth(), from.getDate(), from.getHour(),
						from.getMinute(), from.getSecond());
				if (!at.isAfter(time) && (onset == null || at.isAfter(onset))) {
					applying = observance;
					onset = at;
				}
			}
			if (applying == null) {
				throw new AssertionError("no observance before " + time + " in " + zone.getComponent());
			}
			long offset = applying.getTimezoneOffsetTo().getValue().getMillis() / 1000;
			starts.put(event.getUid().getValue(), time.toInstant(ZoneOffset.ofTotalSeconds((int) offset)));
		}
		return starts;
	}

	/** The logical lines (RFC 5545 §3.1 unfolding). */
	static List<String> unfolded(String ics) {
		List<String> lines = new ArrayList<>();
		for (String line : ics.split("\r\n", -1)) {
			if ((line.startsWith(" ") || line.startsWith("\t")) && !lines.isEmpty()) {
				lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line.substring(1));
			}
			else if (!line.isEmpty()) {
				lines.add(line);
			}
		}
		return lines;
	}

	private static void physicalLines(String ics, List<String> problems) {
		if (!ics.endsWith("\r\n")) {
			problems.add("the last line does not end with CRLF");
		}
		if (ics.replace("\r\n", "").indexOf('\n') >= 0 || ics.replace("\r\n", "").indexOf('\r') >= 0) {
			problems.add("a line ends without CRLF");
		}
		int number = 0;
		for (String line : ics.split("\r\n")) {
			number++;
			byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
			if (bytes.length > 75) {
				problems.add("line " + number + " has " + bytes.length + " octets: " + line);
			}
		}
		// folding must never split a multi-byte character: every physical line decodes
		// alone
		byte[] all = ics.getBytes(StandardCharsets.UTF_8);
		int start = 0;
		for (int i = 0; i + 1 < all.length; i++) {
			if (all[i] == '\r' && all[i + 1] == '\n') {
				strictUtf8(all, start, i, problems);
				start = i + 2;
			}
		}
	}

	private static void strictUtf8(byte[] bytes, int from, int to, List<String> problems) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, from, to - from));
		}
		catch (CharacterCodingException ex) {
			problems.add("a physical line splits a UTF-8 character at octet " + from);
		}
	}

	private static void components(List<String> lines, List<String> problems) {
		Set<String> referenced = new LinkedHashSet<>();
		Set<String> defined = new LinkedHashSet<>();
		boolean publish = lines.contains("METHOD:PUBLISH");
		boolean timezone = false;
		int stamps = 0;
		boolean organizer = false;
		String component = null;
		int components = 0;
		for (String line : lines) {
			Matcher tzid = TZID_PARAMETER.matcher(line);
			while (tzid.find()) {
				referenced.add(tzid.group(1));
			}
			if (line.equals("BEGIN:VTIMEZONE")) {
				timezone = true;
			}
			else if (line.equals("END:VTIMEZONE")) {
				timezone = false;
			}
			else if (timezone && line.startsWith("TZID:")) {
				defined.add(line.substring(5));
			}
			if (line.equals("BEGIN:VEVENT") || line.equals("BEGIN:VFREEBUSY") || line.equals("BEGIN:VTODO")
					|| line.equals("BEGIN:VJOURNAL")) {
				component = line.substring(6);
				stamps = 0;
				organizer = false;
			}
			else if (component != null && line.startsWith("DTSTAMP")) {
				stamps++;
			}
			else if (component != null && line.startsWith("ORGANIZER")) {
				organizer = true;
			}
			else if (component != null && line.equals("END:" + component)) {
				components++;
				if (stamps != 1) {
					problems.add(component + " has " + stamps + " DTSTAMP properties");
				}
				if (publish && !organizer) {
					problems.add("a published " + component + " has no ORGANIZER (RFC 5546 §3.2.1)");
				}
				component = null;
			}
		}
		if (components == 0) {
			problems.add("no VEVENT, VTODO, VJOURNAL or VFREEBUSY");
		}
		for (String tzid : referenced) {
			if (!defined.contains(tzid)) {
				problems.add("TZID " + tzid + " has no VTIMEZONE (defined: " + defined + ")");
			}
		}
	}

}
