package org.crosscheck.shell.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.util.FileSystemUtils;

/**
 * The packaged console ({@code target/crosscheck-shell.jar}) run as users run it: a
 * separate process per command,
 * {@code java -jar crosscheck-shell.jar --home DIR COMMAND ...}, with the JDK that runs
 * the build. Like the launcher, it runs the extracted jar with the JDK's AOT cache (JDK
 * 25+), trained once per jar, so that the many start-ups of a fault test stay short.
 */
final class JarConsole {

	/**
	 * The packaged jar, relative to the module (failsafe runs in the module's folder).
	 */
	static final Path JAR = Path.of("target", "crosscheck-shell.jar").toAbsolutePath();

	private static final Path WORK = Path.of("target", "it-console").toAbsolutePath();

	private static final AtomicInteger RUNS = new AtomicInteger();

	private static JarConsole prepared;

	private final List<String> java;

	private JarConsole(List<String> java) {
		this.java = java;
	}

	/** Why the fault tests cannot run here, or null when the jar is there. */
	static String missing() {
		if (!Files.isRegularFile(JAR)) {
			return "the packaged console " + JAR + " is missing; `./mvnw -pl data,shell -am verify` packages it before"
					+ " the integration tests run";
		}
		return null;
	}

	/**
	 * The console, extracted and with its AOT cache, prepared once per jar and test run.
	 */
	static synchronized JarConsole get() {
		if (prepared == null) {
			prepared = prepare();
		}
		return prepared;
	}

