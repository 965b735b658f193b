package dev.drift.shared;

import java.time.ZoneId;
import java.time.zone.ZoneRulesProvider;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeZonesTests {

	@Test
	void everyZoneJavaTimeKnowsIsCanonicalOrAnAliasOfOne() {
		// ical4j registers its own ids (ical4j-local-...) with java.time once loaded
		Set<String> tzdb = new java.util.TreeSet<>(ZoneRulesProvider.getAvailableZoneIds());
		tzdb.removeIf((id) -> id.startsWith("ical4j"));

		assertThat(TimeZones.knownIds()).containsAll(tzdb);
		assertThat(tzdb).allSatisfy((id) -> assertThat(TimeZones.accepted(TimeZones.read(id).getId())).as(id).isTrue());
		assertThat(TimeZones.canonicalIds()).hasSizeGreaterThan(400).allSatisfy((id) -> ZoneId.of(id).getRules());
	}

	@Test
	void aliasesMapToTheirCanonicalIds() {
		assertThat(TimeZones.read("Europe/Kiev")).isEqualTo(ZoneId.of("Europe/Kyiv"));
		assertThat(TimeZones.read("UTC")).isEqualTo(ZoneId.of("Etc/UTC"));
		assertThat(TimeZones.read("GMT")).isEqualTo(ZoneId.of("Etc/UTC"));
		assertThat(TimeZones.read("Z")).isEqualTo(ZoneId.of("Etc/UTC"));
		assertThat(TimeZones.read("Asia/Calcutta")).isEqualTo(ZoneId.of("Asia/Kolkata"));
		assertThat(TimeZones.read("America/Montreal")).isEqualTo(ZoneId.of("America/Toronto"));
		assertThat(TimeZones.read("Europe/London")).isEqualTo(ZoneId.of("Europe/London"));
		assertThat(TimeZones.read("+02:00")).isEqualTo(ZoneId.of("Etc/GMT-2"));
	}

	@Test
	void formsAcceptCanonicalIdsOnly() {
		assertThat(List.of("Europe/London", "America/Coyhaique", "Etc/UTC", "Europe/Kyiv"))
			.allSatisfy((id) -> assertThat(TimeZones.accepted(id)).as(id).isTrue());
		assertThat(List.of("Europe/Kiev", "UTC", "GMT", "Asia/Calcutta", "SystemV/EST5", "ical4j-local-1", "",
				"europe/london"))
			.allSatisfy((id) -> assertThat(TimeZones.accepted(id)).as(id).isFalse());
		assertThat(TimeZones.byRegion()).containsKeys("Africa", "America", "Europe", "Etc");
		assertThat(TimeZones.byRegion().get("Europe")).contains("Europe/Kyiv").doesNotContain("Europe/Kiev");
	}

}
