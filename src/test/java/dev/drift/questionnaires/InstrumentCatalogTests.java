package dev.drift.questionnaires;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class InstrumentCatalogTests {

	@Test
	void definitionsCarryItemsOptionsRecallPeriodAndLicence() {
		InstrumentCatalog catalog = new InstrumentCatalog();
		InstrumentDefinition isi = catalog.get(Instrument.ISI);
		InstrumentDefinition psqi = catalog.get(Instrument.PSQI);

		assertThat(isi.items()).extracting(InstrumentDefinition.Item::key).containsExactlyElementsOf(IsiAnswers.KEYS);
		assertThat(isi.item("satisfaction").orElseThrow().options().get(4).label()).isEqualTo("Very dissatisfied");
		assertThat(isi.recallPeriod()).contains("last 2 weeks");
		assertThat(isi.licence().owner()).contains("Morin");
		assertThat(psqi.recallPeriod()).contains("past month").doesNotContain("PAST MONTH");
		assertThat(psqi.licence().owner()).contains("Pittsburgh");
		assertThat(psqi.items()).hasSize(20);
		assertThat(psqi.item("q10").orElseThrow().scored()).isFalse();
	}

	@Test
	void aDefinitionWhoseValuesDoNotMatchTheScorerIsRefused() {
		InstrumentDefinition psqi = InstrumentCatalog.load(JsonMapper.builder().build(), Instrument.PSQI);

		assertThatIllegalStateException().isThrownBy(() -> InstrumentCatalog.check(psqi, java.util.Set.of("q5a"), 4))
			.withMessageContaining("q5a");
		assertThatIllegalStateException()
			.isThrownBy(() -> InstrumentCatalog.check(psqi, java.util.Set.of("fallingAsleep"), 4));
	}

}
