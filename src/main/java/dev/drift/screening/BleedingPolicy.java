package dev.drift.screening;

import java.util.List;

import static dev.drift.screening.Level.MODIFY;
import static dev.drift.screening.Scope.FOOT;
import static dev.drift.screening.Scope.GENERAL;

/**
 * Blood thinners, a bleeding disorder or low platelets: light pressure everywhere (G15)
 * and on the feet (F05, fired with G15).
 */
final class BleedingPolicy implements ScreeningPolicy {

	@Override
	public List<String> rules() {
		return List.of("G15", "F05");
	}

	@Override
	public void apply(Evaluation e) {
		Answers a = e.answers;
		if (a.isTrue("anticoagulants") || a.isTrue("bleeding_disorder") || a.isTrue("low_platelets")) {
			e.fire("G15")
				.contributes(GENERAL, MODIFY)
				.capGlobal(Pressure.P2)
				.codes("NO_DEEP_TISSUE", "NO_PERCUSSION", "BRUISE_CHECK");
			e.fire("F05").contributes(FOOT, MODIFY).cap(e.group("feet"), Pressure.P2);
		}
	}

}
