package dev.drift.screening;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One question of the intake form, as the questionnaire file defines it.
 *
 * @param id the stable answer key
 * @param text the question
 * @param help optional help text, or {@code null}
 * @param type the answer type
 * @param required whether an answer is needed while the question is enabled
 * @param min inclusive lower bound (numbers), or {@code null}
 * @param max inclusive upper bound (numbers), or {@code null}
 * @param unit UCUM unit, or {@code null}
 * @param unitLabel unit for display, or {@code null}
 * @param options the choices (enum, multi-select; body areas when {@code bodyAreaPicker})
 * @param bodyAreaPicker whether the options are the questionnaire's body areas
 * @param minItems minimum number of items (multi-select, list), or {@code null}
 * @param maxItems maximum number of items (list), or {@code null}
 * @param maxLength maximum length (text), or {@code null}
 * @param enableWhen conditions that enable the question (empty: always enabled)
 * @param enableAny {@code true} when any condition suffices ({@code enableBehavior: any})
 * @param itemFields the fields of one list item (type {@code list})
 * @param rules the rule ids this answer feeds
 * @param usedFor profile use (plan, timing), or {@code null}
 */
public record Question(String id, String text, String help, QuestionType type, boolean required, BigDecimal min,
		BigDecimal max, String unit, String unitLabel, List<Option> options, boolean bodyAreaPicker, Integer minItems,
		Integer maxItems, Integer maxLength, List<Condition> enableWhen, boolean enableAny, List<Question> itemFields,
		List<String> rules, String usedFor) {

	public Question {
		options = List.copyOf(options);
		enableWhen = List.copyOf(enableWhen);
		itemFields = List.copyOf(itemFields);
		rules = List.copyOf(rules);
	}

	public Optional<Option> option(String value) {
		return this.options.stream().filter((option) -> option.value().equals(value)).findFirst();
	}

	public boolean hasCondition() {
		return !this.enableWhen.isEmpty();
	}

}
