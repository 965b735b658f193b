package dev.drift.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intake questionnaire ({@code drift.intake/1}) loaded from its JSON file: sections
 * and questions in order, body areas and their groups, the rule rows and the default
 * thresholds. Immutable; {@link #standard()} is the copy of the spec file on the
 * classpath ({@code screening/intake-questionnaire.json}).
 */
public final class Questionnaire {

	static final String RESOURCE = "/screening/intake-questionnaire.json";

	private static volatile Questionnaire standard;

	private final String ruleSetVersion;

	private final List<Section> sections;

	private final Map<String, Question> questions = new LinkedHashMap<>();

	private final List<Option> bodyAreas;

	private final Map<String, List<String>> areaGroups = new LinkedHashMap<>();

	private final List<RuleRow> rules;

	private final RuleSettings defaults;

	private Questionnaire(JsonNode doc) {
		if (!"drift.intake/1".equals(doc.path("schema").asString())) {
			throw new IllegalArgumentException("Not a drift.intake/1 questionnaire");
		}
		this.ruleSetVersion = doc.path("ruleSetVersion").asString();
		this.bodyAreas = doc.path("bodyAreas")
			.values()
			.stream()
			.map((area) -> new Option(area.path("id").asString(), area.path("text").asString()))
			.toList();
		doc.path("areaGroups")
			.properties()
			.forEach((group) -> this.areaGroups.put(group.getKey(),
					group.getValue().values().stream().map(JsonNode::asString).toList()));
		this.sections = doc.path("sections").values().stream().map(this::section).toList();
		this.sections.forEach((section) -> section.questions().forEach((q) -> this.questions.put(q.id(), q)));
		this.rules = doc.path("rules").values().stream().map(Questionnaire::rule).toList();
		this.defaults = settings(doc.path("thresholds"), doc.path("policyDefaults"));
	}

	/** The standard questionnaire, loaded once from the classpath. */
	public static Questionnaire standard() {
		Questionnaire loaded = standard;
		if (loaded == null) {
			try (InputStream in = Questionnaire.class.getResourceAsStream(RESOURCE)) {
				loaded = load(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			standard = loaded;
		}
		return loaded;
	}

	public static Questionnaire load(InputStream in) {
		return new Questionnaire(JsonMapper.builder().build().readTree(in));
	}

	/** The version of the rules in this file, e.g. {@code 1.0.0}. */
	public String ruleSetVersion() {
		return this.ruleSetVersion;
	}

	public List<Section> sections() {
		return this.sections;
	}

	/** Every top-level question in questionnaire order. */
	public List<Question> questions() {
		return List.copyOf(this.questions.values());
	}

	public Optional<Question> question(String id) {
		return Optional.ofNullable(this.questions.get(id));
	}

	/** The 23 concrete body areas in order. */
	public List<Option> bodyAreas() {
		return this.bodyAreas;
	}

	/** The concrete areas of a group ({@code legs}, {@code feet}, …). */
	public List<String> areaGroup(String group) {
		List<String> areas = this.areaGroups.get(group);
		if (areas == null) {
			throw new IllegalArgumentException("Unknown area group " + group);
		}
		return areas;
	}

	/** The whole limb containing an area, or just the area for the head and trunk. */
	public List<String> limbOf(String area) {
		for (String limb : List.of("left_upper_limb", "right_upper_limb", "left_lower_limb", "right_lower_limb")) {
			if (areaGroup(limb).contains(area)) {
				return areaGroup(limb);
			}
		}
		return List.of(area);
	}

	public List<RuleRow> rules() {
		return this.rules;
	}

	public Optional<RuleRow> rule(String id) {
		return this.rules.stream().filter((row) -> row.id().equals(id)).findFirst();
	}

	/** The thresholds and policies of the file: the rule set's defaults. */
	public RuleSettings defaultSettings() {
		return this.defaults;
	}

	/**
	 * Validates raw answers (a JSON object keyed by question id).
	 * @throws dev.drift.shared.InvalidInputException {@code INVALID_ANSWERS} listing
	 * every bad field
	 */
	public Answers validate(JsonNode answers) {
		return new AnswerValidator(this).validate(answers);
	}

	private Section section(JsonNode node) {
		return new Section(node.path("id").asString(), node.path("title").asString(),
				node.path("questions").values().stream().map(this::question).toList());
	}

	private Question question(JsonNode node) {
		boolean areas = "bodyAreas".equals(node.path("optionsRef").asString(null));
		List<Option> options = areas ? this.bodyAreas
				: node.path("options")
					.values()
					.stream()
					.map((o) -> new Option(o.path("value").asString(), o.path("text").asString()))
					.toList();
		List<Condition> conditions = node.path("enableWhen")
			.values()
			.stream()
			.map((c) -> new Condition(c.path("question").asString(), c.path("operator").asString(), c.get("answer")))
			.toList();
		return new Question(node.path("id").asString(), node.path("text").asString(), node.path("help").asString(null),
				QuestionType.fromCode(node.path("type").asString()), node.path("required").asBoolean(false),
				decimal(node.get("min")), decimal(node.get("max")), node.path("unit").asString(null),
				node.path("unitLabel").asString(null), options, areas, integer(node.get("minItems")),
				integer(node.get("maxItems")), integer(node.get("maxLength")), conditions,
				"any".equals(node.path("enableBehavior").asString("all")),
				node.path("itemFields").values().stream().map(this::question).toList(),
				node.path("rules").values().stream().map(JsonNode::asString).toList(),
				node.path("usedFor").asString(null));
	}

	private static RuleRow rule(JsonNode node) {
		List<RuleRow.Contribution> contributions = new ArrayList<>();
		node.path("contributions")
			.values()
			.forEach((c) -> contributions.add(new RuleRow.Contribution(Scope.valueOf(c.path("scope").asString()),
					Level.valueOf(c.path("level").asString()))));
		return new RuleRow(node.path("id").asString(), node.path("title").asString(), contributions,
				node.path("clearance").asString("never"),
				node.path("notes").values().stream().map(JsonNode::asString).toList());
	}

	private static RuleSettings settings(JsonNode t, JsonNode policy) {
		return new RuleSettings(t.path("feverCelsius").decimalValue(), t.path("bpDeferSystolic").intValue(),
				t.path("bpDeferDiastolic").intValue(), t.path("bpUrgentSystolic").intValue(),
				t.path("bpUrgentDiastolic").intValue(), t.path("dvtRecentMonths").intValue(),
				t.path("surgeryRecentWeeks").intValue(), t.path("firstTrimesterMaxWeeks").intValue(),
				t.path("pregnancyNoProneFromWeeks").intValue(), t.path("pregnancySideLyingFromWeeks").intValue(),
				Level.valueOf(policy.path("firstTrimesterLevel").asString("MODIFY")));
	}

	private static BigDecimal decimal(JsonNode node) {
		return node == null ? null : node.decimalValue();
	}

	private static Integer integer(JsonNode node) {
		return node == null ? null : node.intValue();
	}

}
