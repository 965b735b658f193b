package dev.drift.intake;

import dev.drift.people.ClientId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes everything the intake module holds about a client (the approved erasure):
 * screenings with their answers, the draft, re-checks, clearances and overrides.
 */
@Component
class IntakeErasure {

	private static final String[] TABLES = { "intake_screening", "intake_draft", "intake_recheck", "intake_clearance" };

	private final JdbcClient jdbc;

	IntakeErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int erase(ClientId client) {
		int rows = 0;
		for (String table : TABLES) {
			rows += this.jdbc.sql("delete from " + table + " where client_id = :client")
				.param("client", client.value())
				.update();
		}
		return rows;
	}

}
