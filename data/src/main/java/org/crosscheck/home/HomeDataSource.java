package org.crosscheck.home;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The pool of connections to the home's database. An H2 file that does not reuse its free
 * space (see {@link CrosscheckHome}) keeps every superseded page: when the last process
 * closes it and more than half of it is such space, closing rewrites the file with only
 * its live data. H2 writes the compacted file beside the old one and swaps them, so a
 * process killed meanwhile loses nothing.
 */
class HomeDataSource extends HikariDataSource {

	private static final Log log = LogFactory.getLog(HomeDataSource.class);

	/**
	 * Below this much superseded space a file is left as it is: rewriting it would cost
	 * more than it frees.
	 */
	static final long MIN_WASTE_BYTES = 32L << 20;

	private final boolean h2File;

	HomeDataSource(HikariConfig config) {
		super(config);
		this.h2File = config.getJdbcUrl().startsWith("jdbc:h2:file:");
	}

	@Override
	public void close() {
		if (this.h2File && !isClosed()) {
			compactIfWasteful();
		}
		super.close();
	}

	private void compactIfWasteful() {
		// A connection of its own, not one of the pool's: the shutdown closes it under
		// the pool's feet.
		Connection connection;
		try {
			connection = DriverManager.getConnection(getJdbcUrl(), getUsername(), getPassword());
		}
		catch (SQLException ex) {
			log.warn("Could not compact the database file: " + ex.getMessage());
			return;
		}
		try (Statement statement = connection.createStatement()) {
			// Another process connected to this one's database, or this one connected to
			// another's: the file is not this process's to close.
			if (count(statement,
					"select count(*) from information_schema.sessions where client_addr is not null") > 0) {
				return;
			}
			long fileSize = setting(statement, "info.FILE_SIZE");
			long liveRate = setting(statement, "info.CHUNKS_FILL_RATE");
			long waste = fileSize * (100 - liveRate) / 100;
			if (liveRate >= 50 || waste < MIN_WASTE_BYTES) {
				return;
			}
			long started = System.nanoTime();
			statement.execute("shutdown compact");
			log.info("Compacted the database file: " + (waste >> 20) + " MB of superseded pages freed in "
					+ (System.nanoTime() - started) / 1_000_000 + " ms");
		}
		catch (SQLException ex) {
			// The data is safe as it is; only the file stays larger until the next close.
			log.warn("Could not compact the database file: " + ex.getMessage());
		}
		finally {
			closeAfterShutdown(connection);
		}
	}

	private static void closeAfterShutdown(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException closedByTheShutdown) {
			// Nothing is left to close.
		}
	}

	private static long setting(Statement statement, String name) throws SQLException {
		try (ResultSet rows = statement.executeQuery(
				"select setting_value from information_schema.settings where setting_name = '" + name + "'")) {
			return rows.next() ? Long.parseLong(rows.getString(1).replaceAll("[^0-9]", "")) : 0;
		}
	}

	private static long count(Statement statement, String sql) throws SQLException {
		try (ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
