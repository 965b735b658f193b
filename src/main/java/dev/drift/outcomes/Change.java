package dev.drift.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A mean change over clients with its 95 % confidence interval: a t interval (mean ± t ×
 * sd / √n, t the 97.5th percentile of Student's t with n − 1 degrees of freedom). With
 * fewer than 2 clients the interval is null; with none the mean is null too.
 *
 * @param clients how many clients the mean is over
 * @param ci95 {@code [lo, hi]}, or null
 */
public record Change(BigDecimal mean, List<BigDecimal> ci95, int clients) {

	/** The method, as pages and the CSV state it. */
	public static final String METHOD = "t interval (mean ± t(0.975, n−1) × sd/√n over clients)";

	/** t(0.975, df) for df 1..30. */
	private static final double[] T = { 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201,
			2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
			2.052, 2.048, 2.045, 2.042 };

	static Change of(List<Double> values) {
		double sum = 0;
		double squares = 0;
		for (double v : values) {
			sum += v;
			squares += v * v;
		}
		return of(values.size(), sum, squares);
	}

	/** From the count, sum and sum of squares of the values. */
	static Change of(int n, double sum, double squares) {
		if (n == 0) {
			return new Change(null, null, 0);
		}
		double mean = sum / n;
		if (n < 2) {
			return new Change(round(mean), null, n);
		}
		double variance = Math.max(0, (squares - sum * mean) / (n - 1));
		double half = t(n - 1) * Math.sqrt(variance) / Math.sqrt(n);
		return new Change(round(mean), List.of(round(mean - half), round(mean + half)), n);
	}

	/**
	 * Student's t 97.5th percentile: the table to 30 df, then the Cornish–Fisher series.
	 */
	static double t(int df) {
		if (df <= T.length) {
			return T[df - 1];
		}
		double z = 1.959964;
		return z + (z * z * z + z) / (4.0 * df) + (5 * Math.pow(z, 5) + 16 * z * z * z + 3 * z) / (96.0 * df * df);
	}

	private static BigDecimal round(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

}
