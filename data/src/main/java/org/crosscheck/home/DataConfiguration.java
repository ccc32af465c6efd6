package org.crosscheck.home;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.crosscheck.common.CrosscheckException;
import org.crosscheck.dataset.DatasetService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens the home's database for whichever front end runs. */
@Configuration(proxyBeanMethods = false)
public class DataConfiguration {

	@Bean
	CrosscheckHome crosscheckHome(@Value("${crosscheck.home:}") String home, @Value("${crosscheck.db:}") String db,
			@Value("${crosscheck.db.user:}") String dbUser, @Value("${crosscheck.db.password:}") String dbPassword) {
		return CrosscheckHome.resolve(home, db, dbUser, dbPassword);
	}

	@Bean
	DataSource dataSource(CrosscheckHome home, @Value("${crosscheck.db.pool-size:4}") int poolSize) {
		// H2's classes load about now, with the first connection.
		CrosscheckHome.loopbackOnlyDatabaseServer();
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(home.jdbcUrl());
		config.setUsername(home.user());
		config.setPassword(home.password());
		config.setMaximumPoolSize(poolSize);
		config.setMinimumIdle(1);
		config.setPoolName("crosscheck");
		return new HomeDataSource(config);
	}

	/**
	 * Migrates the schema when it is behind. H2 commits each schema statement at once, so
	 * a first start killed in the middle of a migration left some of its tables (and, in
	 * the middle of an {@code alter table}, H2's copy of the table with foreign keys
	 * pointing at it) and no record of them: every later start failed with "table already
	 * exists", or every insert with a broken reference. A database that holds no dataset
	 * yet holds no data: what such a start left is dropped and the migrations run again
	 * from the first. A lock on a file in the home keeps two processes starting on a new
	 * home from tripping each other.
	 */
	@Bean
	FlywayMigrationStrategy flywayMigrationStrategy(CrosscheckHome home) {
		return flyway -> {
			if (SchemaMigration.upToDate(flyway.getConfiguration().getDataSource())) {
				return;
			}
			if (!home.isEmbedded()) {
				flyway.migrate();
				return;
			}
			try (FileChannel channel = FileChannel.open(home.directory().resolve("crosscheck.migration.lock"),
					StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				dropUnfinishedSchema(flyway.getConfiguration().getDataSource());
				flyway.migrate();
			}
			catch (IOException ex) {
				throw CrosscheckException.io("cannot lock the home " + home.directory() + " to prepare its database ("
						+ ex.getMessage() + ")", ex);
			}
		};
	}

	private static final Log log = LogFactory.getLog(DataConfiguration.class);

	/**
	 * Drops everything in an H2 database whose schema is behind and that holds no dataset
	 * (see above).
	 */
	static void dropUnfinishedSchema(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			int tables = count(statement,
					"select count(*) from information_schema.tables where table_schema = 'PUBLIC'");
			if (tables == 0) {
				return;
			}
			if (DatasetService.holdsADataset(connection)) {
				return;
			}
			log.warn("The database's first preparation was interrupted (" + tables
					+ " tables, no dataset yet); starting it again");
			statement.execute("drop all objects");
		}
		catch (SQLException ex) {
			throw CrosscheckException.io("cannot read the database's schema: " + ex.getMessage(), ex);
		}
	}

	private static int count(Statement statement, String sql) throws SQLException {
		try (ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
