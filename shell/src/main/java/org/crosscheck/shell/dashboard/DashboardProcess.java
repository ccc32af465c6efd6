package org.crosscheck.shell.dashboard;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.crosscheck.common.AtomicFiles;
import org.crosscheck.common.CrosscheckException;
import org.crosscheck.home.CrosscheckHome;

import org.springframework.core.env.Environment;

/**
 * The dashboard process of one home: launches the jar, remembers the process in
 * {@code dashboard.pid} in the home, tells whether it still runs and answers, and ends
 * it.
 */
final class DashboardProcess {

	static final String PID_FILE = "dashboard.pid";

	static final String LOG_FILE = "dashboard.log";

	private final CrosscheckHome home;

	private final Environment environment;

	private final String startupCache;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	DashboardProcess(CrosscheckHome home, Environment environment, String startupCache) {
		this.home = home;
		this.environment = environment;
		this.startupCache = startupCache;
	}

	/** A dashboard process as the pid file remembers it. */
	record Running(long pid, int port) {

		String url() {
			return "http://127.0.0.1:" + this.port + "/";
		}

	}

	/**
	 * The dashboard the pid file names, if that process still runs; a stale pid file is
	 * removed.
	 */
	Optional<Running> running() {
		Path file = this.home.directory().resolve(PID_FILE);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Running recorded;
		try {
			Properties properties = new Properties();
			properties.load(new StringReader(Files.readString(file)));
			recorded = new Running(Long.parseLong(properties.getProperty("pid", "").strip()),
					Integer.parseInt(properties.getProperty("port", "").strip()));
		}
		catch (IOException | NumberFormatException ex) {
			forget();
			return Optional.empty();
		}
		Optional<ProcessHandle> process = ProcessHandle.of(recorded.pid()).filter(ProcessHandle::isAlive);
		// A pid is reused after its process ended: only a process running the dashboard
		// jar counts.
		boolean isDashboard = process
			.map(handle -> handle.info()
				.commandLine()
				.map(line -> line.contains(DashboardCommands.JAR_NAME))
				.orElse(true))
			.orElse(false);
		if (!isDashboard) {
			forget();
			return Optional.empty();
		}
		return Optional.of(recorded);
	}

	/** Starts the dashboard jar on the loopback port, its output appended to the log. */
	Process launch(Path jar, int port) {
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx768m"));
		// The JDK's AOT cache the launcher trained for this jar
		// (crosscheck.dashboard.aot), when there is one (JDK 25+).
		if (Runtime.version().feature() >= 25 && !this.startupCache.isBlank()
				&& Files.isRegularFile(Path.of(this.startupCache))) {
			command.addAll(List.of("-XX:AOTCache=" + this.startupCache, "-Xlog:aot=off", "-Xlog:cds=off"));
		}
		command.addAll(
				List.of("-jar", jar.toString(), "--server.port=" + port, "--crosscheck.home=" + this.home.directory()));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.home.directory().toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
		// The database settings travel in the environment, not on the command line that
		// ps shows.
		Map<String, String> variables = builder.environment();
		passOn(variables, "crosscheck.db", "CROSSCHECK_DB");
		passOn(variables, "crosscheck.db-user", "CROSSCHECK_DB_USER");
		passOn(variables, "crosscheck.db-password", "CROSSCHECK_DB_PASSWORD");
		try {
			Process process = builder.start();
			process.getOutputStream().close();
			return process;
		}
		catch (IOException ex) {
			throw CrosscheckException.io("cannot start the dashboard (" + ex.getMessage() + ")", ex);
		}
	}

	private void passOn(Map<String, String> variables, String property, String variable) {
		String value = this.environment.getProperty(property);
		if (value != null && !value.isBlank()) {
			variables.put(variable, value);
		}
	}

	/** Ends the process, politely first, and forgets it. */
	void stop(Running running) {
		ProcessHandle process = ProcessHandle.of(running.pid()).orElse(null);
		if (process != null) {
			process.destroy();
			try {
				process.onExit().get(20, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				// It did not stop on a polite request in time: end it.
				process.destroyForcibly();
			}
		}
		forget();
	}

	private static String javaBinary() {
		return ProcessHandle.current()
			.info()
			.command()
			.filter(command -> Files.isExecutable(Path.of(command)))
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	/** Whether something already listens on the loopback port. */
	static boolean answers(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Whether the dashboard on the port answers a page request. */
	boolean respondsOverHttp(int port) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
				.timeout(Duration.ofSeconds(3))
				.GET()
				.build();
			return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() < 500;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Writes the pid file for a process just started. */
	void remember(Running running) {
		StringWriter text = new StringWriter();
		text.append("# The dashboard that `dashboard start` started; `dashboard stop` ends it.\n");
		text.append("pid=").append(String.valueOf(running.pid())).append('\n');
		text.append("port=").append(String.valueOf(running.port())).append('\n');
		text.append("url=").append(running.url()).append('\n');
		AtomicFiles.write(this.home.directory().resolve(PID_FILE), text.toString());
	}

	/** Removes the pid file. */
	void forget() {
		try {
			Files.deleteIfExists(this.home.directory().resolve(PID_FILE));
		}
		catch (IOException ex) {
			throw CrosscheckException
				.io("cannot remove " + this.home.directory().resolve(PID_FILE) + ": " + ex.getMessage(), ex);
		}
	}

	Path logFile() {
		return this.home.directory().resolve(LOG_FILE);
	}

	/** The last lines of the log. */
	String logTail(int lines) {
		try {
			List<String> all = Files.readAllLines(logFile());
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException | RuntimeException ex) {
			return "(no log)";
		}
	}

}
