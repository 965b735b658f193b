package dev.drift.outcomes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.drift.sleep.DatedNight;
import dev.drift.sleep.NightlyMetrics;

/**
 * A client's valid nights as one text, oldest first: per night
 * {@code date,sol,waso,nwak,tst,tib,se,quality,intoBedEpochSecond}, nights joined by
 * {@code ;} (quality empty when not rated). Decoded nights carry exactly the figures the
 * sleep module's summaries use.
 */
final class NightSeries {

	private NightSeries() {
	}

	static String encode(List<DatedNight> nights) {
		StringBuilder text = new StringBuilder(nights.size() * 48);
		for (DatedNight night : nights) {
			NightlyMetrics m = night.metrics();
			if (!text.isEmpty()) {
				text.append(';');
			}
			text.append(night.diaryDate())
				.append(',')
				.append(m.solMinutes())
				.append(',')
				.append(m.wasoMinutes())
				.append(',')
				.append(m.nwak())
				.append(',')
				.append(m.tstMinutes())
				.append(',')
				.append(m.tibMinutes())
				.append(',')
				.append(m.sePercent().toPlainString())
				.append(',')
				.append((m.quality() == null) ? "" : m.quality().toString())
				.append(',')
				.append(m.resolvedUtc().intoBed().getEpochSecond());
		}
		return text.toString();
	}

	static List<DatedNight> decode(String text) {
		List<DatedNight> nights = new ArrayList<>();
		if (text.isEmpty()) {
			return nights;
		}
		for (String night : text.split(";")) {
			String[] f = night.split(",", -1);
			Integer quality = f[7].isEmpty() ? null : Integer.valueOf(f[7]);
			nights.add(new DatedNight(LocalDate.parse(f[0]),
					new NightlyMetrics(
							new NightlyMetrics.ResolvedNight(Instant.ofEpochSecond(Long.parseLong(f[8])), null, null,
									null),
							Integer.parseInt(f[5]), 0, Integer.parseInt(f[1]), Integer.parseInt(f[3]),
							Integer.parseInt(f[2]), 0, Integer.parseInt(f[4]), new BigDecimal(f[6]), "", null, 0, null,
							List.of(), quality)));
		}
		return nights;
	}

}
