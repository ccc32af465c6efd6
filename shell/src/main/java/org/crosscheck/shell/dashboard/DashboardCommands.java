package org.crosscheck.shell.dashboard;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.crosscheck.common.AtomicFiles;
import org.crosscheck.common.CrosscheckException;
import org.crosscheck.home.CrosscheckHome;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * Starts the web dashboard in the background on this console's home, stops it and tells
 * whether it runs; the process is remembered in {@code dashboard.pid} in the home.
 */
@Component
public class DashboardCommands {

	static final String GROUP = "Dashboard";

	static final String PID_FILE = "dashboard.pid";

	static final String LOG_FILE = "dashboard.log";

	static final String JAR_NAME = "crosscheck-dashboard.jar";

	static final int DEFAULT_PORT = 8080;

	/** Where the dashboard jar stands relative to the repository root (what the launcher builds). */
	static final Path JAR_IN_REPOSITORY = Path.of("dashboard", "target", JAR_NAME);

	private static final Duration POLL = Duration.ofMillis(500);

	private final CrosscheckHome home;

	private final Environment environment;

	private final String configuredJar;

	private final Duration startTimeout;

	private final String startupCache;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	DashboardCommands(CrosscheckHome home, Environment environment,
			@Value("${crosscheck.dashboard.jar:}") String configuredJar,
			@Value("${crosscheck.dashboard.start-timeout:120s}") Duration startTimeout,
			@Value("${crosscheck.dashboard.aot:}") String startupCache) {
		this.home = home;
		this.environment = environment;
		this.configuredJar = configuredJar;
		this.startTimeout = startTimeout;
		this.startupCache = startupCache;
	}

	/** A dashboard process as the pid file remembers it. */
	record Running(long pid, int port) {

		String url() {
			return "http://127.0.0.1:" + this.port + "/";
		}

	}

