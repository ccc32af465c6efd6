package org.crosscheck.shell.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import soak.DecisionEditor;

import tools.jackson.databind.JsonNode;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Soak: the console and the dashboard's decisions on one home at once, for a bounded
 * time, on loopback only. The console runs as users run it, one packaged-jar process per
 * command, in a loop: import a few new articles, {@code suggest} one of them,
 * {@code annotation add} on it, {@code discrepancy check}. Meanwhile a second JVM
 * ({@link DecisionEditor}) has two people decide discrepancies through the same service
 * call as the dashboard's editor (status and note, guarded by the version they saw);
 * half-way it is restarted, so that the H2 server (AUTO_SERVER) changes hands between the
 * processes.
 * <p>
 * At the end the home is opened again by the jar and exported whole: every import,
 * annotation and decision that reported success is there; a decision that lost a race was
 * reported as a conflict ("changed by someone else meanwhile"), an allowed outcome; every
 * console command exited 0. {@code -Dcrosscheck.soak.seconds=N} sets the length (default
 * 45), e.g.
 * {@code ./mvnw -pl data,shell -am verify -Dit.test=SoakIT -Dcrosscheck.soak.seconds=1800}.
 */
class SoakIT {

	private static final int SECONDS = Integer.getInteger("crosscheck.soak.seconds", 45);

	private static final int PER_BATCH = 3;

	private static final Pattern IMPORTED = Pattern.compile("(?m)^imported  (\\d+)  ");

	private static final Pattern ANNOTATION = Pattern.compile("^Annotation (\\d+): ");

	private static final Pattern EDIT = Pattern
		.compile("^(OK|CONFLICT|ERROR) (\\S+) (-?\\d+) (\\d+) (\\S+) (\\S+)(: .*)?$");

	private final Path work = Path.of("target", "soak-it").toAbsolutePath();

	private final long seed = Long.getLong("crosscheck.soak.seed", System.currentTimeMillis());

	@Test
	void consoleAndDecisionsTogetherLoseNothing() throws Exception {
		String missing = JarConsole.missing();
		if (missing != null) {
			System.out.println("[soak-it] SKIPPED: " + missing);
		}
		Assumptions.assumeTrue(missing == null, () -> "SoakIT skipped: " + missing);
		FileSystemUtils.deleteRecursively(this.work);
		Files.createDirectories(this.work);
		JarConsole console = JarConsole.get();
		Path home = this.work.resolve("home");
		console.run(home, "dataset", "new", "soak").ok();
		Path pool = Files.createDirectories(this.work.resolve("pool"));
		List<Path> articles = Articles.write(pool, 600, this.seed).stream().sorted().toList();

		Set<String> importedSources = new HashSet<>();
		Map<Integer, String> annotationNotes = new LinkedHashMap<>();
		List<String> editLog = new ArrayList<>();
		int commands = 0;
		int next = 0;
		int batch = 0;
		long started = System.nanoTime();
		long deadline = started + Duration.ofSeconds(SECONDS).toNanos();
		Editor editor = Editor.start(this.work, home, "editor-1", this.seed);
		boolean restarted = false;
		while (System.nanoTime() < deadline && next + PER_BATCH <= articles.size()) {
			batch++;
			if (!restarted && System.nanoTime() > started + (deadline - started) / 2) {
				// The new editor starts while a console may hold the H2 server: hosts
				// change hands.
				editLog.addAll(editor.stop());
				editor = Editor.start(this.work, home, "editor-2", this.seed + 1);
				restarted = true;
			}
			Path folder = Files.createDirectories(this.work.resolve("batch-" + batch));
			for (int i = 0; i < PER_BATCH; i++) {
				Path article = articles.get(next++);
				Files.copy(article, folder.resolve(article.getFileName()));
			}
			JarConsole.Result imported = console.run(home, "source", "import", folder.toString()).ok();
			commands++;
			Matcher ids = IMPORTED.matcher(imported.stdout());
			List<Integer> newIds = new ArrayList<>();
			while (ids.find()) {
				newIds.add(Integer.parseInt(ids.group(1)));
			}
			assertThat(newIds).as("batch " + batch + ":\n" + imported.stdout()).hasSize(PER_BATCH);
			try (var files = Files.list(folder)) {
				for (Path file : files.sorted().toList()) {
					importedSources.add(CrashSafetyIT.sha256(Files.readString(file, StandardCharsets.UTF_8)));
				}
			}
			int source = newIds.get(batch % PER_BATCH);
			console.run(home, "suggest", String.valueOf(source)).ok();
			commands++;
			String words = "article number " + wordsOf(console, home, source);
			String note = "soak-annotation-" + batch;
			JarConsole.Result annotated = console
				.run(home, "annotation", "add", String.valueOf(source), words, "--kind", "claim", "--note", note)
				.ok();
			commands++;
			Matcher annotation = ANNOTATION.matcher(annotated.stdout().strip());
			assertThat(annotation.find()).as(annotated.stdout()).isTrue();
			annotationNotes.put(Integer.parseInt(annotation.group(1)), note);
			console.run(home, "discrepancy", "check").ok();
			commands++;
		}
		editLog.addAll(editor.stop());
		long soakMillis = (System.nanoTime() - started) / 1_000_000;

		// Opened again by the jar and exported whole.
		Path bundle = this.work.resolve("soak.ccbundle");
		console.run(home, "export", "bundle", bundle.toString()).ok();
		BundleFile exported = BundleFile.read(bundle);
		Set<String> hashes = new HashSet<>();
		exported.sources().forEach(s -> hashes.add(s.contentHash()));
		assertThat(hashes).as("every import that reported success").containsAll(importedSources);
		assertThat(exported.sources()).hasSize(importedSources.size());
		Map<Integer, String> notesFound = new HashMap<>();
		for (JsonNode a : exported.annotations()) {
			if (a.hasNonNull("note")) {
				notesFound.put(a.get("num").asInt(), a.get("note").asString());
			}
		}
		annotationNotes.forEach((num, note) -> assertThat(notesFound.get(num)).as("annotation " + num).isEqualTo(note));

		Map<Integer, JsonNode> discrepancies = new HashMap<>();
		for (JsonNode d : exported.discrepancies()) {
			discrepancies.put(d.get("num").asInt(), d);
		}
		int ok = 0;
		int conflicts = 0;
		List<String> errors = new ArrayList<>();
		// Per discrepancy, the successful decision made on the highest version is the one
		// that stands.
		Map<Integer, Integer> lastVersion = new HashMap<>();
		Map<Integer, String> lastStatus = new HashMap<>();
		Map<Integer, Integer> ambiguousVersion = new HashMap<>();
		for (String line : editLog) {
			Matcher edit = EDIT.matcher(line);
			if (!edit.matches()) {
				continue;
			}
			int version = Integer.parseInt(edit.group(3));
			int id = Integer.parseInt(edit.group(4));
			switch (edit.group(1)) {
				case "OK" -> {
					ok++;
					JsonNode d = discrepancies.get(id);
					assertThat(d).as("discrepancy " + id + " of " + line).isNotNull();
					String notes = d.hasNonNull("notes") ? d.get("notes").asString() : "";
					assertThat(notes.lines().anyMatch(l -> l.endsWith(": " + edit.group(5) + ": " + edit.group(6))))
						.as("the decision \"" + line + "\" is in the notes of discrepancy " + id + ":\n" + notes)
						.isTrue();
					assertThat(version).as("two successful decisions on one version of discrepancy " + id)
						.isNotEqualTo(lastVersion.getOrDefault(id, -1));
					if (version > lastVersion.getOrDefault(id, -1)) {
						lastVersion.put(id, version);
						lastStatus.put(id, edit.group(5));
					}
				}
				case "CONFLICT" -> conflicts++;
				default -> {
					errors.add(line);
					if (id > 0) {
						ambiguousVersion.merge(id, version, Math::max);
					}
				}
			}
		}
		lastStatus.forEach((id, status) -> {
			if (ambiguousVersion.getOrDefault(id, -1) < lastVersion.get(id)) {
				assertThat(discrepancies.get(id).get("status").asString()).as("status of discrepancy " + id)
					.isEqualTo(status);
			}
		});
		int writes = importedSources.size() + annotationNotes.size() + ok;
		System.out.printf(
				"[soak-it] soak %d ms (seed %d): %d console commands (%d batches), %d discrepancies; writes checked %d "
						+ "(%d sources, %d annotations, %d decisions); %d conflicts reported; %d errors%n",
				soakMillis, this.seed, commands, batch, discrepancies.size(), writes, importedSources.size(),
				annotationNotes.size(), ok, conflicts, errors.size());
		errors.forEach(e -> System.out.println("[soak-it] editor error: " + e));
		assertThat(errors).as("the decisions that failed other than by a conflict").isEmpty();
		assertThat(ok).as("decisions made during the soak").isPositive();
	}