	private static JarConsole prepare() {
		String javaBinary = ProcessHandle.current().info().command().orElse("java");
		int feature = Runtime.version().feature();
		try {
			String stamp = "c2 " + Files.size(JAR) + " " + Files.getLastModifiedTime(JAR).toMillis() + " " + javaBinary;
			Path stampFile = WORK.resolve("stamp");
			Path extracted = WORK.resolve("console").resolve("crosscheck-shell.jar");
			Path aot = WORK.resolve("console.aot");
			if (!Files.isRegularFile(stampFile) || !Files.readString(stampFile).equals(stamp)
					|| !Files.isRegularFile(extracted)) {
				FileSystemUtils.deleteRecursively(WORK);
				Files.createDirectories(WORK);
				Result extract = exec(List.of(javaBinary, "-Djarmode=tools", "-jar", JAR.toString(), "extract",
						"--destination", WORK.resolve("console").toString()), WORK, Duration.ofMinutes(2));
				if (extract.exitCode() != 0 || !Files.isRegularFile(extracted)) {
					throw new IllegalStateException("cannot extract " + JAR + ": " + extract.stderr());
				}
				Files.writeString(stampFile, stamp);
			}
			// C1 only: these runs are short, and C2's compiler threads would compete for
			// the CI's cores.
			// Spring AOT's bean definitions, as the launcher runs the console.
			List<String> base = new ArrayList<>(
					List.of(javaBinary, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dspring.aot.enabled=true"));
			if (feature >= 22) {
				base.add("--enable-native-access=ALL-UNNAMED");
			}
			if (feature >= 25) {
				if (!Files.isRegularFile(aot)) {
					train(base, extracted, aot);
				}
				if (Files.isRegularFile(aot)) {
					base.addAll(List.of("-XX:AOTCache=" + aot, "-Xlog:aot=off", "-Xlog:cds=off"));
				}
			}
			base.addAll(List.of("-jar", extracted.toString()));
			return new JarConsole(List.copyOf(base));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Trains the AOT cache on a typical run: a new home (the demo dataset is built), an
	 * import, a listing.
	 */
	private static void train(List<String> base, Path extracted, Path aot) throws IOException {
		Path scratch = Files.createTempDirectory(WORK, "train-");
		Path articles = Files.createDirectories(scratch.resolve("articles"));
		Articles.write(articles, 4, 1);
		List<String> command = new ArrayList<>(base);
		command
			.addAll(List.of("-XX:AOTCacheOutput=" + aot, "-Xlog:aot=off", "-Xlog:cds=off", "-jar", extracted.toString(),
					"--home", scratch.resolve("home").toString(), "source", "import", articles.toString()));
		long started = System.nanoTime();
		Result result = exec(command, scratch, Duration.ofMinutes(3));
		System.out.printf("[it-console] trained the AOT cache in %d ms (exit %d)%n",
				(System.nanoTime() - started) / 1_000_000, result.exitCode());
		FileSystemUtils.deleteRecursively(scratch);
	}

	/**
	 * The same console with plain progress lines on standard error ({@code files: k/n}),
	 * as {@code CROSSCHECK_PROGRESS=lines} asks; without it, progress is shown on a
	 * terminal only.
	 */
	JarConsole withProgressLines() {
		List<String> line = new ArrayList<>(this.java);
		line.add(line.indexOf("-jar"), "-Dcrosscheck.progress=lines");
		return new JarConsole(List.copyOf(line));
	}

	/** One finished run: exit status and what it printed. */
	record Result(int exitCode, String stdout, String stderr, long millis) {

		Result ok() {
			if (this.exitCode != 0) {
				throw new AssertionError(
						"exit status " + this.exitCode + "\nstdout:\n" + this.stdout + "\nstderr:\n" + this.stderr);
			}
			return this;
		}

	}

	/** Runs one console command on {@code home} to its end. */
	Result run(Path home, String... command) {
		return exec(commandLine(home, command), home.getParent(), Duration.ofMinutes(3));
	}

	/**
	 * Runs one console command on {@code home} to its end with standard output and error
	 * into one file, as {@code 2>&1} or a terminal shows them: the result's
	 * {@code stdout} holds both, in the order written.
	 */
	Result runMerged(Path home, String... command) {
		try {
			Files.createDirectories(WORK);
			Path both = Files.createTempFile(WORK, "merged-", ".out");
			ProcessBuilder builder = new ProcessBuilder(commandLine(home, command)).directory(home.getParent().toFile())
				.redirectErrorStream(true)
				.redirectOutput(both.toFile());
			clean(builder);
			return new Running(builder.start(), both, both, System.nanoTime()).await(Duration.ofMinutes(3));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs the interactive console on {@code home}, its standard input the lines of
	 * {@code input}.
	 */
	Result interactive(Path home, String input) {
		try {
			Files.createDirectories(WORK);
			Path in = Files.createTempFile(WORK, "input-", ".txt");
			Files.writeString(in, input);
			Path out = Files.createTempFile(WORK, "interactive-", ".out");
			Path err = Files.createTempFile(WORK, "interactive-", ".err");
			ProcessBuilder builder = new ProcessBuilder(commandLine(home)).directory(home.getParent().toFile())
				.redirectInput(in.toFile())
				.redirectOutput(out.toFile())
				.redirectError(err.toFile());
			clean(builder);
			Result result = new Running(builder.start(), out, err, System.nanoTime()).await(Duration.ofMinutes(3));
			Files.deleteIfExists(in);
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts one console command on {@code home}; its output goes to files. */
	Running start(Path home, String... command) {
		try {
			int n = RUNS.incrementAndGet();
			Path out = Files.createTempFile(WORK, "run-" + n + "-", ".out");
			Path err = Files.createTempFile(WORK, "run-" + n + "-", ".err");
			ProcessBuilder builder = new ProcessBuilder(commandLine(home, command)).directory(home.getParent().toFile())
				.redirectOutput(out.toFile())
				.redirectError(err.toFile());
			clean(builder);
			return new Running(builder.start(), out, err, System.nanoTime());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> commandLine(Path home, String... command) {
		List<String> line = new ArrayList<>(this.java);
		line.add("--home");
		line.add(home.toString());
		line.addAll(List.of(command));
		return line;
	}

	/**
	 * A console process under way; its output goes to two files, read (and removed) at
	 * its end.
	 */
	static final class Running {

		private final Process process;

		private final Path out;

		private final Path err;

		private final long startedNanos;

		private String stdout;

		private String stderr;

		Running(Process process, Path out, Path err, long startedNanos) {
			this.process = process;
			this.out = out;
			this.err = err;
			this.startedNanos = startedNanos;
		}

		Process process() {
			return this.process;
		}

		/** What it printed so far (all of it once it has ended and been awaited). */
		synchronized String stdout() {
			return this.stdout != null ? this.stdout : read(this.out);
		}

		synchronized String stderr() {
			return this.stderr != null ? this.stderr : read(this.err);
		}

		long elapsedMillis() {
			return (System.nanoTime() - this.startedNanos) / 1_000_000;
		}

		/** SIGKILL on Linux: no shutdown hook, no flush, no close. */
		void kill() {
			this.process.destroyForcibly();
			await(Duration.ofSeconds(30));
		}

		/**
		 * Waits for the end (killing the process if it takes longer than {@code limit}).
		 */
		Result await(Duration limit) {
			try {
				if (!this.process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
					this.process.destroyForcibly();
					this.process.waitFor(30, TimeUnit.SECONDS);
					throw new AssertionError("the console did not finish within " + limit + "\nstderr:\n" + stderr());
				}
				long millis = elapsedMillis();
				finish();
				return new Result(this.process.exitValue(), stdout(), stderr(), millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.process.destroyForcibly();
				throw new AssertionError("interrupted", ex);
			}
		}

		private synchronized void finish() {
			if (this.stdout == null) {
				this.stdout = read(this.out);
				this.stderr = read(this.err);
				try {
					Files.deleteIfExists(this.out);
					Files.deleteIfExists(this.err);
				}
				catch (IOException ex) {
					// left in target/
				}
			}
		}

		private static String read(Path file) {
			try {
				return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	private static Result exec(List<String> command, Path directory, Duration limit) {
		try {
			Files.createDirectories(WORK);
			Path out = Files.createTempFile(WORK, "exec-", ".out");
			Path err = Files.createTempFile(WORK, "exec-", ".err");
			ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
				.redirectOutput(out.toFile())
				.redirectError(err.toFile());
			clean(builder);
			return new Running(builder.start(), out, err, System.nanoTime()).await(limit);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The console must use the home it is given and the embedded database, whatever this
	 * shell has set.
	 */
	private static void clean(ProcessBuilder builder) {
		builder.environment().remove("CROSSCHECK_HOME");
		builder.environment().remove("CROSSCHECK_DB");
		builder.environment().remove("CROSSCHECK_USER");
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		builder.environment().remove("JDK_JAVA_OPTIONS");
	}

}
