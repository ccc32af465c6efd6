package org.crosscheck.shell.base;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.crosscheck.home.CrosscheckHome;

/**
 * Opens the home's embedded database on a thread of its own while Spring starts the
 * console, so that the pool's first connection finds it open. Opening an H2 file (and its
 * server for the other processes, AUTO_SERVER) is about a fifth of the time to the
 * prompt, and Spring creates its beans one at a time: on a second core it is done by the
 * time the data source is made. The connection is closed once the data source has one of
 * its own ({@link #release()}), or after a minute at most. Only for a home whose database
 * exists: a new home is made by the console itself, and a server database (--db) is left
 * alone.
 */
public final class DatabaseWarmUp {

	private static final CountDownLatch released = new CountDownLatch(1);

	private DatabaseWarmUp() {
	}

	/**
	 * Starts opening the database of the home that {@code home} names (the
	 * {@code crosscheck.home} setting, or null for the default), unless {@code db} (the
	 * {@code crosscheck.db} setting) names another database.
	 */
	public static void start(String home, String db) {
		if ((db != null && !db.isBlank()) || Boolean.getBoolean("spring.aot.processing")) {
			return;
		}
		Thread.ofPlatform().daemon().name("crosscheck:database-warm-up").start(() -> {
			try {
				CrosscheckHome resolved = CrosscheckHome.resolve(home, null, null, null);
				if (!resolved.isEmbedded() || !Files.isRegularFile(resolved.directory().resolve("crosscheck.mv.db"))) {
					return;
				}
				CrosscheckHome.loopbackOnlyDatabaseServer();
				try (Connection connection = DriverManager.getConnection(resolved.jdbcUrl(), resolved.user(),
						resolved.password())) {
					released.await(1, TimeUnit.MINUTES);
				}
			}
			catch (Exception | LinkageError ex) {
				// Only a head start: the console opens the database itself and reports
				// what is wrong.
			}
		});
	}

	/**
	 * The console's data source has its own connection: the database stays open without
	 * this one.
	 */
	public static void release() {
		released.countDown();
	}

}
