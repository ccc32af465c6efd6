package org.crosscheck.home;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which schema version a database is at, so that one already at the newest version skips
 * Flyway's scan of the class path, which is a good part of the console's start-up.
 */
public final class SchemaMigration {

	/**
	 * The newest migration in {@code db/migration}; a test keeps it in step with the
	 * files.
	 */
	public static final int LATEST_VERSION = 7;

	private SchemaMigration() {
	}

	/** Whether the database is at the newest schema version already. */
	static boolean upToDate(DataSource dataSource) {
		return currentVersion(dataSource) >= LATEST_VERSION;
	}

	static int currentVersion(DataSource dataSource) {
		try {
			Integer version = new JdbcTemplate(dataSource).queryForObject(
					"select max(cast(\"version\" as integer)) from \"flyway_schema_history\" where \"success\" = true",
					Integer.class);
			return version == null ? 0 : version;
		}
		catch (RuntimeException noHistoryYet) {
			return 0;
		}
	}

}
