package org.crosscheck.shell.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The launcher's one-shot commands through the console daemon, as a script runs them: the
 * real {@code crosscheck} launcher (copied beside an extracted build of the packaged jar,
 * so that it builds nothing) on a home of its own, with the daemon it starts on
 * 127.0.0.1. Every daemon this test starts stops by itself (it is idle seconds after its
 * last command) or is stopped at the end.
 */
class ConsoleDaemonIT {

	private static final Path JAR = Path.of("target", "crosscheck-shell.jar").toAbsolutePath();

	private static final Path LAUNCHER = Path.of("..", "crosscheck").toAbsolutePath().normalize();

	private static final Path WORK = Path.of("target", "it-daemon").toAbsolutePath();

	private static final List<Long> daemons = new ArrayList<>();

	private static Path root;

	@BeforeAll
	static void launcherBesideAnExtractedBuild() throws Exception {
		assumeTrue(Files.isRegularFile(JAR),
				"the packaged console is missing; `./mvnw -pl shell -am verify` packages it");
		assumeTrue(Files.isRegularFile(LAUNCHER), "the launcher is not beside the module");
		FileSystemUtils.deleteRecursively(WORK);
		root = Files.createDirectories(WORK.resolve("root"));
		Files.copy(LAUNCHER, root.resolve("crosscheck"), StandardCopyOption.COPY_ATTRIBUTES);
		Path build = Files.createDirectories(root.resolve(".crosscheck-build"));
		Process extract = new ProcessBuilder(java(), "-Djarmode=tools", "-jar", JAR.toString(), "extract",
				"--destination", build.resolve("console").toString())
			.redirectErrorStream(true)
			.start();
		extract.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
		assertThat(extract.waitFor()).isZero();
		// The launcher's own records: the build is current, the JDK is this one, the
		// start-up cache is there (empty:
		// the JVM ignores it; this test is about answers, not speed).
		Files.writeString(build.resolve("console.stamp"), "");
		Process key = bash("printf '%s' \"${JAVA_HOME:-}|$(command -v java 2>/dev/null || true)\"").start();
		String cacheKey = new String(key.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		key.waitFor();
		Files.writeString(build.resolve("java"), cacheKey + "\n" + java() + "\n" + Runtime.version().feature() + "\n");
		Files.writeString(build.resolve("console-512m-parallel.aot"), "");
	}

	@AfterAll
	static void noDaemonLeftRunning() {
		for (long pid : daemons) {
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
		}
	}

	@Test
	void scriptedCommandsAnswerThroughTheDaemonAndFallBackWhenItIsGone() throws Exception {
		Path home = WORK.resolve("home");
		Path here = Files.createDirectories(WORK.resolve("here"));
		Path elsewhere = Files.createDirectories(WORK.resolve("elsewhere"));
		Map<String, String> minute = Map.of("CROSSCHECK_DAEMON_IDLE", "60s");

		// The first command starts the daemon and gets its answer from it: the output as
		// a one-shot console gives it.
		Result first = run(here, minute, home, "source", "list");
		assertThat(first.status()).isZero();
		assertThat(first.stdout()).contains("Microsoft denies ICE uses its technology");
		assertThat(first.stderr()).contains("Created the demo dataset");
		DaemonFile daemon = daemonOf(home).orElseThrow();
		assertThat(daemon.alive()).isTrue();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DaemonFile.in(home))))
			.isEqualTo("rw-------");

		Result json = run(here, minute, home, "source", "list", "--format", "json");
		assertThat(json.status()).isZero();
		assertThat(json.stdout()).startsWith("[ {").contains("\"id\" : 2");
		assertThat(json.stderr()).isEmpty();

		// Errors on stderr alone, with the exit status of the error table.
		Result missing = run(here, minute, home, "source", "show", "99");
		assertThat(missing.status()).isEqualTo(3);
		assertThat(missing.stdout()).isEmpty();
		assertThat(missing.stderr()).isEqualTo("error: no source 99 in dataset demo; `source list` shows the ids\n");

		// A relative file name is the user's working directory's: the daemon's when it is
		// the same one, else the
		// command runs in a console of its own; either way the files land where the user
		// is.
		assertThat(run(here, minute, home, "export", "csv", "tables").status()).isZero();
		assertThat(here.resolve("tables").resolve("sources.csv")).isRegularFile();
		Result other = run(elsewhere, minute, home, "export", "csv", "tables");
		assertThat(other.status()).isZero();
		assertThat(other.stdout()).isEqualTo("Exported 86 annotations.csv, 3 contracts.csv, 5 discrepancies.csv, 12 "
				+ "events.csv, 2 sources.csv rows to tables.\n");
		assertThat(elsewhere.resolve("tables").resolve("sources.csv")).isRegularFile();

		// Each command became a cell, as without the daemon; the daemon ran all but the
		// one from elsewhere.
		Result cells = run(here, minute, home, "notebook", "cells", "--last", "5");
		assertThat(cells.stdout()).contains("source list --format json", "error", "source show 99",
				"export csv tables");
		Result status = run(here, minute, home, "daemon", "status");
		assertThat(status.stdout()).contains("pid " + daemon.pid(), "5 commands served", "stops after 1 min");
		assertThat(daemonOf(home)).contains(daemon);

		Result stop = run(here, minute, home, "daemon", "stop");
		assertThat(stop.stdout()).contains("Stopped the console daemon of " + home.toRealPath());
		awaitEnd(daemon, Duration.ofSeconds(30));
		assertThat(DaemonFile.in(home)).doesNotExist();

		// A daemon killed between two commands: the next one gets its answer all the
		// same, from a new daemon, which
		// stops after the few seconds of idleness it was given.
		Map<String, String> seconds = Map.of("CROSSCHECK_DAEMON_IDLE", "3s");
		assertThat(run(here, seconds, home, "discrepancy", "list").stdout()).contains("wording");
		DaemonFile second = daemonOf(home).orElseThrow();
		ProcessHandle.of(second.pid()).orElseThrow().destroyForcibly();
		awaitEnd(second, Duration.ofSeconds(30));
		Result afterKill = run(here, seconds, home, "discrepancy", "list");
		assertThat(afterKill.status()).isZero();
		assertThat(afterKill.stdout()).contains("wording");
		DaemonFile third = daemonOf(home).orElseThrow();
		assertThat(third.pid()).isNotEqualTo(second.pid());
		awaitEnd(third, Duration.ofSeconds(90));
		assertThat(DaemonFile.in(home)).doesNotExist();

		// CROSSCHECK_DAEMON=0: a console per command, and no daemon.
		Result direct = run(here, Map.of("CROSSCHECK_DAEMON", "0"), home, "dataset", "list");
		assertThat(direct.status()).isZero();
		assertThat(direct.stdout()).contains("demo");
		assertThat(DaemonFile.in(home)).doesNotExist();
	}

	private static Optional<DaemonFile> daemonOf(Path home) {
		Optional<DaemonFile> file = DaemonFile.read(home);
		file.ifPresent(f -> daemons.add(f.pid()));
		return file;
	}

	private static void awaitEnd(DaemonFile daemon, Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (daemon.alive() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(daemon.alive()).as("daemon %d ended within %s", daemon.pid(), limit).isFalse();
	}

	private record Result(int status, String stdout, String stderr) {
	}

	private static Result run(Path directory, Map<String, String> env, Path home, String... command)
			throws IOException, InterruptedException {
		List<String> line = new ArrayList<>(
				List.of("bash", root.resolve("crosscheck").toString(), "--home", home.toString()));
		line.addAll(List.of(command));
		Path out = Files.createTempFile(WORK, "out-", ".txt");
		Path err = Files.createTempFile(WORK, "err-", ".txt");
		ProcessBuilder builder = new ProcessBuilder(line).directory(directory.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
		environment(builder).putAll(env);
		Process process = builder.start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("`crosscheck " + String.join(" ", command) + "` took over 3 minutes");
		}
		return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	private static ProcessBuilder bash(String script) {
		ProcessBuilder builder = new ProcessBuilder("bash", "-c", script);
		environment(builder);
		return builder;
	}

	private static Map<String, String> environment(ProcessBuilder builder) {
		Map<String, String> env = builder.environment();
		env.keySet().removeIf(name -> name.startsWith("CROSSCHECK_") || name.equals("COLUMNS"));
		env.put("JAVA_HOME", System.getProperty("java.home"));
		return env;
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
