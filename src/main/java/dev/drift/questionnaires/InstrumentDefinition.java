package dev.drift.questionnaires;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A questionnaire as data: its items and answer options with their values, the recall
 * period and the licence. Loaded from {@code questionnaires/instruments/<id>.json} at
 * start.
 *
 * @param id the instrument id ({@code isi}, {@code psqi})
 * @param version the definition's version, stored with every response
 * @param title the instrument's name
 * @param recallPeriod the period the answers refer to, shown above the form
 * @param instructions the instrument's instructions
 * @param licence owner and terms, shown to clinic admins
 * @param items the items in the order they are asked
 * @param groups headings of item groups (PSQI Q5), by group key
 */
public record InstrumentDefinition(String id, String version, String title, String recallPeriod, String instructions,
		Licence licence, List<Item> items, Map<String, String> groups) {

	public InstrumentDefinition {
		items = List.copyOf(items);
		groups = groups == null ? Map.of() : Map.copyOf(groups);
	}

	public Optional<Item> item(String key) {
		return this.items.stream().filter((item) -> item.key().equals(key)).findFirst();
	}

	/**
	 * Who owns the instrument and on which terms Drift uses it.
	 */
	public record Licence(String owner, String terms, String citation) {
	}

	/**
	 * One item: {@code type} is {@code choice}, {@code time} (24-h HH:MM),
	 * {@code minutes}, {@code hours} (decimal or h:mm) or {@code text}.
	 */
	public record Item(String key, String group, String text, String type, List<Option> options, boolean required,
			boolean scored) {

		public Item {
			options = options == null ? List.of() : List.copyOf(options);
		}

		public boolean isChoice() {
			return "choice".equals(this.type);
		}

		public boolean startsGroup(InstrumentDefinition definition) {
			if (this.group == null) {
				return false;
			}
			int index = definition.items().indexOf(this);
			return index == 0 || !this.group.equals(definition.items().get(index - 1).group());
		}

	}

	/**
	 * An answer option: the stored value and its label.
	 */
	public record Option(String value, String label) {
	}

}
