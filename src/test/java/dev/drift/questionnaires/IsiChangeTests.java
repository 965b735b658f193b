package dev.drift.questionnaires;

import dev.drift.questionnaires.IsiChange.RemissionLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IsiChangeTests {

	@ParameterizedTest
	@CsvSource({ "16,8,true", "15,8,false", "25,3,true", "10,12,false" })
	void responseIsAReductionOfMoreThanSeven(int baseline, int followUp, boolean response) {
		assertThat(IsiChange.of(baseline, followUp).response()).isEqualTo(response);
	}

	@ParameterizedTest
	@CsvSource({ "15,7,true", "16,8,false", "12,0,true" })
	void remissionIsAFollowUpBelowEight(int baseline, int followUp, boolean remission) {
		assertThat(IsiChange.of(baseline, followUp).remission()).isEqualTo(remission);
	}

	@ParameterizedTest
	@CsvSource({ "12,6,true", "12,7,false", "14,16,false" })
	void minimalImportantDifferenceIsAReductionOfAtLeastSix(int baseline, int followUp, boolean mid) {
		assertThat(IsiChange.of(baseline, followUp).meetsMid6()).isEqualTo(mid);
	}

	@Test
	void changeIsFollowUpMinusBaselineAndReductionItsOpposite() {
		IsiChange change = IsiChange.of(14, 16);

		assertThat(change.change()).isEqualTo(2);
		assertThat(change.reduction()).isEqualTo(-2);
		assertThat(change.baselineCategory()).isEqualTo(IsiCategory.SUBTHRESHOLD_INSOMNIA);
		assertThat(change.followUpCategory()).isEqualTo(IsiCategory.CLINICAL_INSOMNIA_MODERATE);
	}

	@Test
	void remissionIsLabelledOnlyWhenTheBaselineWasAtLeastEight() {
		IsiChange fromSubclinical = IsiChange.of(6, 2);
		IsiChange fromEight = IsiChange.of(8, 7);

		assertThat(fromSubclinical.remission()).isTrue();
		assertThat(fromSubclinical.remissionLabel()).isEqualTo(RemissionLabel.BASELINE_BELOW_8);
		assertThat(fromEight.remissionLabel()).isEqualTo(RemissionLabel.REMISSION);
		assertThat(IsiChange.of(18, 9).remissionLabel()).isEqualTo(RemissionLabel.NOT_IN_REMISSION);
	}

}
