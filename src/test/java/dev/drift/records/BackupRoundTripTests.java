package dev.drift.records;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.drift.DriftTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, acceptance 5: the backup commands of the README round-trip the test database
 * (the demo clinic and everything the suite added): every table has the same rows after
 * the restore, compared by count and by a hash of every row's content. On H2 with
 * {@code SCRIPT TO} / {@code RUNSCRIPT FROM}; on PostgreSQL (the {@code postgres}
 * profile) with {@code pg_dump -Fc} / {@code pg_restore} into a database made for it.
 */
@DriftTest
class BackupRoundTripTests {

	@Autowired
	DataSource dataSource;

	@Value("${spring.datasource.url}")
	String url;

	@Value("${spring.datasource.username:}")
	String user;

	@Value("${spring.datasource.password:}")
	String password;

	@TempDir
	Path folder;

	@Test
	void aBackupRestoresEveryRowOfEveryTable() throws Exception {
		Map<String, String> source;
		Map<String, String> restored;
		if (this.url.startsWith("jdbc:h2:")) {
			Path backup = this.folder.resolve("drift-backup.sql");
			source = consistent(() -> sql("SCRIPT TO '" + backup + "'"));
			String restoreUrl = "jdbc:h2:mem:restore-" + UUID.randomUUID()
					+ ";DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DEFAULT_NULL_ORDERING=HIGH";
			try (Connection connection = DriverManager.getConnection(restoreUrl, "sa", "")) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("RUNSCRIPT FROM '" + backup + "'");
				}
				restored = snapshot(connection);
			}
		}
		else {
			Path backup = this.folder.resolve("drift.dump");
			String database = this.url.substring(this.url.lastIndexOf('/') + 1).split("\\?")[0];
			String copy = database + "_restore_" + Long.toHexString(System.nanoTime());
			source = consistent(
					() -> run("pg_dump", "-h", "127.0.0.1", "-U", this.user, "-Fc", "-f", backup.toString(), database));
			run("psql", "-h", "127.0.0.1", "-U", this.user, "-d", "postgres", "-c", "create database " + copy);
			try {
				run("pg_restore", "-h", "127.0.0.1", "-U", this.user, "-d", copy, backup.toString());
				try (Connection connection = DriverManager.getConnection(
						this.url.substring(0, this.url.lastIndexOf('/') + 1) + copy, this.user, this.password)) {
					restored = snapshot(connection);
				}
			}
			finally {
				run("psql", "-h", "127.0.0.1", "-U", this.user, "-d", "postgres", "-c",
						"drop database if exists " + copy + " with (force)");
			}
		}
		long rows = source.values().stream().mapToLong((v) -> Long.parseLong(v.split(":")[0])).sum();
		System.out.printf("Backup round trip: %d tables, %d rows restored%n", source.size(), rows);
		assertThat(source).containsKeys("people_client", "sleep_diary_entry", "intake_screening",
				"sleep_questionnaire_response", "booking_appointment", "plan_plan", "audit_event");
		assertThat(source.get("sleep_diary_entry")).doesNotStartWith("0:");
		assertThat(restored).isEqualTo(source);
	}

	/**
	 * Takes the backup between two identical snapshots of the source, so a background job
	 * writing meanwhile (the outbox, reminders) cannot make the comparison flaky.
	 */
	private Map<String, String> consistent(Backup backup) throws Exception {
		for (int attempt = 0; attempt < 5; attempt++) {
			Map<String, String> before = snapshot();
			backup.take();
			if (before.equals(snapshot())) {
				return before;
			}
		}
		throw new IllegalStateException("The database kept changing during the backup");
	}

	private Map<String, String> snapshot() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			return snapshot(connection);
		}
	}

	/** Per table: the row count and a SHA-256 of all rows' content, in a stable order. */
	static Map<String, String> snapshot(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet rs = connection.getMetaData().getTables(null, "public", "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
			}
		}
		Map<String, String> snapshot = new TreeMap<>();
		for (String table : tables) {
			List<String> rows = new ArrayList<>();
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("select * from " + table)) {
				int columns = rs.getMetaData().getColumnCount();
				while (rs.next()) {
					StringBuilder row = new StringBuilder();
					for (int i = 1; i <= columns; i++) {
						Object value = rs.getObject(i);
						row.append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value)
							.append('\u001f');
					}
					rows.add(row.toString());
				}
			}
			rows.sort(null);
			snapshot.put(table, rows.size() + ":" + sha256(String.join("\u001e", rows)));
		}
		return snapshot;
	}

	private void sql(String command) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(command);
		}
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@FunctionalInterface
	interface Backup {

		void take() throws Exception;

	}

}
