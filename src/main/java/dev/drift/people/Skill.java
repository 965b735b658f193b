package dev.drift.people;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Special training a therapist has; some clients may only be treated by a therapist with
 * it.
 */
public enum Skill {

	PRENATAL, ONCOLOGY, LYMPHATIC;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static String toColumn(Set<Skill> skills) {
		return skills.stream().sorted().map(Skill::code).collect(Collectors.joining(","));
	}

	static Set<Skill> fromColumn(String column) {
		if (column == null || column.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(column.split(","))
			.map((code) -> Skill.valueOf(code.trim().toUpperCase(Locale.ROOT)))
			.collect(Collectors.collectingAndThen(Collectors.toCollection(LinkedHashSet::new),
					Collections::unmodifiableSet));
	}

}
