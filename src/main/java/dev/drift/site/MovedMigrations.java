package dev.drift.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Migrations that moved to another module when a module was split in two (the
 * questionnaires out of sleep, say). Each module keeps its own Flyway history table
 * ({@code flyway_schema_history_<module>}), so a database created before the split has
 * the moved script in the old module's history, and Flyway would refuse to start
 * ("applied migration not resolved locally"). Before each module validates, this callback
 * removes exactly the moved scripts' rows from the old module's history; the new module's
 * migration creates its tables with {@code if not exists}, so on an old database it finds
 * them in place (data untouched) and on a new one creates them. Nothing else in any
 * history is touched, so Flyway still catches a migration that went missing by mistake. A
 * script that lost part of its tables to another module ({@link Rewritten}) keeps its
 * row, with the checksum of the file as it is now (what {@code flyway repair} would do
 * for that one script). Boot hands every {@link Callback} bean to Flyway, and Modulith's
 * per-module Flyway copies the configuration, callbacks included.
 */
@Component
class MovedMigrations implements Callback {

	private static final Logger log = LoggerFactory.getLogger(MovedMigrations.class);

	/** A script that moved from one module's migration folder to another's. */
	record Moved(String fromModule, String script, String toModule) {
	}

	/**
	 * A script that stayed in its module but lost tables to another module's migration
	 * (which creates them with {@code if not exists}).
	 */
	record Rewritten(String module, String script) {
	}

	/** Every move so far; add a row when a migration changes module. */
	static final List<Moved> MOVED = List.of(new Moved("booking", "V2__waitlist.sql", "waitlist"),
			new Moved("sleep", "V2__sleep_questionnaires.sql", "questionnaires"));

	/** Every script rewritten by a move. */
	static final List<Rewritten> REWRITTEN = List.of(new Rewritten("intake", "V1__intake.sql"));

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		String table = context.getConfiguration().getTable();
		for (Moved moved : MOVED) {
			if (table.equalsIgnoreCase("flyway_schema_history_" + moved.fromModule())) {
				forget(context.getConnection(), table, moved);
			}
		}
		for (Rewritten rewritten : REWRITTEN) {
			if (table.equalsIgnoreCase("flyway_schema_history_" + rewritten.module())) {
				realign(context.getConnection(), table, rewritten);
			}
		}
	}

	@Override
	public String getCallbackName() {
		return "drift-moved-migrations";
	}

	private static void forget(Connection connection, String table, Moved moved) {
		try {
			if (!exists(connection, table)) {
				return;
			}
			try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where script = ?")) {
				delete.setString(1, moved.script());
				if (delete.executeUpdate() > 0) {
					log.info("Migration {} now belongs to module {}: removed from {}", moved.script(), moved.toModule(),
							table);
				}
			}
		}
		catch (SQLException ex) {
			throw new FlywayException("Could not move " + moved.script() + " out of " + table, ex);
		}
	}

	private static void realign(Connection connection, String table, Rewritten rewritten) {
		String resource = "db/migration/" + rewritten.module() + "/" + rewritten.script();
		try {
			if (!exists(connection, table)) {
				return;
			}
			try (PreparedStatement update = connection
				.prepareStatement("update " + table + " set checksum = ? where script = ? and checksum <> ?")) {
				int checksum = checksum(resource);
				update.setInt(1, checksum);
				update.setString(2, rewritten.script());
				update.setInt(3, checksum);
				if (update.executeUpdate() > 0) {
					log.info("Migration {} lost tables to another module: checksum realigned in {}", rewritten.script(),
							table);
				}
			}
		}
		catch (SQLException | IOException ex) {
			throw new FlywayException("Could not realign " + resource + " in " + table, ex);
		}
	}

	/**
	 * Flyway's checksum of an SQL migration: CRC32 over the UTF-8 bytes of every line,
	 * without line breaks or a byte-order mark.
	 */
	static int checksum(String classpathResource) throws IOException {
		InputStream stream = MovedMigrations.class.getClassLoader().getResourceAsStream(classpathResource);
		if (stream == null) {
			throw new IOException("No migration " + classpathResource);
		}
		CRC32 crc = new CRC32();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				crc.update(line.replace("\uFEFF", "").getBytes(StandardCharsets.UTF_8));
			}
		}
		return (int) crc.getValue();
	}

	private static boolean exists(Connection connection, String table) throws SQLException {
		try (PreparedStatement query = connection
			.prepareStatement("select count(*) from information_schema.tables where lower(table_name) = ?")) {
			query.setString(1, table.toLowerCase(Locale.ROOT));
			try (ResultSet rows = query.executeQuery()) {
				return rows.next() && rows.getInt(1) > 0;
			}
		}
	}

}
