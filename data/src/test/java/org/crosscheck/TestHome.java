package org.crosscheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Gives each test class a home of its own, so its database starts empty: an H2 file in a
 * temporary folder, or — when the build runs with {@code -Dcrosscheck.test.pg=JDBC-URL} —
 * a fresh database on that PostgreSQL server, so the service tests run against both.
 */
public final class TestHome {

	private TestHome() {
	}

	public static Path register(DynamicPropertyRegistry registry) {
		Map<String, String> properties = fresh();
		properties.forEach((name, value) -> registry.add(name, () -> value));
		return Path.of(properties.get("crosscheck.home"));
	}

	/**
	 * The properties of a new, empty home: its folder and, on PostgreSQL, its own
	 * database.
	 */
	public static Map<String, String> fresh() {
		Map<String, String> properties = new LinkedHashMap<>();
		try {
			properties.put("crosscheck.home", Files.createTempDirectory("crosscheck-test-").toString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		String server = System.getProperty("crosscheck.test.pg");
		if (server != null && !server.isBlank()) {
			String user = System.getProperty("crosscheck.test.pg.user", "crosscheck");
			String password = System.getProperty("crosscheck.test.pg.password", "crosscheck");
			String database = "cc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
			try (Connection connection = DriverManager.getConnection(server, user, password);
					Statement statement = connection.createStatement()) {
				statement.execute("create database " + database);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("cannot create a test database on " + server + ": " + ex.getMessage(),
						ex);
			}
			properties.put("crosscheck.db", server.substring(0, server.lastIndexOf('/') + 1) + database);
			properties.put("crosscheck.db.user", user);
			properties.put("crosscheck.db.password", password);
		}
		return properties;
	}

	/** Whether the tests run against PostgreSQL. */
	public static boolean onPostgres() {
		String server = System.getProperty("crosscheck.test.pg");
		return server != null && !server.isBlank();
	}

}