	/**
	 * The number quoted in the article's first paragraph ("article number N"), read from
	 * the source.
	 */
	private static String wordsOf(JarConsole console, Path home, int source) {
		String text = console.run(home, "source", "show", String.valueOf(source)).ok().stdout();
		Matcher number = Pattern.compile("article number (\\d+)").matcher(text);
		assertThat(number.find()).as(text).isTrue();
		return number.group(1);
	}

	/**
	 * The decision editor's JVM: the data module on the test classpath, the same home.
	 */
	private record Editor(Process process, Path stopFile, Path out, Path err) {

		static Editor start(Path work, Path home, String name, long seed) throws IOException, InterruptedException {
			Path stop = work.resolve(name + ".stop");
			Path out = work.resolve(name + ".out");
			Path err = work.resolve(name + ".err");
			String java = ProcessHandle.current().info().command().orElse("java");
			ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp",
					System.getProperty("java.class.path"), DecisionEditor.class.getName(), home.toString(), "soak",
					stop.toString(), String.valueOf(seed))
				.directory(work.toFile())
				.redirectOutput(out.toFile())
				.redirectError(err.toFile());
			builder.environment().remove("CROSSCHECK_HOME");
			builder.environment().remove("CROSSCHECK_DB");
			Editor editor = new Editor(builder.start(), stop, out, err);
			long limit = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			while (!Files.readString(out).contains("READY")) {
				if (!editor.process.isAlive() || System.nanoTime() > limit) {
					editor.process.destroyForcibly();
					throw new AssertionError("the decision editor did not start:\n" + Files.readString(err));
				}
				Thread.sleep(50);
			}
			return editor;
		}

		/** Stops it (stop file), checks it ended well, and returns its log. */
		List<String> stop() throws IOException, InterruptedException {
			Files.writeString(this.stopFile, "stop");
			if (!this.process.waitFor(2, TimeUnit.MINUTES)) {
				this.process.destroyForcibly();
				throw new AssertionError("the decision editor did not stop");
			}
			List<String> lines = Files.readAllLines(this.out);
			assertThat(this.process.exitValue()).as("editor exit status\n" + Files.readString(this.err)).isZero();
			assertThat(lines).contains("DONE");
			return lines;
		}

	}

}
