package dev.drift.site;

import java.util.List;
import java.util.Map;

import dev.drift.shared.TimeZones;

import org.springframework.stereotype.Component;

/**
 * The time-zone picker's options for every page ({@code ${@timeZoneChoices.byRegion()}}):
 * canonical ids only, grouped by region.
 */
@Component("timeZoneChoices")
class TimeZoneChoices {

	private final Map<String, List<String>> byRegion = TimeZones.byRegion();

	public Map<String, List<String>> byRegion() {
		return this.byRegion;
	}

	/**
	 * "America/Argentina/Buenos_Aires" shown as "Argentina/Buenos Aires" under America.
	 */
	public String label(String id) {
		return id.substring(id.indexOf('/') + 1).replace('_', ' ');
	}

}
