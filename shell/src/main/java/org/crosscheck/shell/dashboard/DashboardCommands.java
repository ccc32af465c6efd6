package org.crosscheck.shell.dashboard;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.home.CrosscheckHome;
import org.crosscheck.shell.dashboard.DashboardProcess.Running;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * Starts the web dashboard in the background on this console's home, stops it and tells
 * whether it runs; {@link DashboardProcess} launches, remembers and ends the process.
 */
@Component
public class DashboardCommands {

	static final String GROUP = "Dashboard";

	static final String JAR_NAME = "crosscheck-dashboard.jar";

	static final int DEFAULT_PORT = 8080;

	/**
	 * Where the dashboard jar stands relative to the repository root (what the launcher
	 * builds).
	 */
	static final Path JAR_IN_REPOSITORY = Path.of("dashboard", "target", JAR_NAME);

	private static final Duration POLL = Duration.ofMillis(500);

	private final DashboardProcess process;

	private final String configuredJar;

	private final Duration startTimeout;

	DashboardCommands(CrosscheckHome home, Environment environment,
			@Value("${crosscheck.dashboard.jar:}") String configuredJar,
			@Value("${crosscheck.dashboard.start-timeout:120s}") Duration startTimeout,
			@Value("${crosscheck.dashboard.aot:}") String startupCache) {
		this.process = new DashboardProcess(home, environment, startupCache);
		this.configuredJar = configuredJar;
		this.startTimeout = startTimeout;
	}

	@Command(name = { "dashboard", "start" }, group = GROUP,
			description = "Start the web dashboard in the background on this home and wait until it answers",
			help = "dashboard start [--port N]\nListens on 127.0.0.1 only; its log is dashboard.log in the home.\n"
					+ "Example: dashboard start --port 8081")
	public String start(@Option(longName = "port", description = "the port on 127.0.0.1 (default 8080)") String port) {
		int chosenPort = parsePort(port);
		Optional<Running> running = this.process.running();
		if (running.isPresent()) {
			return "The dashboard already runs at " + running.get().url() + " (pid " + running.get().pid()
					+ "); `dashboard stop` stops it.";
		}
		Path jar = locateJar();
		if (DashboardProcess.answers(chosenPort)) {
			throw CrosscheckException
				.conflict("port " + chosenPort + " on 127.0.0.1 is in use; choose another: dashboard start --port "
						+ (chosenPort == 65535 ? 8081 : chosenPort + 1));
		}
		Process launched = this.process.launch(jar, chosenPort);
		Running started = new Running(launched.pid(), chosenPort);
		this.process.remember(started);
		long deadline = System.nanoTime() + this.startTimeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!launched.isAlive()) {
				this.process.forget();
				throw CrosscheckException.io(
						"the dashboard stopped while starting (exit status " + launched.exitValue()
								+ "); the end of its log " + this.process.logFile() + ":\n" + this.process.logTail(12),
						null);
			}
			if (this.process.respondsOverHttp(chosenPort)) {
				return "The dashboard runs at " + started.url() + " (pid " + started.pid() + "; log "
						+ this.process.logFile() + "). `dashboard stop` stops it.";
			}
			sleep(POLL);
		}
		return "The dashboard is still starting (pid " + started.pid() + ") after " + this.startTimeout.toSeconds()
				+ " s; it will answer at " + started.url() + " — `dashboard status` tells, its log is "
				+ this.process.logFile() + ".";
	}

	@Command(name = { "dashboard", "stop" }, group = GROUP,
			description = "Stop the dashboard that dashboard start started",
			help = "dashboard stop\nExample: dashboard stop")
	public String stop() {
		Optional<Running> running = this.process.running();
		if (running.isEmpty()) {
			return "The dashboard is not running.";
		}
		this.process.stop(running.get());
		return "Stopped the dashboard (pid " + running.get().pid() + ").";
	}

	@Command(name = { "dashboard", "status" }, group = GROUP,
			description = "Tell whether the dashboard runs, and where",
			help = "dashboard status\nExample: dashboard status")
	public String status() {
		Optional<Running> running = this.process.running();
		if (running.isEmpty()) {
			return "The dashboard is not running; `dashboard start` starts it.";
		}
		Running dashboard = running.get();
		return this.process.respondsOverHttp(dashboard.port())
				? "The dashboard runs at " + dashboard.url() + " (pid " + dashboard.pid() + ")."
				: "The dashboard is starting at " + dashboard.url() + " (pid " + dashboard.pid() + "; log "
						+ this.process.logFile() + ").";
	}

	/**
	 * The dashboard jar: {@code crosscheck.dashboard.jar} when set, else
	 * {@code dashboard/target/crosscheck-dashboard.jar} in a folder above the running
	 * console's jar (the repository the launcher built both from).
	 */
	Path locateJar() {
		if (this.configuredJar != null && !this.configuredJar.isBlank()) {
			Path jar = Path.of(this.configuredJar).toAbsolutePath().normalize();
			if (!Files.isRegularFile(jar)) {
				// The launcher names the jar of its repository before that is built: say
				// how to build it.
				throw CrosscheckException.notFound(repository(List.of(jar)).map(DashboardCommands::notBuilt)
					.orElse("crosscheck.dashboard.jar names " + jar + ", which does not exist"));
			}
			return jar;
		}
		List<Path> places = startingPlaces();
		return findJar(places).orElseThrow(() -> CrosscheckException.notFound(buildHint(places)));
	}

	/**
	 * The first {@code dashboard/target/crosscheck-dashboard.jar} in one of
	 * {@code places} or a folder above it.
	 */
	static Optional<Path> findJar(List<Path> places) {
		return firstFolder(places, folder -> Files.isRegularFile(folder.resolve(JAR_IN_REPOSITORY)))
			.map(folder -> folder.resolve(JAR_IN_REPOSITORY));
	}

	/**
	 * Exactly what to run when the jar is missing: the build in the repository, when
	 * there is one.
	 */
	static String buildHint(List<Path> places) {
		return repository(places).map(DashboardCommands::notBuilt)
			.orElse("cannot find the dashboard jar (" + JAR_NAME + "); start the console with "
					+ "-Dcrosscheck.dashboard.jar=PATH/TO/" + JAR_NAME
					+ ", or run ./crosscheck dashboard from the repository");
	}

	/**
	 * The first Crosscheck repository (Maven wrapper and dashboard module) in one of
	 * {@code places} or above it.
	 */
	private static Optional<Path> repository(List<Path> places) {
		return firstFolder(places, folder -> Files.isRegularFile(folder.resolve("mvnw"))
				&& Files.isRegularFile(folder.resolve("dashboard/pom.xml")));
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

	/**
	 * Where the running console comes from: its jar (or classes) and the working folder.
	 */
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
