package dev.drift.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants to and from {@code timestamp with time zone} columns, the same on H2 and
 * PostgreSQL: written in UTC, to the microsecond both databases keep (truncated, so what
 * is read back equals what was written), {@code null} passing through.
 */
public final class Timestamps {

	private Timestamps() {
	}

	/** The column value for an instant. */
	public static OffsetDateTime utc(Instant instant) {
		return instant == null ? null
				: OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
	}

	/** The instant in a column, or {@code null}. */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	/** The instant in a column (1-based), or {@code null}. */
	public static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
