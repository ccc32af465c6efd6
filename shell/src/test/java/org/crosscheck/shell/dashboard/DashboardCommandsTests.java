package org.crosscheck.shell.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.crosscheck.shell.Console;
import org.crosscheck.shell.ConsoleTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code dashboard start|stop|status} against a stand-in dashboard jar
 * ({@link FakeDashboard}): a real background process, pid file, port and HTTP, without
 * the minute a real build takes.
 */
class DashboardCommandsTests extends ConsoleTestBase {

	private static Path fakeJar;

	private static Path startupCache;

	@DynamicPropertySource
	static void fakeDashboard(DynamicPropertyRegistry registry) throws IOException {
		fakeJar = writeFakeJar(Files.createTempDirectory("crosscheck-fake-dashboard-"));
		registry.add("crosscheck.dashboard.jar", fakeJar::toString);
		registry.add("crosscheck.dashboard.start-timeout", () -> "30s");
		// A cache file that is not one: the JDK goes on without it, as it does when a
		// cache is stale.
		startupCache = Files.writeString(fakeJar.resolveSibling("dashboard.aot"), "");
		registry.add("crosscheck.dashboard.aot", startupCache::toString);
	}

	@TempDir
	Path folder;

	@AfterEach
	void stopWhateverRuns() {
		this.console.run("dashboard stop");
	}

	@Test
	void startAnswersOnLoopbackAndStatusAndStopFollowThePidFile() throws Exception {
		int port = freePort();

		Console.Result start = this.console.run("dashboard start --port " + port);

		assertThat(start.exitCode()).as(start.error()).isZero();
		assertThat(start.output()).startsWith("The dashboard runs at http://127.0.0.1:" + port + "/ (pid ");
		assertThat(home.resolve(DashboardProcess.PID_FILE)).content().contains("port=" + port);
		String page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(page).contains("--server.port=" + port).contains("--crosscheck.home=" + home).contains("-Xmx768m");
		if (Runtime.version().feature() >= 25) {
			assertThat(page).contains("-XX:AOTCache=" + startupCache);
		}
		assertThat(this.console.run("dashboard status").output())
			.startsWith("The dashboard runs at http://127.0.0.1:" + port);
		assertThat(this.console.run("dashboard start").output()).startsWith("The dashboard already runs at");

		Console.Result stop = this.console.run("dashboard stop");

		assertThat(stop.output()).startsWith("Stopped the dashboard (pid ");
		assertThat(home.resolve(DashboardProcess.PID_FILE)).doesNotExist();
		assertThat(this.console.run("dashboard status").output())
			.isEqualTo("The dashboard is not running; `dashboard start` starts it.");
	}

	@Test
	void aStalePidFileIsNotARunningDashboard() throws IOException {
		Files.writeString(home.resolve(DashboardProcess.PID_FILE), "pid=999999999\nport=8080\n");

		assertThat(this.console.run("dashboard status").output()).startsWith("The dashboard is not running");
		assertThat(home.resolve(DashboardProcess.PID_FILE)).doesNotExist();
		assertThat(this.console.run("dashboard stop").output()).isEqualTo("The dashboard is not running.");
	}

	@Test
	void aPortInUseOrABadPortIsAOneLineError() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			Console.Result busy = this.console.run("dashboard start --port " + taken.getLocalPort());

			assertThat(busy.exitCode()).isEqualTo(4);
			assertThat(busy.error()).isEqualTo("error: port " + taken.getLocalPort()
					+ " on 127.0.0.1 is in use; choose another: dashboard start --port " + (taken.getLocalPort() + 1));
		}
		Console.Result bad = this.console.run("dashboard start --port 70000");
		assertThat(bad.exitCode()).isEqualTo(2);
		assertThat(bad.error()).isEqualTo("error: --port takes a number from 1 to 65535, not '70000'");
	}

	@Test
	void theJarIsFoundAboveTheConsolesJarOrTheBuildIsSpelledOut() throws IOException {
		Path repository = this.folder.resolve("repo");
		Path consoleJar = repository.resolve(".crosscheck-build/console/crosscheck-shell.jar");
		Files.createDirectories(consoleJar.getParent());
		Files.writeString(repository.resolve("mvnw"), "#!/bin/sh\n");
		Files.createDirectories(repository.resolve("dashboard"));
		Files.writeString(repository.resolve("dashboard/pom.xml"), "<project/>");

		assertThat(DashboardCommands.findJar(List.of(consoleJar))).isEmpty();
		// The launcher names the repository's jar before it is built: the same advice,
		// not "does not exist".
		DashboardCommands named = new DashboardCommands(null, null,
				repository.resolve(DashboardCommands.JAR_IN_REPOSITORY).toString(), Duration.ofSeconds(1), "");
		assertThatThrownBy(named::locateJar)
			.hasMessageStartingWith("the dashboard is not built yet; build it once with: cd " + repository);
		assertThat(DashboardCommands.buildHint(List.of(consoleJar)))
			.isEqualTo("the dashboard is not built yet; build it once with: cd " + repository
					+ " && ./mvnw -q -Pproduction -pl dashboard -am package -DskipTests  (about a minute), "
					+ "then run dashboard start again");

		Path jar = repository.resolve(DashboardCommands.JAR_IN_REPOSITORY);
		Files.createDirectories(jar.getParent());
		Files.writeString(jar, "");
		assertThat(DashboardCommands.findJar(List.of(consoleJar))).contains(jar);
		assertThat(DashboardCommands.buildHint(List.of(this.folder.resolve("elsewhere/app.jar"))))
			.contains("-Dcrosscheck.dashboard.jar=");
	}

	/**
	 * A jar named like the dashboard's whose main class is {@link FakeDashboard}, from
	 * the test classes.
	 */
	private static Path writeFakeJar(Path folder) throws IOException {
		Path jar = folder.resolve(DashboardCommands.JAR_NAME);
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeDashboard.class.getName());
		Path classes = Path.of(FakeDashboard.class.getProtectionDomain().getCodeSource().getLocation().getPath());
		manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classes.toUri().toString());
		try (OutputStream out = Files.newOutputStream(jar);
				JarOutputStream ignored = new JarOutputStream(out, manifest)) {
			// The manifest is the whole jar: the class comes from the class path it
			// names.
		}
		return jar;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
