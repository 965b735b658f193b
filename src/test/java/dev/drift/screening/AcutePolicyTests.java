package dev.drift.screening;

import dev.drift.screening.ScreeningResult;
import dev.drift.screening.Level;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.drift.screening.Screen.screen;
import static org.assertj.core.api.Assertions.assertThat;

class AcutePolicyTests {

	@Test
	void temperatureAtTheFeverLineDefersButJustBelowDoesNot() {
		assertThat(screen(Map.of("temperature_c", "38.0")).sessionLevel()).isEqualTo(Level.DEFER);
		assertThat(screen(Map.of("temperature_c", "37.9")).triggeredRules()).doesNotContain("G01");
	}

	@Test
	void feelingFeverishDefersAtAnyReading() {
		assertThat(screen(Map.of("fever_today", "true", "temperature_c", "36.5")).triggeredRules()).contains("G01");
	}

	@Test
	void clotSignsWithBreathlessnessAreAnEmergency() {
		ScreeningResult result = screen(Map.of("clot_signs_now", "true", "clot_emergency_signs", "true"));
		assertThat(result.triggeredRules()).containsExactly("G03", "G04");
		assertThat(result.emergency()).isTrue();
		assertThat(result.staffAlert()).isTrue();
		assertThat(screen(Map.of("clot_signs_now", "true", "clot_emergency_signs", "false")).emergency()).isFalse();
	}

	@Test
	void backPainRedFlagsAreUrgentWithoutEmergency() {
		ScreeningResult result = screen(
				Map.of("back_pain_or_sciatica", "true", "back_red_flags", "[\"saddle_numbness\"]"));
		assertThat(result.sessionLevel()).isEqualTo(Level.URGENT);
		assertThat(result.emergency()).isFalse();
		assertThat(screen(Map.of("back_pain_or_sciatica", "true", "back_red_flags", "[]")).triggeredRules()).isEmpty();
	}

	@Test
	void contagiousIllnessAndIntoxicationDefer() {
		assertThat(screen(Map.of("contagious_illness", "true")).triggeredRules()).containsExactly("G02");
		assertThat(screen(Map.of("intoxicated_today", "true")).sessionLevel()).isEqualTo(Level.DEFER);
	}

}
