package org.crosscheck.home;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.crosscheck.DataTestApplication;
import org.crosscheck.dataset.DatasetService;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database of a home survives a process that is killed (SIGKILL, out of
 * memory, power cut of the JVM): what was committed is there, and a first start killed in
 * the middle of preparing the schema does not leave a home that never opens again. Found
 * by the console's CrashSafetyIT; these are the fast, deterministic versions.
 */
class HomeDatabaseCrashTests {

	@TempDir
	Path home;

	/**
	 * Commits rows through the home's JDBC URL, says so, and halts without closing
	 * anything.
	 */
	public static void main(String[] args) throws SQLException {
		String url = CrosscheckHome.resolve(args[0], null, null, null).jdbcUrl();
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				if (args.length > 1) {
					// The first commit after a clean start, then killed.
					statement.execute("insert into churn values (-1, 'after the restart')");
					connection.commit();
					System.out.println("committed after the restart");
					System.out.flush();
					Runtime.getRuntime().halt(9);
				}
				statement.execute("create table saved (n int)");
				connection.commit();
				for (int i = 1; i <= 20; i++) {
					statement.execute("insert into saved values (" + i + ")");
					connection.commit();
				}
			}
			System.out.println("committed 20");
			System.out.flush();
			Runtime.getRuntime().halt(9);
		}
	}

	@Test
	void whatWasCommittedSurvivesAKilledProcess() throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
				HomeDatabaseCrashTests.class.getName(), this.home.toString()))
			.redirectErrorStream(true)
			.start();
		assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(new String(child.getInputStream().readAllBytes())).contains("committed 20");
		assertThat(child.exitValue()).isEqualTo(9);

		String url = CrosscheckHome.resolve(this.home.toString(), null, null, null).jdbcUrl();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*), max(n) from saved")) {
			rows.next();
			assertThat(rows.getInt(1)).as("committed rows after the kill").isEqualTo(20);
			assertThat(rows.getInt(2)).isEqualTo(20);
		}
	}

	/**
	 * A file that has been written for a while, closed cleanly and opened again: the
	 * first commits after the start survive a kill. H2 lost them when it wrote them into
	 * the file's free space (the console lost the first imported file of a run killed at
	 * once).
	 */
	@Test
	void theFirstCommitAfterACleanRestartSurvivesAKilledProcess() throws Exception {
		String url = CrosscheckHome.resolve(this.home.toString(), null, null, null).jdbcUrl();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table churn (id int primary key, v varchar)");
			for (int i = 0; i < 3000; i++) {
				statement.execute(
						"merge into churn values (" + (i % 300) + ", repeat('" + (char) ('a' + i % 26) + "', 2000))");
			}
		}
		String java = ProcessHandle.current().info().command().orElse("java");
		Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
				HomeDatabaseCrashTests.class.getName(), this.home.toString(), "restart"))
			.redirectErrorStream(true)
			.start();
		assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(new String(child.getInputStream().readAllBytes())).contains("committed after the restart");

		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from churn where id = -1")) {
			rows.next();
			assertThat(rows.getInt(1)).as("the commit made after the restart, after the kill").isEqualTo(1);
		}
	}

	@Test
	void aFirstStartKilledWhilePreparingTheSchemaIsPreparedAgain() throws Exception {
		// What a first start killed in the middle of the first migration leaves: Flyway's
		// history
		// with its schema marker only, and some of the tables.
		String url = CrosscheckHome.resolve(this.home.toString(), null, null, null).jdbcUrl();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("""
					create table "flyway_schema_history" ("installed_rank" int primary key, "version" varchar(50),
					  "description" varchar(200), "type" varchar(20), "script" varchar(1000), "checksum" int,
					  "installed_by" varchar(100), "installed_on" timestamp default current_timestamp,
					  "execution_time" int, "success" boolean)""");
			statement.execute("""
					insert into "flyway_schema_history" values (0, null, '<< Flyway Schema Creation >>', 'SCHEMA',
					  '"PUBLIC"', null, 'SA', current_timestamp, 0, true)""");
			statement.execute("create table dataset (id bigint primary key, name varchar(200))");
			statement.execute("create table setting (name varchar(100) primary key, setting_value text)");
		}

		try (ConfigurableApplicationContext context = start()) {
			DatasetService datasets = context.getBean(DatasetService.class);
			assertThat(datasets.listDatasets()).isEmpty();
			datasets.createDataset("kept");
		}
		// A home whose schema is complete is never touched.
		try (ConfigurableApplicationContext context = start()) {
			assertThat(context.getBean(DatasetService.class).exists("kept")).isTrue();
		}
	}

	/**
	 * A first start killed in a later migration, in the middle of H2's {@code alter
	 * table}: the earlier migrations are recorded, and a copy of a table is left with
	 * another table's foreign key pointing at it, so that every insert into that table
	 * failed. A home with no dataset yet is prepared again from the first migration.
	 */
	@Test
	void aFirstStartKilledInALaterMigrationIsPreparedAgain() throws Exception {
		String url = CrosscheckHome.resolve(this.home.toString(), null, null, null).jdbcUrl();
		Flyway.configure().dataSource(url, "sa", "").target(MigrationVersion.fromVersion("3")).load().migrate();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table source_copy_4_2 (id bigint primary key)");
			statement.execute("alter table suggestion add constraint left_by_the_kill"
					+ " foreign key (source_id) references source_copy_4_2 (id)");
		}

		try (ConfigurableApplicationContext context = start()) {
			DatasetService datasets = context.getBean(DatasetService.class);
			assertThat(datasets.listDatasets()).isEmpty();
			datasets.createDataset("kept");
		}
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from information_schema.tables"
						+ " where table_schema = 'PUBLIC' and table_name like 'SOURCE_COPY%'")) {
			rows.next();
			assertThat(rows.getInt(1)).as("tables left by the killed migration").isZero();
		}
		try (ConfigurableApplicationContext context = start()) {
			assertThat(context.getBean(DatasetService.class).exists("kept")).isTrue();
		}
	}

	private ConfigurableApplicationContext start() throws IOException {
		Files.createDirectories(this.home);
		return new SpringApplicationBuilder(DataTestApplication.class).web(WebApplicationType.NONE)
			.run("--crosscheck.home=" + this.home, "--spring.main.banner-mode=off", "--logging.level.root=WARN");
	}

}
