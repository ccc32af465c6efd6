package org.crosscheck.home;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Brings the schema up to date with Flyway, but only when it is behind: a database already at
 * the newest version skips Flyway's scan of the class path, which is a good part of the
 * console's start-up.
 */
@Configuration(proxyBeanMethods = false)
public class SchemaMigration {

	/** The newest migration in {@code db/migration}; a test keeps it in step with the files. */
	public static final int LATEST_VERSION = 3;

	@Bean
	FlywayMigrationStrategy migrateWhenBehind(DataSource dataSource) {
		return flyway -> {
			if (currentVersion(dataSource) < LATEST_VERSION) {
				flyway.migrate();
			}
		};
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
