package dev.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the migrated schema, read from {@code information_schema} (H2 and PostgreSQL
 * alike), sorted into what Citus would make of it. Every table must be named here: a
 * <em>distributed</em> table carries {@code clinic_id}; a <em>reference</em> table is
 * global (not one clinic's data); a <em>child</em> table holds clinic data through its
 * parent and needs {@code clinic_id} before Citus (the migration plan is in
 * {@code docs/scaling.md}). A new table that is none of these fails the test, so the
 * choice is made when the table is added. The report lists the primary keys and unique
 * constraints of distributed tables that lack {@code clinic_id}.
 */
@DriftTest
class CitusReadinessTests {

	/**
	 * Global tables: the clinics themselves, sign-in throttling, passkeys (found by
	 * credential id or email before the clinic is known), sessions, events.
	 */
	static final Set<String> REFERENCE = Set.of("people_clinic", "accounts_login_failure", "accounts_login_lock",
			"user_entities", "user_credentials", "event_publication", "site_session", "site_session_attributes");

	/** One clinic's data reached through a parent row: clinic_id to be added. */
	static final Set<String> CHILDREN_WITHOUT_CLINIC_ID = Set.of("accounts_recovery_code", "accounts_totp",
			"people_therapist_hours", "people_therapist_time_off", "plan_review", "plan_session", "plan_version",
			"sessions_addendum", "sleep_session_night");

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyTableIsReferenceDistributedByClinicIdOrAKnownChild() {
		Map<String, Set<String>> columns = new TreeMap<>();
		this.jdbc
			.sql("select lower(c.table_name), lower(c.column_name) from information_schema.columns c"
					+ " join information_schema.tables t on t.table_schema = c.table_schema"
					+ " and t.table_name = c.table_name where lower(t.table_schema) = 'public'"
					+ " and t.table_type = 'BASE TABLE'")
			.query((rs, i) -> columns.computeIfAbsent(rs.getString(1), (table) -> new TreeSet<>()).add(rs.getString(2)))
			.list();
		columns.keySet().removeIf((table) -> table.startsWith("flyway_schema_history"));

		List<String> distributed = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (Map.Entry<String, Set<String>> table : columns.entrySet()) {
			boolean hasClinic = table.getValue().contains("clinic_id");
			if (hasClinic && !REFERENCE.contains(table.getKey())) {
				distributed.add(table.getKey());
			}
			else if (!REFERENCE.contains(table.getKey()) && !CHILDREN_WITHOUT_CLINIC_ID.contains(table.getKey())) {
				unknown.add(table.getKey());
			}
		}
		List<String> needing = constraintsWithoutClinicId(distributed);
		System.out.printf("Citus readiness: %d distributed by clinic_id %s%n  %d reference %s%n"
				+ "  %d children needing clinic_id %s%n  %d keys/unique constraints needing clinic_id:%n    %s%n",
				distributed.size(), distributed, REFERENCE.size(), new TreeSet<>(REFERENCE),
				CHILDREN_WITHOUT_CLINIC_ID.size(), new TreeSet<>(CHILDREN_WITHOUT_CLINIC_ID), needing.size(),
				String.join("\n    ", needing));

		assertThat(unknown).as("tables that are neither distributed (clinic_id), reference nor a known child")
			.isEmpty();
		assertThat(columns.keySet()).containsAll(REFERENCE).containsAll(CHILDREN_WITHOUT_CLINIC_ID);
		assertThat(distributed).contains("booking_appointment", "people_client", "sleep_diary_entry", "audit_event");
		assertThat(needing.stream().filter((constraint) -> constraint.contains(" UNIQUE ")))
			.as("unique constraints without clinic_id: only those where adding it is a product decision"
					+ " (one account email across clinics, secrets looked up before the clinic is known)")
			.allMatch((constraint) -> constraint.toLowerCase(Locale.ROOT).contains(" accounts_account_email ")
					|| constraint.toLowerCase(Locale.ROOT).matches("accounts_\\w+ unique accounts_\\w+_token_hash .*"));
	}

	/** Primary keys and unique constraints of distributed tables without clinic_id. */
	private List<String> constraintsWithoutClinicId(List<String> distributed) {
		Map<String, Set<String>> constraintColumns = new TreeMap<>();
		this.jdbc
			.sql("select lower(tc.table_name), tc.constraint_name, tc.constraint_type, lower(k.column_name)"
					+ " from information_schema.table_constraints tc join information_schema.key_column_usage k"
					+ " on k.constraint_name = tc.constraint_name and k.table_name = tc.table_name"
					+ " and k.constraint_schema = tc.constraint_schema"
					+ " where lower(tc.table_schema) = 'public' and tc.constraint_type in ('PRIMARY KEY', 'UNIQUE')")
			.query((rs, i) -> constraintColumns
				.computeIfAbsent(rs.getString(1) + " " + rs.getString(3) + " " + rs.getString(2),
						(key) -> new TreeSet<>())
				.add(rs.getString(4)))
			.list();
		List<String> needing = new ArrayList<>();
		constraintColumns.forEach((key, cols) -> {
			if (distributed.contains(key.substring(0, key.indexOf(' '))) && !cols.contains("clinic_id")) {
				needing.add(key + " " + cols);
			}
		});
		return needing;
	}

}
