package dev.drift.shared;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Which database Drift runs on, for the few statements that have a faster form on
 * PostgreSQL than the portable one H2 also understands.
 */
public final class Databases {

	private Databases() {
	}

	/**
	 * Whether the data source is PostgreSQL, from its metadata (a connection each call:
	 * callers ask once, when they are built).
	 */
	public static boolean isPostgres(DataSource dataSource) {
		try {
			return "PostgreSQL"
				.equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("The database's product name could not be read", ex);
		}
	}

}
