package org.crosscheck.shell.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety of the packaged console: {@code source import FOLDER},
 * {@code import bundle FILE} and a first start on a new home (which builds the demo
 * dataset) are killed with SIGKILL at seeded random moments, some during start-up and
 * some mid-work; then the home is opened again with the jar and must be whole:
 * <ul>
 * <li>the database opens, every source in it is complete (its raw text is the file's, its
 * hash is the raw text's SHA-256, its cleaned text is what a clean import of the same
 * file gives), none is there twice, and every file that the killed process had reported
 * done (its progress lines, {@code files: k/n}) is there;</li>
 * <li>running the import again to its end adds exactly what is missing and reports the
 * rest as duplicates, so that the dataset holds each of the {@code n} files once;</li>
 * <li>a killed bundle import left either the whole dataset, with every count of the
 * bundle, or nothing of it;</li>
 * <li>a killed first start left either no dataset or the whole demo dataset.</li>
 * </ul>
 * Trials, articles and seed: {@code -Dcrosscheck.crash.import-trials=9},
 * {@code -Dcrosscheck.crash.bundle-trials=5},
 * {@code -Dcrosscheck.crash.startup-trials=4}, {@code -Dcrosscheck.crash.articles=300},
 * {@code -Dcrosscheck.crash.seed=N}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashSafetyIT {

	private static final int ARTICLES = Integer.getInteger("crosscheck.crash.articles", 300);

	private static final int IMPORT_TRIALS = Integer.getInteger("crosscheck.crash.import-trials", 9);

	/**
	 * Kills per round; each round starts on a copy of the template home and ends with a
	 * complete import.
	 */
	private static final int KILLS_PER_ROUND = 3;

	private static final int BUNDLE_TRIALS = Integer.getInteger("crosscheck.crash.bundle-trials", 5);

	private static final int STARTUP_TRIALS = Integer.getInteger("crosscheck.crash.startup-trials", 4);

	private static final long SEED = Long.getLong("crosscheck.crash.seed", System.currentTimeMillis());

	private static final Pattern PROGRESS = Pattern.compile("(?m)^files: (\\d+)/(\\d+)$");

	private static final Pattern SUMMARY = Pattern.compile("Imported (\\d+), duplicates (\\d+), failed (\\d+)\\.");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path work = Path.of("target", "crash-it").toAbsolutePath();

	private final Random random = new Random(SEED);

	private JarConsole console;

	private Path articles;

	/**
	 * The articles' paths in the order the import walks them, and each one's SHA-256 and
	 * text.
	 */
	private final List<String> fileHashes = new ArrayList<>();

	private final Map<String, String> fileTexts = new HashMap<>();

	/** Cleaned text of each article as a complete import gives it, by content hash. */
	private final Map<String, String> referenceClean = new HashMap<>();

	private Path template;

	private Map<String, Integer> demoCounts;

	private long freshStartMillis;

	/** How long a command that does little takes: start-up, open, close. */
	private long startMillis;

	private long importMillis;

	private long firstProgressMillis;

	private Path richBundle;

	private Map<String, Integer> richCounts;

	private long bundleImportMillis;

	@BeforeAll
	void prepare() throws IOException {
		String missing = JarConsole.missing();
		if (missing != null) {
			System.out.println("[crash-it] SKIPPED: " + missing);
		}
		Assumptions.assumeTrue(missing == null, () -> "CrashSafetyIT skipped: " + missing);
		System.out.println("[crash-it] seed " + SEED + " (-Dcrosscheck.crash.seed=" + SEED + " repeats the delays)");
		long started = System.nanoTime();
		FileSystemUtils.deleteRecursively(this.work);
		Files.createDirectories(this.work);
		// The progress lines say which files the killed process had reported done.
		this.console = JarConsole.get().withProgressLines();
		this.articles = Files.createDirectories(this.work.resolve("articles"));
		for (Path file : Articles.write(this.articles, ARTICLES, 20261123L).stream().sorted().toList()) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			String hash = sha256(text);
			this.fileHashes.add(hash);
			this.fileTexts.put(hash, text);
		}

		// The template home: the demo dataset as a first start builds it, exported for
		// reference...
		this.template = this.work.resolve("template");
		Path demoBundle = this.work.resolve("demo.ccbundle");
		JarConsole.Result first = this.console.run(this.template, "export", "bundle", demoBundle.toString()).ok();
		this.freshStartMillis = first.millis();
		this.demoCounts = BundleFile.read(demoBundle).counts();
		// ...the reference: a complete import of the articles into the demo dataset,
		// whose bundle
		// (sources, annotations, entities, claims, discrepancies, notebook) the bundle
		// trials import...
		Path reference = copyOf(this.template, "reference");
		// ...and in the template, a dataset "crash" for the imports, current.
		this.startMillis = this.console.run(this.template, "dataset", "new", "crash").ok().millis();
		JarConsole.Running referenceImport = this.console.start(reference, "source", "import",
				this.articles.toString());
		this.firstProgressMillis = waitForProgress(referenceImport, 1);
		JarConsole.Result imported = referenceImport.await(Duration.ofMinutes(5)).ok();
		this.importMillis = imported.millis();
		assertThat(imported.stdout()).contains("Imported " + ARTICLES + ", duplicates 0, failed 0.");
		this.richBundle = this.work.resolve("rich.ccbundle");
		this.console.run(reference, "export", "bundle", this.richBundle.toString()).ok();
		BundleFile rich = BundleFile.read(this.richBundle);
		this.richCounts = rich.counts();
		for (BundleFile.Source source : rich.sources()) {
			this.referenceClean.put(source.contentHash(), source.cleanText());
		}
		assertThat(this.referenceClean.keySet()).containsAll(this.fileHashes);
		System.out.printf(
				"[crash-it] prepared in %d ms: %d articles; first start %d ms; a small command %d ms; import %d ms (first progress at %d ms); bundle counts %s%n",
				(System.nanoTime() - started) / 1_000_000, ARTICLES, this.freshStartMillis, this.startMillis,
				this.importMillis, this.firstProgressMillis, this.richCounts);
	}

	@Test
	@Order(1)
	void killedImportsLeaveOnlyWholeSourcesAndResumeWithoutDuplicates() throws IOException {
		int trials = 0;
		int passed = 0;
		int rounds = 0;
		long started = System.nanoTime();
		for (int round = 0; trials < IMPORT_TRIALS; round++) {
			rounds++;
			Path home = copyOf(this.template, "import-round-" + round);
			int before = 0;
			// A round ends early when a kill came too late to leave anything missing.
			for (int kill = 0; kill < KILLS_PER_ROUND && trials < IMPORT_TRIALS && before < ARTICLES; kill++) {
				trials++;
				int mode = this.random.nextInt(4);
				JarConsole.Running run = this.console.start(home, "source", "import", this.articles.toString());
				String when;
				if (mode == 0) {
					long delay = 100 + (long) this.random.nextInt((int) Math.max(1, this.firstProgressMillis));
					sleep(delay);
					when = "start-up +" + delay + " ms";
				}
				else if (mode == 1) {
					// Right after the process said a file was done: what it reported must
					// be on disk.
					int line = 1 + this.random.nextInt(2);
					long at = waitForProgress(run, line);
					when = "just after progress line " + line + " (at " + at + " ms)";
				}
				else {
					long progressAt = waitForProgress(run, 1);
					long delay = (long) this.random
						.nextInt((int) Math.max(1, this.importMillis - this.firstProgressMillis));
					sleep(delay);
					when = "mid-import, " + delay + " ms after the first progress line (at " + progressAt + " ms)";
				}
				boolean finished = !run.process().isAlive();
				run.kill();
				int reportedDone = reportedDone(run.stderr());
				List<BundleFile.Source> sources = checkImportHome(home, "after kill " + trials);
				String label = "import trial " + trials + " (" + when + (finished ? ", finished before the kill" : "")
						+ "): ";
				assertThat(sources.size()).as(label + "sources never decrease").isGreaterThanOrEqualTo(before);
				Set<String> present = new HashSet<>();
				sources.forEach(s -> present.add(s.contentHash()));
				// What the killed process reported done before it died must have survived
				// it.
				assertThat(present)
					.as(label + "every file reported done (files: " + reportedDone + "/" + ARTICLES + ") is there")
					.containsAll(this.fileHashes.subList(0, reportedDone));
				System.out.printf("[crash-it] %s%d sources before, %d after, %d reported done%n", label, before,
						sources.size(), reportedDone);
				before = sources.size();
				passed++;
			}
			// The same import run to its end adds exactly what is missing.
			JarConsole.Result complete = this.console.run(home, "source", "import", this.articles.toString()).ok();
			Matcher summary = SUMMARY.matcher(complete.stdout());
			assertThat(summary.find()).as("import summary in:\n" + complete.stdout()).isTrue();
			assertThat(Integer.parseInt(summary.group(2))).as("duplicates = what the killed imports had stored")
				.isEqualTo(before);
			assertThat(Integer.parseInt(summary.group(1))).isEqualTo(ARTICLES - before);
			assertThat(Integer.parseInt(summary.group(3))).isZero();
			assertThat(checkImportHome(home, "after the resumed import of round " + round)).hasSize(ARTICLES);
			FileSystemUtils.deleteRecursively(home);
		}
		System.out.printf("[crash-it] import trials: %d run, %d passed, %d rounds resumed to %d sources, %d ms%n",
				trials, passed, rounds, ARTICLES, (System.nanoTime() - started) / 1_000_000);
	}

	@Test
	@Order(2)
	void killedBundleImportsLeaveAllOrNothing() throws IOException {
		long started = System.nanoTime();
		Path home = copyOf(this.template, "bundle-home");
		// One complete import first: the measure of how long it takes, and the "all"
		// outcome.
		JarConsole.Result whole = this.console
			.run(home, "import", "bundle", this.richBundle.toString(), "--as", "shared0")
			.ok();
		this.bundleImportMillis = whole.millis();
		checkBundleOutcome(home, "shared0", "the complete import", true);
		int trials = 0;
		int passed = 0;
		int whole_ = 0;
		for (int i = 1; i <= BUNDLE_TRIALS; i++) {
			trials++;
			String name = "shared" + i;
			JarConsole.Running run = this.console.start(home, "import", "bundle", this.richBundle.toString(), "--as",
					name);
			// Mostly after start-up, while the bundle is read, checked and written.
			long from = this.startMillis * 8 / 10;
			long delay = from + (long) this.random.nextInt((int) Math.max(1, this.bundleImportMillis + 200 - from));
			sleep(delay);
			boolean finished = !run.process().isAlive();
			run.kill();
			String label = "bundle trial " + i + " (killed at +" + delay + " ms" + (finished ? ", had finished" : "")
					+ ")";
			if (checkBundleOutcome(home, name, label, false)) {
				whole_++;
			}
			passed++;
		}
		System.out.printf(
				"[crash-it] bundle trials: %d run, %d passed (%d whole, %d nothing; a whole import takes %d ms), %d ms%n",
				trials, passed, whole_, trials - whole_, this.bundleImportMillis,
				(System.nanoTime() - started) / 1_000_000);
	}

	@Test
	@Order(3)
	void killedFirstStartLeavesNoDatasetOrTheWholeDemo() throws IOException {
		long started = System.nanoTime();
		int trials = 0;
		int passed = 0;
		for (int i = 1; i <= STARTUP_TRIALS; i++) {
			trials++;
			Path home = this.work.resolve("fresh-" + i);
			JarConsole.Running run = this.console.start(home, "source", "list");
			// Mostly in the second half, while the schema is prepared and the demo
			// notebook replayed.
			long delay = (long) (this.freshStartMillis * (0.3 + 0.7 * this.random.nextDouble()));
			sleep(delay);
			run.kill();
			// Opening the home again: the demo dataset, built now or before the kill,
			// must be whole.
			Path bundle = this.work.resolve("fresh-" + i + ".ccbundle");
			this.console.run(home, "export", "bundle", bundle.toString()).ok();
			Map<String, Integer> counts = new TreeMap<>(BundleFile.read(bundle).counts());
			Map<String, Integer> expected = new TreeMap<>(this.demoCounts);
			// The killed `source list` may have finished and been recorded as one more
			// cell.
			if (counts.get("cells") == expected.get("cells") + 1) {
				counts.put("cells", expected.get("cells"));
			}
			assertThat(counts).as("first start killed at +" + delay + " ms: the demo dataset is whole")
				.isEqualTo(expected);
			System.out.printf("[crash-it] start-up trial %d (killed at +%d ms): demo whole %s%n", i, delay, counts);
			FileSystemUtils.deleteRecursively(home);
			passed++;
		}
		System.out.printf("[crash-it] start-up trials: %d run, %d passed, %d ms%n", trials, passed,
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Opens the home with the jar and checks every source of dataset "crash"; returns
	 * them.
	 */
	private List<BundleFile.Source> checkImportHome(Path home, String when) {
		Path bundle = home.resolveSibling(home.getFileName() + "-check.ccbundle");
		JarConsole.Result export = this.console.run(home, "export", "bundle", bundle.toString());
		assertThat(export.exitCode()).as(when + ": the home opens and exports\n" + export.stderr()).isZero();
		BundleFile file = BundleFile.read(bundle);
		assertThat(file.dataset()).isEqualTo("crash");
		Set<String> hashes = new HashSet<>();
		Set<Integer> nums = new HashSet<>();
		for (BundleFile.Source s : file.sources()) {
			String label = when + ": source " + s.num() + " (" + s.fileName() + ")";
			assertThat(hashes.add(s.contentHash())).as(label + " is there once").isTrue();
			assertThat(nums.add(s.num())).as(label + " has its own number").isTrue();
			assertThat(this.fileTexts).as(label + " is one of the files").containsKey(s.contentHash());
			assertThat(sha256(s.rawText())).as(label + " hash matches its raw text").isEqualTo(s.contentHash());
			assertThat(s.rawText()).as(label + " raw text is the file's")
				.isEqualTo(this.fileTexts.get(s.contentHash()));
			assertThat(s.cleanText()).as(label + " cleaned text")
				.isNotBlank()
				.isEqualTo(this.referenceClean.get(s.contentHash()));
		}
		assertThat(file.counts().get("sources")).isEqualTo(file.sources().size());
		// Numbers are handed out one after another: a lost or half transaction would
		// leave a gap.
		for (int n = 1; n <= file.sources().size(); n++) {
			assertThat(nums).as(when + ": source numbers 1.." + file.sources().size()).contains(n);
		}
		return file.sources();
	}

	/**
	 * After an import of the rich bundle as {@code name}: either the dataset is not
	 * there, or it is there with every count of the bundle. Returns whether it is there.
	 */
	private boolean checkBundleOutcome(Path home, String name, String label, boolean mustExist) throws IOException {
		JarConsole.Result list = this.console.run(home, "dataset", "list", "--format", "json").ok();
		JsonNode datasets = JSON.readTree(list.stdout());
		JsonNode found = null;
		for (JsonNode dataset : datasets) {
			if (dataset.get("name").asString().equals(name)) {
				found = dataset;
			}
		}
		if (found == null) {
			assertThat(mustExist).as(label + ": dataset " + name + " exists").isFalse();
			System.out.printf("[crash-it] %s: nothing of %s%n", label, name);
			return false;
		}
		assertThat(found.get("sources").asInt()).as(label + ": all the sources")
			.isEqualTo(this.richCounts.get("sources"));
		this.console.run(home, "dataset", "use", name).ok();
		Path bundle = home.resolveSibling(name + "-check.ccbundle");
		this.console.run(home, "export", "bundle", bundle.toString()).ok();
		BundleFile exported = BundleFile.read(bundle);
		assertThat(exported.counts()).as(label + ": every count of the bundle").isEqualTo(this.richCounts);
		System.out.printf("[crash-it] %s: the whole of %s %s%n", label, name, exported.counts());
		return true;
	}

	/**
	 * Waits for the {@code lines}-th progress line (or the end); returns the milliseconds
	 * since the start.
	 */
	private static long waitForProgress(JarConsole.Running run, int lines) {
		long limit = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < limit) {
			if (PROGRESS.matcher(run.stderr()).results().count() >= lines || !run.process().isAlive()) {
				return run.elapsedMillis();
			}
			sleep(5);
		}
		throw new AssertionError("no progress line within 3 minutes:\n" + run.stderr());
	}

	/**
	 * The last "files: k/n" line the process printed: k files were stored (or found
	 * there) before it.
	 */
	private static int reportedDone(String stderr) {
		Matcher progress = PROGRESS.matcher(stderr);
		int done = 0;
		while (progress.find()) {
			done = Math.max(done, Integer.parseInt(progress.group(1)));
		}
		return done;
	}

	private Path copyOf(Path home, String name) throws IOException {
		Path copy = this.work.resolve(name);
		FileSystemUtils.deleteRecursively(copy);
		try (Stream<Path> files = Files.walk(home)) {
			for (Path file : files.toList()) {
				Path target = copy.resolve(home.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else if (!file.getFileName().toString().endsWith(".lock.db")) {
					Files.copy(file, target);
				}
			}
		}
		return copy;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	static String sha256(String text) {
		try {
			return java.util.HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
