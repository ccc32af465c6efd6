package org.crosscheck.home;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.crosscheck.common.CrosscheckException;

/**
 * The home directory of a Crosscheck installation ({@code ~/.crosscheck} unless
 * {@code --home} or {@code CROSSCHECK_HOME} says otherwise) and the database it uses: an
 * H2 file inside it, or the shared PostgreSQL server named by {@code --db} /
 * {@code CROSSCHECK_DB}.
 */
public final class CrosscheckHome {

	private static final String CONFIG_FILE = "crosscheck.properties";

	private final Path directory;

	private final String jdbcUrl;

	private final String user;

	private final String password;

	private CrosscheckHome(Path directory, String jdbcUrl, String user, String password) {
		this.directory = directory;
		this.jdbcUrl = jdbcUrl;
		this.user = user;
		this.password = password;
	}

	/** The system property that names the resolved home directory. */
	public static final String HOME_PROPERTY = "crosscheck.home.dir";

	/**
	 * Resolves the home and its database from explicit settings (null when not given).
	 * User name and password of a server database come from the settings, or from
	 * {@code crosscheck.properties} in the home ({@code db.user}, {@code db.password}).
	 */
	public static CrosscheckHome resolve(String home, String db, String dbUser, String dbPassword) {
		Path directory = (home == null || home.isBlank()) ? Path.of(System.getProperty("user.home"), ".crosscheck")
				: Path.of(home.replaceFirst("^~(?=/|$)", System.getProperty("user.home")));
		directory = directory.toAbsolutePath().normalize();
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw CrosscheckException.io("cannot create the home directory " + directory + " (" + ex.getMessage()
					+ "); choose another with --home DIR", ex);
		}
		// Files a user may add to the home (a newer table of exchange rates) are found by
		// what reads them.
		System.setProperty(HOME_PROPERTY, directory.toString());
		Properties config = readConfig(directory);
		String url = firstSet(db, config.getProperty("db.url"));
		if (url == null) {
			// AUTO_SERVER lets the console and the dashboard open the same file at once.
			// CACHE_SIZE=16384 (16 MB, H2's default): the check of 10,000 sources holds
			// their analysis in the console's 512 MB heap, and a 64 MB page cache, which
			// takes more heap than it counts, made it collect fully 70 times (the check
			// 39.6 s against 31.4 s); listings are as fast either way.
			// WRITE_DELAY=0: a commit is in the file when it returns. H2's default writes
			// committed changes up to half a second later, so a killed process lost what
			// it had reported saved.
			// REUSE_SPACE=FALSE: H2 (2.3 and 2.5 alike) then writes each commit at the
			// end of the file, where the opening after a crash finds it. Written into a
			// gap of the file, a commit can only be found through the file's header, and
			// H2 rewrites that header late and pointing at the commit before: a process
			// killed in the first commits after a clean start lost every one of them. The
			// file then grows with each commit; HomeDataSource compacts it when the last
			// process closes it.
			url = "jdbc:h2:file:" + directory.resolve("crosscheck")
					+ ";AUTO_SERVER=TRUE;CACHE_SIZE=16384;WRITE_DELAY=0;REUSE_SPACE=FALSE";
			return new CrosscheckHome(directory, url, "sa", "");
		}
		if (!url.startsWith("jdbc:")) {
			throw CrosscheckException
				.invalid("--db must be a JDBC URL such as jdbc:postgresql://host/crosscheck, not '" + url + "'");
		}
		return new CrosscheckHome(directory, url, firstSet(dbUser, config.getProperty("db.user")),
				firstSet(dbPassword, config.getProperty("db.password")));
	}

	/**
	 * H2's automatic mixed mode opens a TCP server for the other process; it must not
	 * listen beyond this machine. H2 reads the setting when its classes load, so call
	 * this before.
	 */
	public static void loopbackOnlyDatabaseServer() {
		if (System.getProperty("h2.bindAddress") == null) {
			System.setProperty("h2.bindAddress", "127.0.0.1");
		}
	}

	private static Properties readConfig(Path directory) {
		Properties properties = new Properties();
		Path file = directory.resolve(CONFIG_FILE);
		if (Files.isRegularFile(file)) {
			try (var reader = Files.newBufferedReader(file)) {
				properties.load(reader);
			}
			catch (IOException ex) {
				throw CrosscheckException.io("cannot read " + file + ": " + ex.getMessage(), ex);
			}
		}
		return properties;
	}

	private static String firstSet(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

	public Path directory() {
		return this.directory;
	}

	public String jdbcUrl() {
		return this.jdbcUrl;
	}

	public String user() {
		return this.user;
	}

	public String password() {
		return this.password;
	}

	public boolean isEmbedded() {
		return this.jdbcUrl.startsWith("jdbc:h2:");
	}

	/**
	 * The database as users should see it: the file or the server, never the password.
	 */
	public String describeDatabase() {
		return isEmbedded() ? directory.resolve("crosscheck.mv.db").toString()
				: this.jdbcUrl.replaceAll("password=[^&;]*", "password=***");
	}

}
