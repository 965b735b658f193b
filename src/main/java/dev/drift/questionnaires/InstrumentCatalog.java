package dev.drift.questionnaires;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the instrument definitions at start and checks them against the scoring rules: a
 * definition whose scored items or option values do not match what the scorer expects
 * stops the application from starting.
 */
@Component
class InstrumentCatalog {

	private final Map<Instrument, InstrumentDefinition> definitions = new EnumMap<>(Instrument.class);

	InstrumentCatalog() {
		JsonMapper json = JsonMapper.builder().build();
		for (Instrument instrument : Instrument.values()) {
			this.definitions.put(instrument, load(json, instrument));
		}
		check(get(Instrument.ISI), Set.copyOf(IsiAnswers.KEYS), 4);
		check(get(Instrument.PSQI), PsqiAnswers.FREQUENCY_ITEMS, 3);
	}

	InstrumentDefinition get(Instrument instrument) {
		return this.definitions.get(instrument);
	}

	static InstrumentDefinition load(JsonMapper json, Instrument instrument) {
		String path = "questionnaires/instruments/" + instrument.id() + ".json";
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return parse(json.readTree(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

	static InstrumentDefinition parse(JsonNode root) {
		Map<String, List<InstrumentDefinition.Option>> sets = new LinkedHashMap<>();
		root.path("optionSets").properties().forEach((set) -> {
			List<InstrumentDefinition.Option> options = new ArrayList<>();
			set.getValue()
				.forEach((o) -> options
					.add(new InstrumentDefinition.Option(o.get("value").asString(), o.get("label").asString())));
			sets.put(set.getKey(), options);
		});
		List<InstrumentDefinition.Item> items = new ArrayList<>();
		for (JsonNode item : root.get("items")) {
			String optionSet = item.path("options").asString(null);
			if (optionSet != null && !sets.containsKey(optionSet)) {
				throw new IllegalStateException("Unknown option set " + optionSet);
			}
			items.add(new InstrumentDefinition.Item(item.get("key").asString(), item.path("group").asString(null),
					item.get("text").asString(), item.get("type").asString(),
					optionSet == null ? List.of() : sets.get(optionSet), item.path("required").asBoolean(false),
					item.path("scored").asBoolean(true)));
		}
		Map<String, String> groups = new LinkedHashMap<>();
		root.path("groups").properties().forEach((g) -> groups.put(g.getKey(), g.getValue().asString()));
		JsonNode licence = root.get("licence");
		return new InstrumentDefinition(root.get("id").asString(), root.get("version").asString(),
				root.get("title").asString(), root.get("recallPeriod").asString(), root.get("instructions").asString(),
				new InstrumentDefinition.Licence(licence.get("owner").asString(), licence.get("terms").asString(),
						licence.path("citation").asString(null)),
				items, groups);
	}

	/** The choice items the scorer reads must exist with the values 0..max. */
	static void check(InstrumentDefinition definition, Set<String> scoredChoices, int max) {
		for (String key : scoredChoices) {
			InstrumentDefinition.Item item = definition.item(key)
				.orElseThrow(() -> new IllegalStateException(definition.id() + " lacks item " + key));
			String values = item.options()
				.stream()
				.map(InstrumentDefinition.Option::value)
				.collect(Collectors.joining(","));
			String expected = java.util.stream.IntStream.rangeClosed(0, max)
				.mapToObj(Integer::toString)
				.collect(Collectors.joining(","));
			if (!values.equals(expected)) {
				throw new IllegalStateException(definition.id() + " item " + key + " has values " + values);
			}
		}
	}

}
