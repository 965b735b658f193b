package dev.drift.screening;

import java.math.BigDecimal;
import java.util.Set;

import org.springframework.validation.Errors;

/**
 * The rule settings page's form: plain strings, so a crafted post never breaks binding;
 * {@link #toSettings(Errors)} checks each field and reports every bad one.
 */
record RuleSettingsForm(String feverCelsius, String bpDeferSystolic, String bpDeferDiastolic, String bpUrgentSystolic,
		String bpUrgentDiastolic, String dvtRecentMonths, String surgeryRecentWeeks, String firstTrimesterLevel) {

	static RuleSettingsForm of(RuleSettings s) {
		return new RuleSettingsForm(s.feverCelsius().toPlainString(), String.valueOf(s.bpDeferSystolic()),
				String.valueOf(s.bpDeferDiastolic()), String.valueOf(s.bpUrgentSystolic()),
				String.valueOf(s.bpUrgentDiastolic()), String.valueOf(s.dvtRecentMonths()),
				String.valueOf(s.surgeryRecentWeeks()), s.firstTrimesterLevel().name());
	}

	/** The settings, or {@code null} with the errors recorded. */
	RuleSettings toSettings(RuleSettings base, Errors errors) {
		BigDecimal fever = decimal(errors, "feverCelsius", this.feverCelsius, RuleSettings.FEVER_MIN.toPlainString(),
				RuleSettings.FEVER_MAX.toPlainString());
		int ds = integer(errors, "bpDeferSystolic", this.bpDeferSystolic, RuleSettings.DEFER_SYSTOLIC);
		int dd = integer(errors, "bpDeferDiastolic", this.bpDeferDiastolic, RuleSettings.DEFER_DIASTOLIC);
		int us = integer(errors, "bpUrgentSystolic", this.bpUrgentSystolic, RuleSettings.URGENT_SYSTOLIC);
		int ud = integer(errors, "bpUrgentDiastolic", this.bpUrgentDiastolic, RuleSettings.URGENT_DIASTOLIC);
		int dvt = integer(errors, "dvtRecentMonths", this.dvtRecentMonths, RuleSettings.DVT_MONTHS);
		int surgery = integer(errors, "surgeryRecentWeeks", this.surgeryRecentWeeks, RuleSettings.SURGERY_WEEKS);
		if (!Set.of("MODIFY", "DEFER").contains(String.valueOf(this.firstTrimesterLevel))) {
			errors.rejectValue("firstTrimesterLevel", "intake.rules.invalid");
		}
		if (!errors.hasFieldErrors("bpUrgentSystolic") && !errors.hasFieldErrors("bpDeferSystolic") && us <= ds) {
			errors.rejectValue("bpUrgentSystolic", "intake.rules.urgentBelowDefer");
		}
		if (!errors.hasFieldErrors("bpUrgentDiastolic") && !errors.hasFieldErrors("bpDeferDiastolic") && ud <= dd) {
			errors.rejectValue("bpUrgentDiastolic", "intake.rules.urgentBelowDefer");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new RuleSettings(fever, ds, dd, us, ud, dvt, surgery, base.firstTrimesterMaxWeeks(),
				base.pregnancyNoProneFromWeeks(), base.pregnancySideLyingFromWeeks(),
				Level.valueOf(this.firstTrimesterLevel));
	}

	private static int integer(Errors errors, String field, String value, int[] range) {
		int min = range[0];
		int max = range[1];
		try {
			int number = Integer.parseInt(value == null ? "" : value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.rejectValue(field, "intake.rules.range", new Object[] { min, max }, null);
		return 0;
	}

	private static BigDecimal decimal(Errors errors, String field, String value, String min, String max) {
		try {
			BigDecimal number = new BigDecimal(value == null ? "" : value.strip());
			if (number.scale() <= 1 && number.compareTo(new BigDecimal(min)) >= 0
					&& number.compareTo(new BigDecimal(max)) <= 0) {
				return number.setScale(1);
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.rejectValue(field, "intake.rules.range", new Object[] { min, max }, null);
		return BigDecimal.ZERO;
	}

}
