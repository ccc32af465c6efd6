package org.crosscheck.home;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import com.zaxxer.hikari.HikariConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home's database file does not keep growing: closing it frees what its commits
 * superseded.
 */
@ExtendWith(OutputCaptureExtension.class)
class HomeDataSourceTests {

	@TempDir
	Path home;

	@Test
	void closingAFileMostlyOfSupersededPagesCompactsItAndKeepsItsData(CapturedOutput output) throws Exception {
		Path file = this.home.resolve("crosscheck.mv.db");
		long before;
		try (HomeDataSource dataSource = open()) {
			churn(dataSource, 6000);
			before = Files.size(file);
		}
		assertThat(before).as("file size before the close").isGreaterThan(HomeDataSource.MIN_WASTE_BYTES);
		assertThat(Files.size(file)).as("file size after a close that compacted").isLessThan(8L << 20);
		assertThat(output).doesNotContain("Could not compact");

		try (HomeDataSource dataSource = open();
				Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*), max(case id when 0 then v end) from churn")) {
			rows.next();
			assertThat(rows.getInt(1)).isEqualTo(2000);
			// Row 0's last write was the 4001st, letter 4000 modulo 26.
			assertThat(rows.getString(2)).hasSize(2000).startsWith("w");
		}
	}

	@Test
	void aFileWithLittleSupersededSpaceIsLeftAsItIs() throws Exception {
		try (HomeDataSource dataSource = open()) {
			churn(dataSource, 200);
		}
		long first = Files.size(this.home.resolve("crosscheck.mv.db"));
		try (HomeDataSource dataSource = open(); Connection connection = dataSource.getConnection()) {
			connection.createStatement().execute("merge into churn values (1, 'one more')");
		}
		assertThat(Files.size(this.home.resolve("crosscheck.mv.db"))).isGreaterThanOrEqualTo(first);
	}

	private HomeDataSource open() {
		CrosscheckHome home = CrosscheckHome.resolve(this.home.toString(), null, null, null);
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(home.jdbcUrl());
		config.setUsername(home.user());
		config.setPassword(home.password());
		config.setMaximumPoolSize(2);
		return new HomeDataSource(config);
	}

	/** Many small commits, each superseding the pages of the one before. */
	private static void churn(HomeDataSource dataSource, int commits) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("create table if not exists churn (id int primary key, v varchar)");
			for (int i = 0; i < commits; i++) {
				statement.execute(
						"merge into churn values (" + (i % 2000) + ", repeat('" + (char) ('a' + i % 26) + "', 2000))");
			}
		}
	}

}
