package dev.drift.screening;

import dev.drift.screening.ScreeningResult;
import dev.drift.screening.Level;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.drift.screening.Screen.screen;
import static org.assertj.core.api.Assertions.assertThat;

class WellbeingPolicyTests {

	@Test
	void scentAllergyMeansUnscentedWithoutOils() {
		assertThat(screen(Map.of("scent_allergies", "[\"nuts\"]")).mustIncludeModifications())
			.containsExactly("NO_ESSENTIAL_OILS", "UNSCENTED_MEDIUM");
	}

	@Test
	void lavenderAtHomeOnlyTouchesTheDiyLevel() {
		ScreeningResult result = screen(Map.of("diy_lavender", "true"));
		assertThat(result.diyFootLevel()).isEqualTo(Level.MODIFY);
		assertThat(result.footLevel()).isEqualTo(Level.OK);
	}

	@Test
	void selfHarmThoughtsAlertStaffWithoutChangingTheLevel() {
		ScreeningResult result = screen(Map.of("low_mood", "true", "self_harm_thoughts", "true"));
		assertThat(result.signposts()).containsExactly("S03");
		assertThat(result.staffAlert()).isTrue();
		assertThat(result.sessionLevel()).isEqualTo(Level.OK);
	}

	@Test
	void sleepSignposts() {
		assertThat(screen(Map.of("sleep_daytime_impact", "true", "sleep_apnoea_signs", "[\"dozing_while_driving\"]"))
			.signposts()).containsExactly("S01", "S02");
	}

}
