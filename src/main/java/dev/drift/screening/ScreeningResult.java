package dev.drift.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outcome of screening one set of answers, in the questionnaire's
 * {@code resultFormat}: three levels, the pressure cap, every fired row, the canonical
 * modifications, blocked points, emergency, signposts, clearance asks and the staff
 * alert. All lists are sorted in code-point order without duplicates.
 */
public record ScreeningResult(Level sessionLevel, Level footLevel, Level diyFootLevel, Pressure pressureCap,
		List<String> triggeredRules, List<String> mustIncludeModifications, List<String> blockedPoints,
		boolean emergency, List<String> signposts, List<String> clearanceRules, boolean staffAlert) {

	private static final Pattern CALL = Pattern.compile("([A-Z_]+)\\(([^)]*)\\)");

	public ScreeningResult {
		triggeredRules = List.copyOf(triggeredRules);
		mustIncludeModifications = List.copyOf(mustIncludeModifications);
		blockedPoints = List.copyOf(blockedPoints);
		signposts = List.copyOf(signposts);
		clearanceRules = List.copyOf(clearanceRules);
	}

	/** Skills a therapist needs ({@code prenatal}, {@code oncology}). */
	public List<String> requiredSkills() {
		return arguments("THERAPIST_SKILL");
	}

	/** Concrete body areas the therapist must avoid. */
	public List<String> avoidedAreas() {
		return arguments("AVOID_AREA");
	}

	/**
	 * The session length the clinical team set ({@code MAX_MINUTES(n)}, the smallest), if
	 * any.
	 */
	public Optional<Integer> maxMinutes() {
		return arguments("MAX_MINUTES").stream().map(Integer::valueOf).min(Integer::compare);
	}

	/** Per-area caps below the global cap, area to pressure, in modification order. */
	public Map<String, Pressure> areaCaps() {
		Map<String, Pressure> caps = new LinkedHashMap<>();
		for (String modification : this.mustIncludeModifications) {
			Matcher m = CALL.matcher(modification);
			if (m.matches() && m.group(1).equals("CAP") && !m.group(2).startsWith("global,")) {
				String[] parts = m.group(2).split(",");
				caps.put(parts[0], Pressure.valueOf(parts[1]));
			}
		}
		return caps;
	}

	private List<String> arguments(String code) {
		return this.mustIncludeModifications.stream()
			.map(CALL::matcher)
			.filter((m) -> m.matches() && m.group(1).equals(code))
			.map((m) -> m.group(2))
			.toList();
	}

}
