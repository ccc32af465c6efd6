package org.crosscheck.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher script itself ({@code ./crosscheck} at the repository's root), run with
 * bash as a user runs it, in its dry-run mode ({@code CROSSCHECK_DRY_RUN=1}): it prints
 * the java command line it would start instead of building and starting it, so each
 * documented form of the command line is checked in milliseconds.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTests {

	/** The launcher, relative to the module (surefire runs in the module's folder). */
	private static final Path LAUNCHER = Path.of("..", "crosscheck").toAbsolutePath().normalize();

	private static final String DASHBOARD_JAR = "crosscheck-dashboard.jar";

	private static final String CONSOLE_JAR = "crosscheck-shell.jar";

	@TempDir
	Path home;

	/**
	 * What the launcher would run: its exit status, the words of the java command line,
	 * and its error output.
	 */
	record Launch(int exitCode, List<String> command, String stderr) {

		/** The words after the jar: the arguments the console or the dashboard gets. */
		List<String> arguments(String jar) {
			int at = -1;
			for (int i = 0; i < this.command.size(); i++) {
				if (this.command.get(i).endsWith("/" + jar)) {
					at = i;
				}
			}
			assertThat(at).as("the command runs " + jar + ": " + this.command).isPositive();
			assertThat(this.command.get(at - 1)).isEqualTo("-jar");
			return this.command.subList(at + 1, this.command.size());
		}

	}

	@Test
	void globalOptionsBeforeDashboardStartTheDashboardOnThatHome() throws Exception {
		String h = this.home.toString();
		List<String> expected = List.of("--crosscheck.home=" + h, "--server.port=8090");
		assertThat(launch("--home", h, "dashboard", "--port", "8090").arguments(DASHBOARD_JAR)).isEqualTo(expected);
		assertThat(launch("dashboard", "--home", h, "--port", "8090").arguments(DASHBOARD_JAR)).isEqualTo(expected);
		assertThat(launch("--home=" + h, "dashboard", "--port=8090").arguments(DASHBOARD_JAR)).isEqualTo(expected);
		assertThat(launch("dashboard", "--port=8090", "--home=" + h).arguments(DASHBOARD_JAR))
			.containsExactlyInAnyOrderElementsOf(expected);

		String db = "jdbc:h2:file:" + h + "/other";
		assertThat(launch("--db", db, "dashboard").arguments(DASHBOARD_JAR)).containsExactly("--crosscheck.db=" + db);
		assertThat(launch("dashboard", "--db=" + db, "--home", h).arguments(DASHBOARD_JAR))
			.containsExactly("--crosscheck.db=" + db, "--crosscheck.home=" + h);
	}

	@Test
	void dashboardStartStopAndStatusGoToTheConsoleWithTheGlobalOptions() throws Exception {
		String h = this.home.toString();
		assertThat(launch("--home", h, "dashboard", "start", "--port", "8090").arguments(CONSOLE_JAR))
			.containsExactly("--home=" + h, "dashboard", "start", "--port", "8090");
		assertThat(launch("dashboard", "status", "--home", h).arguments(CONSOLE_JAR)).containsExactly("--home=" + h,
				"dashboard", "status");
		assertThat(launch("--db=jdbc:h2:mem:x", "dashboard", "stop").arguments(CONSOLE_JAR))
			.containsExactly("--db=jdbc:h2:mem:x", "dashboard", "stop");
	}

	@Test
	void consoleCommandsKeepTheirWordsAndGetTheGlobalOptions() throws Exception {
		String h = this.home.toString();
		assertThat(launch("source", "list", "--home", h, "--format", "json").arguments(CONSOLE_JAR))
			.containsExactly("--home=" + h, "source", "list", "--format", "json");
		assertThat(launch("--home", h).arguments(CONSOLE_JAR)).containsExactly("--home=" + h);
	}

	@Test
	void theConsoleHeapComesFromCrosscheckHeapForCommandsAndForDashboardStart() throws Exception {
		Map<String, String> heap = Map.of("CROSSCHECK_HEAP", "1g");
		assertThat(launch(heap, "dashboard", "start").command()).contains("-Xmx1g").doesNotContain("-Xmx512m");
		assertThat(launch(heap, "source", "list").command()).contains("-Xmx1g");
		assertThat(launch("dashboard", "status").command()).contains("-Xmx512m");
	}

	@Test
	void anOptionWithoutItsValueIsAOneLineUsageError() throws Exception {
		for (List<String> line : List.of(List.of("dashboard", "--home"), List.of("--db"),
				List.of("source", "list", "--home"), List.of("dashboard", "--port"), List.of("dashboard", "--port="),
				List.of("--home=", "source", "list"))) {
			Launch launch = launch(Map.of(), line.toArray(String[]::new));

			assertThat(launch.exitCode()).as(line.toString()).isEqualTo(2);
			assertThat(launch.command()).as(line.toString()).isEmpty();
			assertThat(launch.stderr().lines()).as(line.toString()).hasSize(1);
			assertThat(launch.stderr()).as(line.toString())
				.startsWith("error: "
						+ line.stream().filter(w -> w.startsWith("--")).findFirst().orElseThrow().replace("=", "")
						+ " needs a value; usage: ./crosscheck ")
				.doesNotContain("unbound");
		}
	}

	private Launch launch(String... words) throws IOException, InterruptedException {
		Launch launch = launch(Map.of(), words);
		assertThat(launch.exitCode()).as(launch.stderr()).isZero();
		return launch;
	}

	private Launch launch(Map<String, String> environment, String... words) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
		command.addAll(List.of(words));
		Path out = Files.createTempFile(this.home, "launch-", ".out");
		Path err = Files.createTempFile(this.home, "launch-", ".err");
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
		builder.environment().keySet().removeIf(name -> name.startsWith("CROSSCHECK_"));
		builder.environment().put("CROSSCHECK_DRY_RUN", "1");
		// The JDK that runs the tests, so that the launcher finds one at once.
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().putAll(environment);
		Process process = builder.start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the launcher did not finish within a minute: " + command);
		}
		String printed = Files.readString(out, StandardCharsets.UTF_8).strip();
		return new Launch(process.exitValue(), printed.isEmpty() ? List.of() : List.of(printed.split(" ")),
				Files.readString(err, StandardCharsets.UTF_8));
	}

}
