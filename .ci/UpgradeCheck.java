import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The upgrade check's two halves (run by .ci/upgrade-check with the JDBC drivers on the class path):
 * {@code count URL USER} prints every table of the public schema with its row count;
 * {@code compare BEFORE AFTER} fails when a table disappeared or lost rows;
 * {@code read BASE_URL} reads the demo clinic's data back through the API of the running application.
 */
public class UpgradeCheck {

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "count" -> count(args[1], args[2]).forEach((table, rows) -> System.out.println(table + " " + rows));
			case "compare" -> compare(read(args[1]), read(args[2]));
			case "read" -> readThroughApi(args[1]);
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	static Map<String, Long> count(String url, String user) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		try (Connection connection = DriverManager.getConnection(url, user, "")) {
			List<String> tables = new ArrayList<>();
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("select table_name from information_schema.tables"
							+ " where lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE')")) {
				while (rows.next()) {
					tables.add(rows.getString(1).toLowerCase());
				}
			}
			for (String table : tables) {
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
					rows.next();
					counts.put(table, rows.getLong(1));
				}
			}
		}
		return counts;
	}

	static Map<String, Long> read(String file) throws Exception {
		Map<String, Long> counts = new TreeMap<>();
		for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(file))) {
			String[] parts = line.split(" ");
			counts.put(parts[0], Long.parseLong(parts[1]));
		}
		return counts;
	}

	/**
	 * Every table of the old database is still there with at least its rows (sessions may
	 * expire; a module's Flyway history loses the rows of scripts that moved to another
	 * module, which MovedMigrations forgets on purpose).
	 */
	static void compare(Map<String, Long> before, Map<String, Long> after) {
		List<String> problems = new ArrayList<>();
		before.forEach((table, rows) -> {
			if (!after.containsKey(table)) {
				problems.add(table + " is gone");
			}
			else if (after.get(table) < rows && !table.startsWith("site_session")
					&& !table.startsWith("flyway_schema_history_")) {
				problems.add(table + " had " + rows + " rows, now " + after.get(table));
			}
		});
		long total = before.values().stream().mapToLong(Long::longValue).sum();
		System.out.println("upgrade check: " + before.size() + " tables, " + total + " rows before; "
				+ (problems.isEmpty() ? "all still there" : problems));
		if (!problems.isEmpty()) {
			System.exit(1);
		}
	}

	static void readThroughApi(String base) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String client = basic("client@demo.drift");
		String admin = basic("admin@demo.drift");
		String me = get(http, base + "/api/v1/me", client);
		String clientId = field(me, "clientId");
		LocalDate today = LocalDate.now();
		String diary = get(http, base + "/api/v1/clients/" + clientId + "/diary?from=" + today.minusDays(90) + "&to="
				+ today.plusDays(1), client);
		require(diary.contains("\"diaryDate\""), "the demo client's diary nights", diary);
		String questionnaires = get(http, base + "/api/v1/clients/" + clientId + "/questionnaires", client);
		require(questionnaires.contains("\"total\"") || questionnaires.contains("\"global\""),
				"the demo client's ISI/PSQI history", questionnaires);
		String screening = get(http, base + "/api/v1/clients/" + clientId + "/screening", client);
		require(screening.contains("\"ruleSetVersion\""), "the demo client's screening", screening);
		String appointments = get(http, base + "/api/v1/appointments?from=" + today.minusDays(45) + "&to="
				+ today.plusDays(45), admin);
		require(appointments.contains("\"start\""), "the demo clinic's appointments", appointments);
		String ruleSets = get(http, base + "/api/v1/intake/rule-sets", admin);
		require(ruleSets.contains("\"version\"") || ruleSets.contains("\"label\""), "the clinic's rule sets", ruleSets);
		get(http, base + "/api/v1/waitlist", admin);
		System.out.println("upgrade check: diary, questionnaires, screening, appointments, rule sets and waitlist"
				+ " read back through the API");
	}

	static String basic(String email) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((email + ":drift-demo").getBytes(StandardCharsets.UTF_8));
	}

	static String get(HttpClient http, String url, String auth) throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).build(),
				HttpResponse.BodyHandlers.ofString());
		require(response.statusCode() == 200, "GET " + url + " answers 200", response.statusCode() + " " + response.body());
		return response.body();
	}

	static String field(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		require(matcher.find(), name + " in " + json, json);
		return matcher.group(1);
	}

	static void require(boolean condition, String what, String seen) {
		if (!condition) {
			System.err.println("upgrade check failed: " + what + "; got: "
					+ (seen.length() > 500 ? seen.substring(0, 500) + "…" : seen));
			System.exit(1);
		}
	}

}