	@Command(name = { "dashboard", "start" }, group = GROUP,
			description = "Start the web dashboard in the background on this home and wait until it answers",
			help = "dashboard start [--port N]\nListens on 127.0.0.1 only; its log is dashboard.log in the home.\n"
					+ "Example: dashboard start --port 8081")
	public String start(@Option(longName = "port", description = "the port on 127.0.0.1 (default 8080)") String port) {
		int chosenPort = parsePort(port);
		Optional<Running> running = running();
		if (running.isPresent()) {
			return "The dashboard already runs at " + running.get().url() + " (pid " + running.get().pid()
					+ "); `dashboard stop` stops it.";
		}
		Path jar = locateJar();
		if (answers(chosenPort)) {
			throw CrosscheckException.conflict("port " + chosenPort + " on 127.0.0.1 is in use; choose another: dashboard start --port "
					+ (chosenPort == 65535 ? 8081 : chosenPort + 1));
		}
		Process process = launch(jar, chosenPort);
		Running started = new Running(process.pid(), chosenPort);
		writePidFile(started);
		long deadline = System.nanoTime() + this.startTimeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				deletePidFile();
				throw CrosscheckException.io("the dashboard stopped while starting (exit status " + process.exitValue()
						+ "); the end of its log " + logFile() + ":\n" + tail(logFile(), 12), null);
			}
			if (respondsOverHttp(chosenPort)) {
				return "The dashboard runs at " + started.url() + " (pid " + started.pid() + "; log " + logFile()
						+ "). `dashboard stop` stops it.";
			}
			sleep(POLL);
		}
		return "The dashboard is still starting (pid " + started.pid() + ") after " + this.startTimeout.toSeconds()
				+ " s; it will answer at " + started.url() + " — `dashboard status` tells, its log is " + logFile() + ".";
	}

	@Command(name = { "dashboard", "stop" }, group = GROUP, description = "Stop the dashboard that dashboard start started",
			help = "dashboard stop\nExample: dashboard stop")
	public String stop() {
		Optional<Running> running = running();
		if (running.isEmpty()) {
			return "The dashboard is not running.";
		}
		ProcessHandle process = ProcessHandle.of(running.get().pid()).orElse(null);
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
		deletePidFile();
		return "Stopped the dashboard (pid " + running.get().pid() + ").";
	}

	@Command(name = { "dashboard", "status" }, group = GROUP, description = "Tell whether the dashboard runs, and where",
			help = "dashboard status\nExample: dashboard status")
	public String status() {
		Optional<Running> running = running();
		if (running.isEmpty()) {
			return "The dashboard is not running; `dashboard start` starts it.";
		}
		Running dashboard = running.get();
		return respondsOverHttp(dashboard.port())
				? "The dashboard runs at " + dashboard.url() + " (pid " + dashboard.pid() + ")."
				: "The dashboard is starting at " + dashboard.url() + " (pid " + dashboard.pid() + "; log " + logFile() + ").";
	}

	/** The dashboard the pid file names, if that process still runs; a stale pid file is removed. */
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
			deletePidFile();
			return Optional.empty();
		}
		Optional<ProcessHandle> process = ProcessHandle.of(recorded.pid()).filter(ProcessHandle::isAlive);
		// A pid is reused after its process ended: only a process running the dashboard jar counts.
		boolean isDashboard = process.map(handle -> handle.info().commandLine().map(line -> line.contains(JAR_NAME))
			.orElse(true)).orElse(false);
		if (!isDashboard) {
			deletePidFile();
			return Optional.empty();
		}
		return Optional.of(recorded);
	}

	private Process launch(Path jar, int port) {
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx768m"));
		// The JDK's AOT cache the launcher trained for this jar (crosscheck.dashboard.aot), when there is one (JDK 25+).
		if (Runtime.version().feature() >= 25 && !this.startupCache.isBlank()
				&& Files.isRegularFile(Path.of(this.startupCache))) {
			command.addAll(List.of("-XX:AOTCache=" + this.startupCache, "-Xlog:aot=off", "-Xlog:cds=off"));
		}
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--crosscheck.home=" + this.home.directory()));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.home.directory().toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
		// The database settings travel in the environment, not on the command line that ps shows.
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

	/**
	 * The dashboard jar: {@code crosscheck.dashboard.jar} when set, else
	 * {@code dashboard/target/crosscheck-dashboard.jar} in a folder above the running console's
	 * jar (the repository the launcher built both from).
	 */
	Path locateJar() {
		if (this.configuredJar != null && !this.configuredJar.isBlank()) {
			Path jar = Path.of(this.configuredJar).toAbsolutePath().normalize();
			if (!Files.isRegularFile(jar)) {
				// The launcher names the jar of its repository before that is built: say how to build it.
				throw CrosscheckException.notFound(repository(List.of(jar)).map(DashboardCommands::notBuilt)
					.orElse("crosscheck.dashboard.jar names " + jar + ", which does not exist"));
			}
			return jar;
		}
		List<Path> places = startingPlaces();
		return findJar(places).orElseThrow(() -> CrosscheckException.notFound(buildHint(places)));
	}

	/** The first {@code dashboard/target/crosscheck-dashboard.jar} in one of {@code places} or a folder above it. */
	static Optional<Path> findJar(List<Path> places) {
		return firstFolder(places, folder -> Files.isRegularFile(folder.resolve(JAR_IN_REPOSITORY)))
			.map(folder -> folder.resolve(JAR_IN_REPOSITORY));
	}

	/** Exactly what to run when the jar is missing: the build in the repository, when there is one. */
	static String buildHint(List<Path> places) {
		return repository(places).map(DashboardCommands::notBuilt)
			.orElse("cannot find the dashboard jar (" + JAR_NAME + "); start the console with "
					+ "-Dcrosscheck.dashboard.jar=PATH/TO/" + JAR_NAME + ", or run ./crosscheck dashboard from the repository");
	}

	/** The first Crosscheck repository (Maven wrapper and dashboard module) in one of {@code places} or above it. */
	private static Optional<Path> repository(List<Path> places) {
		return firstFolder(places,
				folder -> Files.isRegularFile(folder.resolve("mvnw")) && Files.isRegularFile(folder.resolve("dashboard/pom.xml")));
	}

	/** The first of {@code places}, or of the folders above one, that {@code fits}. */
	private static Optional<Path> firstFolder(List<Path> places, Predicate<Path> fits) {
		for (Path place : places) {
			for (Path folder = place; folder != null; folder = folder.getParent()) {
				if (fits.test(folder)) {
					return Optional.of(folder);
				}
			}
		}
		return Optional.empty();
	}

	private static String notBuilt(Path repository) {
		return "the dashboard is not built yet; build it once with: cd " + repository
				+ " && ./mvnw -q -Pproduction -pl dashboard -am package -DskipTests  (about a minute), "
				+ "then run dashboard start again";
	}

	/** Where the running console comes from: its jar (or classes) and the working folder. */
	private static List<Path> startingPlaces() {
		Set<Path> places = new LinkedHashSet<>();
		String classPath = System.getProperty("java.class.path", "");
		if (!classPath.isBlank()) {
			places.add(Path.of(classPath.split(java.io.File.pathSeparator)[0]).toAbsolutePath().normalize());
		}
		try {
			var location = DashboardCommands.class.getProtectionDomain().getCodeSource().getLocation();
			String text = location.toString();
			// Spring Boot's nested jars: nested:/path/app.jar/!BOOT-INF/classes/!/
			int nested = text.indexOf("nested:");
			if (nested >= 0) {
				int end = text.indexOf("/!", nested);
				places.add(Path.of(text.substring(nested + "nested:".length(), end < 0 ? text.length() : end)));
			}
			else if (text.startsWith("file:")) {
				places.add(Path.of(new URI(text)));
			}
		}
		catch (URISyntaxException | RuntimeException ex) {
			// No code source to go by: the class path and the working folder remain.
		}
		places.add(Path.of("").toAbsolutePath());
		return List.copyOf(places);
	}

	private static String javaBinary() {
		return ProcessHandle.current().info().command()
			.filter(command -> Files.isExecutable(Path.of(command)))
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	private static int parsePort(String port) {
		if (port == null || port.isBlank()) {
			return DEFAULT_PORT;
		}
		try {
			int value = Integer.parseInt(port.strip());
			if (value >= 1 && value <= 65535) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// Falls through to the message below.
		}
		throw CrosscheckException.invalid("--port takes a number from 1 to 65535, not '" + port + "'");
	}

	/** Whether something already listens on the loopback port. */
	private static boolean answers(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private boolean respondsOverHttp(int port) {
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

	private void writePidFile(Running running) {
		StringWriter text = new StringWriter();
		text.append("# The dashboard that `dashboard start` started; `dashboard stop` ends it.\n");
		text.append("pid=").append(String.valueOf(running.pid())).append('\n');
		text.append("port=").append(String.valueOf(running.port())).append('\n');
		text.append("url=").append(running.url()).append('\n');
		AtomicFiles.write(this.home.directory().resolve(PID_FILE), text.toString());
	}

	private void deletePidFile() {
		try {
			Files.deleteIfExists(this.home.directory().resolve(PID_FILE));
		}
		catch (IOException ex) {
			throw CrosscheckException.io("cannot remove " + this.home.directory().resolve(PID_FILE) + ": " + ex.getMessage(), ex);
		}
	}

	private Path logFile() {
		return this.home.directory().resolve(LOG_FILE);
	}

	private static String tail(Path file, int lines) {
		try {
			List<String> all = Files.readAllLines(file);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException | RuntimeException ex) {
			return "(no log)";
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw CrosscheckException.io("interrupted while waiting for the dashboard", ex);
		}
	}

}
