package dev.drift.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The time-zone ids Drift accepts: canonical IANA ids only (zone.tab's, Etc/UTC and the
 * fixed Etc/GMT offsets), grouped by region for a picker. Aliases older rows may hold
 * (Europe/Kiev, UTC, GMT, Asia/Calcutta...) map to their canonical id on read. The list
 * lives in time-zones.txt beside this class.
 */
public final class TimeZones {

	/** The zone for UTC. */
	public static final ZoneId UTC = ZoneId.of("Etc/UTC");

	private static final Set<String> CANONICAL;

	private static final Map<String, String> ALIASES;

	static {
		Set<String> canonical = new TreeSet<>();
		Map<String, String> aliases = new HashMap<>();
		Set<String> known = ZoneId.getAvailableZoneIds();
		try (InputStream in = TimeZones.class.getResourceAsStream("time-zones.txt");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				int equals = line.indexOf('=');
				if (equals < 0) {
					if (known.contains(line.strip())) {
						canonical.add(line.strip());
					}
				}
				else {
					aliases.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		CANONICAL = Collections.unmodifiableSet(canonical);
		ALIASES = Collections.unmodifiableMap(aliases);
	}

	private TimeZones() {
	}

	/** Whether a form may store this id: a canonical id, exactly as spelled. */
	public static boolean accepted(String id) {
		return id != null && CANONICAL.contains(id);
	}

	/**
	 * Every id Drift may meet: the accepted ones and the aliases older rows may hold.
	 */
	public static Set<String> knownIds() {
		Set<String> ids = new TreeSet<>(CANONICAL);
		ids.addAll(ALIASES.keySet());
		return ids;
	}

	/** Every accepted id, sorted. */
	public static Set<String> canonicalIds() {
		return CANONICAL;
	}

	/**
	 * The accepted ids by region (the part before the first slash; "Etc" for UTC and the
	 * fixed offsets), regions and ids sorted.
	 */
	public static Map<String, List<String>> byRegion() {
		Map<String, List<String>> regions = new LinkedHashMap<>();
		CANONICAL.stream()
			.map((id) -> id.substring(0, id.indexOf('/')))
			.distinct()
			.sorted()
			.forEach((region) -> regions.put(region,
					CANONICAL.stream().filter((id) -> id.startsWith(region + "/")).toList()));
		return regions;
	}

	/** The canonical zone for an id as stored, alias or not. */
	public static ZoneId read(String id) {
		return canonical(ZoneId.of(id.strip()));
	}

	/**
	 * The canonical zone for a zone: an alias becomes its canonical id, UTC in any
	 * spelling (and offset zero) Etc/UTC, a whole-hour offset its Etc/GMT zone.
	 */
	public static ZoneId canonical(ZoneId zone) {
		if (zone instanceof ZoneOffset offset) {
			return fixed(offset);
		}
		String id = zone.getId();
		if (CANONICAL.contains(id)) {
			return zone;
		}
		String target = ALIASES.get(id);
		if (target != null) {
			return ZoneId.of(target);
		}
		if (zone.getRules().isFixedOffset()) {
			return fixed(zone.getRules().getOffset(java.time.Instant.EPOCH));
		}
		return zone;
	}

	private static ZoneId fixed(ZoneOffset offset) {
		int seconds = offset.getTotalSeconds();
		if (seconds == 0) {
			return UTC;
		}
		if (seconds % 3600 == 0 && Math.abs(seconds / 3600) <= 14) {
			// POSIX-style: Etc/GMT-2 is two hours ahead of UTC
			String id = "Etc/GMT" + (seconds > 0 ? "-" : "+") + Math.abs(seconds / 3600);
			try {
				return ZoneId.of(id);
			}
			catch (DateTimeException ex) {
				return offset;
			}
		}
		return offset;
	}

}
