package dev.drift.site;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.TestPeople.TestClinic;
import dev.drift.accounts.Accounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed input, generated: every POST/PUT/PATCH/DELETE handler Spring MVC knows gets a
 * corpus of bad requests, sent by a caller the {@link AuthorizationMatrixTests#MATRIX}
 * allows (accounts of a fresh clinic, so the demo data stays as it is).
 * <ul>
 * <li>API bodies start from a sample built from the operation's schema in the API
 * document; each field (up to 5) is then given the wrong type, {@code null}, left out, a
 * 100,000-character string, control characters, an unpaired surrogate, 2³¹, −1, −2⁶³−1,
 * 1e308, impossible dates; the whole body is also sent as invalid JSON, empty, an array,
 * a string, with duplicate keys, an unknown field, 2,000 levels of nesting, over 1 MB,
 * and with the wrong content types.</li>
 * <li>Page forms (with the session's CSRF token) get, for every field the handler binds
 * ({@code @RequestParam}s and form objects), {@code field[0]=x}, the field twice, 100,000
 * characters, control characters, an unpaired surrogate in UTF-8, huge, negative and
 * fractional numbers and impossible dates; the whole form is also sent empty, with an
 * unknown field, with a broken percent-encoding, as JSON and with a 1 MB value.</li>
 * <li>Every API GET gets {@code ?q=%ZZ} (a broken percent-encoding).</li>
 * </ul>
 * Expected: never 5xx; every API 4xx a problem document with a {@code code}; and when
 * every request of an endpoint was refused (4xx), no table of the database gained or lost
 * a row (audit, session and sign-in bookkeeping tables aside).
 */
@DriftTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputFuzzTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	private static final String SURROGATE = "@@SURROGATE@@";

	/**
	 * Tables that refused requests may still write: audit, sessions, sign-in bookkeeping.
	 */
	private static final Set<String> BOOKKEEPING = Set.of("audit_event", "site_session", "site_session_attributes",
			"accounts_login_failure", "accounts_login_lock", "event_publication", "event_publication_archive");

	private final RequestMappingHandlerMapping mappings;

	private final TestPeople people;

	private final Accounts accounts;

	private final JdbcTemplate jdbc;

	private final Map<String, Caller> callers = new LinkedHashMap<>();

	@LocalServerPort
	int port;

	private JsonNode api;

	private UUID client;

	private final List<String> failures = new ArrayList<>();

	private int sent;

	private int refused;

	private int unchangedChecks;

	@Autowired
	MalformedInputFuzzTests(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
			TestPeople people, Accounts accounts, JdbcTemplate jdbc) {
		this.mappings = mappings;
		this.people = people;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@BeforeAll
	void callers() {
		TestClinic clinic = this.people.newClinic();
		Person therapist = this.people.newTherapist(clinic, "Fuzz Therapist");
		Person client = this.people.newClient(clinic.id(), "Fuzz Client");
		this.client = client.clientId().value();
		this.callers.put("anonymous", Caller.of(new Http(this.port), null, "/login"));
		this.callers.put("client", caller(client));
		this.callers.put("therapist", caller(therapist));
		this.callers.put("admin", caller(clinic.admin()));
		Caller admin = this.callers.get("admin");
		this.api = JSON.readTree(admin.http().get("/v3/api-docs", "Authorization", admin.bearer()).body());
	}

	private Caller caller(Person person) {
		return Caller.of(person.signedIn(this.port),
				"Bearer " + this.accounts.issueToken(person.actor(), "fuzz").secret(), "/account");
	}

	@Test
	void noMalformedRequestFailsOnTheServerOrLeavesARecordBehind() throws IOException {
		Map<String, String> who = new LinkedHashMap<>();
		AuthorizationMatrixTests.MATRIX.forEach((entry) -> {
			String[] parts = entry.split("\\s+", 3);
			who.put(parts[0] + " " + parts[1], parts[2]);
		});
		Set<String> done = new LinkedHashSet<>();
		for (var handler : this.mappings.getHandlerMethods().entrySet()) {
			Set<String> methods = new LinkedHashSet<>();
			handler.getKey().getMethodsCondition().getMethods().forEach((m) -> methods.add(m.name()));
			for (String pattern : handler.getKey().getPatternValues()) {
				for (String method : methods) {
					String key = method + " " + pattern;
					if (!done.add(key) || !who.containsKey(key)) {
						continue;
					}
					Caller caller = this.callers.get(callerFor(who.get(key)));
					String path = resolve(pattern);
					if (method.equals("GET")) {
						if (pattern.startsWith("/api/")) {
							brokenQuery(caller, path);
						}
						continue;
					}
					Map<String, Long> before = rowCounts();
					int refusedBefore = this.refused;
					int sentBefore = this.sent;
					if (pattern.startsWith("/api/")) {
						fuzzApi(caller, method, path, pattern);
					}
					else {
						fuzzForm(caller, path, handler.getValue());
					}
					if (this.refused - refusedBefore == this.sent - sentBefore) {
						this.unchangedChecks++;
						Map<String, Long> after = rowCounts();
						if (!after.equals(before)) {
							this.failures
								.add(key + ": every request refused, yet rows changed: " + diff(before, after));
						}
					}
				}
			}
		}
		System.out.println("Malformed input: " + this.sent + " requests, " + this.refused + " refused (4xx), "
				+ (this.sent - this.refused) + " answered otherwise, " + this.failures.size()
				+ " failures; tables compared for " + this.unchangedChecks + " endpoints");
		assertThat(this.sent).isGreaterThanOrEqualTo(2000);
		assertThat(this.failures).isEmpty();
	}

	private static String callerFor(String who) {
		if (who.contains("public")) {
			return "anonymous";
		}
		if (who.contains("client") || who.contains("signed-in")) {
			return "client";
		}
		if (who.contains("therapist") || who.contains("staff")) {
			return "therapist";
		}
		return "admin";
	}

	private String resolve(String pattern) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String variable = matcher.group(1);
			String before = pattern.substring(0, matcher.start());
			String value = switch (variable) {
				case "instrument" -> "isi";
				case "step" -> "1";
				case "secret" -> "no-such-feed";
				default -> (variable.equals("clientId") || before.endsWith("/clients/")) ? this.client.toString()
						: UUID.randomUUID().toString();
			};
			matcher.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	// API

	private void fuzzApi(Caller caller, String method, String path, String pattern) {
		JsonNode schema = this.api.path("paths")
			.path(pattern)
			.path(method.toLowerCase())
			.path("requestBody")
			.path("content")
			.path("application/json")
			.path("schema");
		JsonNode sample = schema.isMissingNode() ? JsonNodeFactory.instance.objectNode() : sample(schema, 0);
		List<List<Object>> leaves = new ArrayList<>();
		leaves(sample, new ArrayList<>(), leaves);
		List<List<Object>> chosen = new ArrayList<>(leaves.subList(0, Math.min(5, leaves.size())));
		// the issue's cases: the fever line as 2^31 and 1e308
		leaves.stream()
			.filter((leaf) -> "feverCelsius".equals(leaf.getLast()) && !chosen.contains(leaf))
			.forEach(chosen::add);
		for (List<Object> leaf : chosen) {
			for (Object bad : badValues()) {
				JsonNode copy = sample.deepCopy();
				set(copy, leaf, bad);
				sendJson(caller, method, path, JSON.writeValueAsString(copy), "application/json");
			}
		}
		String valid = JSON.writeValueAsString(sample);
		List<String> bodies = new ArrayList<>(List.of("{\"a\":", "", "[]", "\"text\"", "null", "{\"a\":1}}",
				"[".repeat(2000) + "]".repeat(2000), "\uFEFF" + valid, "{\"x\": \"" + "y".repeat(1_100_000) + "\"}"));
		if (sample instanceof ObjectNode object && !object.isEmpty()) {
			String first = object.propertyNames().iterator().next();
			bodies.add("{\"" + first + "\": " + object.get(first) + ", " + valid.substring(1));
			bodies.add(valid.substring(0, valid.length() - 1) + ", \"zzUnknown\": 1}");
		}
		bodies.forEach((body) -> sendJson(caller, method, path, body, "application/json"));
		sendJson(caller, method, path, valid, "text/plain");
		sendJson(caller, method, path, valid, "application/xml");
		sendJson(caller, method, path, "a=1", "application/x-www-form-urlencoded");
	}

	private static List<Object> badValues() {
		return List.of("not a number", 12345, true, JsonNodeFactory.instance.nullNode(), Missing.FIELD,
				"y".repeat(100_000), "\u0000\u0007\u001b[2J\r\n", SURROGATE, 2147483648L, -1,
				new java.math.BigInteger("-9223372036854775809"), 1e308, "2023-02-30", "9999-99-99T99:99:99Z",
				JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.objectNode());
	}

	enum Missing {

		FIELD

	}

	private JsonNode sample(JsonNode schema, int depth) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		if (schema.has("$ref")) {
			String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
			return (depth > 4) ? nodes.objectNode()
					: sample(this.api.path("components").path("schemas").path(name), depth + 1);
		}
		if (schema.has("enum")) {
			return schema.get("enum").get(0);
		}
		if (schema.has("oneOf") || schema.has("anyOf")) {
			return sample((schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf")).get(0), depth);
		}
		String type = schema.path("type").asString("object");
		String format = schema.path("format").asString("");
		return switch (type) {
			case "string" -> switch (format) {
				case "date" -> nodes.stringNode("2026-01-05");
				case "date-time" -> nodes.stringNode("2026-01-05T18:00:00Z");
				case "uuid" -> nodes.stringNode(UUID.randomUUID().toString());
				default -> nodes.stringNode("x");
			};
			case "integer" -> nodes.numberNode(1);
			case "number" -> nodes.numberNode(1.5);
			case "boolean" -> nodes.booleanNode(true);
			case "array" -> {
				ArrayNode array = nodes.arrayNode();
				if (depth <= 4) {
					array.add(sample(schema.path("items"), depth + 1));
				}
				yield array;
			}
			default -> {
				ObjectNode object = nodes.objectNode();
				if (depth <= 4) {
					schema.path("properties")
						.properties()
						.forEach((property) -> object.set(property.getKey(), sample(property.getValue(), depth + 1)));
				}
				yield object;
			}
		};
	}

	private static void leaves(JsonNode node, List<Object> at, List<List<Object>> into) {
		if (node instanceof ObjectNode object && !object.isEmpty()) {
			object.properties().forEach((property) -> {
				List<Object> next = new ArrayList<>(at);
				next.add(property.getKey());
				leaves(property.getValue(), next, into);
			});
		}
		else if (node instanceof ArrayNode array && !array.isEmpty()) {
			List<Object> next = new ArrayList<>(at);
			next.add(0);
			leaves(array.get(0), next, into);
		}
		else if (!at.isEmpty()) {
			into.add(at);
		}
	}

	private static void set(JsonNode root, List<Object> at, Object value) {
		JsonNode parent = root;
		for (Object step : at.subList(0, at.size() - 1)) {
			parent = (step instanceof Integer index) ? parent.get(index) : parent.get((String) step);
		}
		Object last = at.getLast();
		JsonNode node = (value == Missing.FIELD) ? null : JSON.valueToTree(value);
		if (parent instanceof ObjectNode object) {
			if (node == null) {
				object.remove((String) last);
			}
			else {
				object.set((String) last, node);
			}
		}
		else if (parent instanceof ArrayNode array) {
			if (node == null) {
				array.remove((Integer) last);
			}
			else {
				array.set((Integer) last, node);
			}
		}
	}

	private void sendJson(Caller caller, String method, String path, String body, String contentType) {
		String text = body.replace("\"" + SURROGATE + "\"", "\"\\ud800x\"");
		HttpResponse<String> response = caller.http()
			.raw(method, path, contentType, text.getBytes(StandardCharsets.UTF_8), "Authorization", caller.bearer(),
					"Accept", "application/json");
		checkApi(method + " " + path + " " + contentType + " " + abbreviate(text), response.statusCode(),
				response.headers().firstValue("Content-Type").orElse(""), response.body());
	}

	private void checkApi(String request, int status, String contentType, String body) {
		this.sent++;
		if (status >= 500) {
			this.failures.add(request + ": " + status);
		}
		else if (status >= 400) {
			this.refused++;
			if (!contentType.contains("problem+json") || !hasCode(body)) {
				this.failures.add(request + ": " + status + " without a problem code: " + abbreviate(body));
			}
		}
	}

	private static boolean hasCode(String body) {
		try {
			return !JSON.readTree(body).path("code").asString("").isBlank();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private void brokenQuery(Caller caller, String path) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write(("GET " + path + "?q=%ZZ&from=%ZZ HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
						+ caller.bearer() + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int status = Integer.parseInt(response.substring(9, 12));
			int split = response.indexOf("\r\n\r\n");
			String headers = response.substring(0, split).toLowerCase();
			String body = response.substring(split + 4);
			if (headers.contains("transfer-encoding: chunked")) {
				body = body.substring(body.indexOf("\r\n") + 2);
			}
			checkApi("GET " + path + "?q=%ZZ", status, headers.contains("problem+json") ? "problem+json" : headers,
					body);
		}
	}

	// Pages

	private void fuzzForm(Caller caller, String path, HandlerMethod handler) {
		List<String> fields = fields(handler);
		for (String field : fields) {
			for (String bad : List.of("[0]=x", "=a&" + field + "=b", "=" + "s".repeat(100_000), "=%00%07%1B%0D%0A",
					"=%ED%A0%80x", "=-1", "=99999999999999999999", "=1e308", "=1.5", "=2023-02-30",
					"=9999-99-99T99:99")) {
				sendForm(caller, path, field + bad);
			}
		}
		sendForm(caller, path, "");
		sendForm(caller, path, "zzUnknown=1");
		sendForm(caller, path, "a=%ZZ&b=%");
		sendForm(caller, path, (fields.isEmpty() ? "x" : fields.getFirst()) + "=" + "m".repeat(1_000_000));
		HttpResponse<String> json = caller.http()
			.raw("POST", path + "?_csrf=" + caller.csrf(), "application/json",
					"{\"a\":1}".getBytes(StandardCharsets.UTF_8), "Accept", "text/html");
		checkPage("POST " + path + " as JSON", json.statusCode());
	}

	private void sendForm(Caller caller, String path, String form) {
		String body = "_csrf=" + caller.csrf() + (form.isEmpty() ? "" : "&" + form);
		HttpResponse<String> response = caller.http()
			.raw("POST", path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.ISO_8859_1),
					"Accept", "text/html");
		checkPage("POST " + path + " " + abbreviate(form), response.statusCode());
	}

	private void checkPage(String request, int status) {
		this.sent++;
		if (status >= 500) {
			this.failures.add(request + ": " + status);
		}
		else if (status >= 400) {
			this.refused++;
		}
	}

	/**
	 * The fields a page handler binds: its request parameters and form objects'
	 * properties.
	 */
	private static List<String> fields(HandlerMethod handler) {
		Set<String> fields = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			Class<?> type = parameter.getParameterType();
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = param.name().isEmpty() ? param.value() : param.name();
				fields.add(name.isEmpty() ? parameter.getParameterName() : name);
			}
			else if (parameter.hasParameterAnnotation(PathVariable.class)
					|| parameter.hasParameterAnnotation(RequestBody.class) || !type.getName().startsWith("dev.drift")
					|| type.getSimpleName().equals("Actor")) {
				continue;
			}
			else if (type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					fields.add(component.getName());
				}
			}
			else {
				for (var property : BeanUtils.getPropertyDescriptors(type)) {
					if (property.getWriteMethod() != null) {
						fields.add(property.getName());
					}
				}
			}
		}
		return new ArrayList<>(fields);
	}

	// Rows

	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : this.jdbc
			.queryForList("select table_name from information_schema.tables where lower(table_schema) = 'public' "
					+ "and table_type in ('BASE TABLE', 'TABLE') order by table_name", String.class)) {
			String name = table.toLowerCase();
			if (!BOOKKEEPING.contains(name) && !name.startsWith("flyway")) {
				counts.put(name, this.jdbc.queryForObject("select count(*) from " + name, Long.class));
			}
		}
		return counts;
	}

	private static String diff(Map<String, Long> before, Map<String, Long> after) {
		Map<String, String> diff = new LinkedHashMap<>();
		after.forEach((table, count) -> {
			if (!count.equals(before.get(table))) {
				diff.put(table, before.get(table) + " -> " + count);
			}
		});
		return diff.toString();
	}

	private static String abbreviate(String text) {
		return (text.length() > 80) ? text.substring(0, 80) + "…(" + text.length() + ")" : text;
	}

	private record Caller(Http http, String bearer, String csrf) {

		static Caller of(Http http, String bearer, String csrfPage) {
			return new Caller(http, bearer, http.csrf(csrfPage));
		}

	}

}
