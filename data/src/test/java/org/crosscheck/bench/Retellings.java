package org.crosscheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.crosscheck.discrepancy.Finding;
import org.crosscheck.discrepancy.Span;
import org.crosscheck.source.internal.CleanedDocument;
import org.crosscheck.source.internal.DocumentReader;
import org.crosscheck.source.internal.Published;

import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written retellings in {@code src/test/resources/retellings/} (see its README):
 * each report read the way {@code source import} reads it (front matter, cleaned text,
 * publication day), and the gold of {@code gold.json}: which files tell one story, and
 * each finding a check must or must not raise.
 */
public final class Retellings {

	/**
	 * One report: its file (relative to {@code articles/}, also its id in a check) and
	 * what import reads.
	 */
	public record Report(String file, String story, String outlet, String title, String text, LocalDate published) {

		public StoryCheck.Input input() {
			return new StoryCheck.Input(this.file, this.text, this.published);
		}

	}

	/** Words that stand in a file's cleaned text. */
	public record GoldSpan(String file, String text) {
	}

	/** One finding the gold expects raised, or not raised. */
	public record Expected(String id, String kind, boolean raised, String why, List<String> stories,
			List<GoldSpan> spans) {
	}

	record Gold(String about, Map<String, List<String>> stories, List<Expected> findings) {
	}

	/** Whether a check met one expectation, and what it found instead when not. */
	public record Verdict(Expected expected, boolean met, String detail) {
	}

	private final Map<String, Report> reports;

	private final Gold gold;

	private Retellings(Map<String, Report> reports, Gold gold) {
		this.reports = reports;
		this.gold = gold;
	}

	/** Reads the retellings from the test classpath. */
	public static Retellings load() {
		URL url = Retellings.class.getResource("/retellings/gold.json");
		if (url == null) {
			throw new IllegalStateException("retellings/gold.json is not on the classpath");
		}
		try {
			Path folder = Path.of(url.toURI()).getParent();
			Gold gold = JsonMapper.builder()
				.build()
				.readValue(Files.readAllBytes(folder.resolve("gold.json")), Gold.class);
			Map<String, String> storyOf = new HashMap<>();
			gold.stories().forEach((story, files) -> files.forEach(file -> storyOf.put(file, story)));
			Path articles = folder.resolve("articles");
			Map<String, Report> reports = new LinkedHashMap<>();
			DocumentReader reader = new DocumentReader();
			try (Stream<Path> walk = Files.walk(articles)) {
				for (Path path : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
					String file = articles.relativize(path).toString().replace('\\', '/');
					CleanedDocument doc = reader.read(path.getFileName().toString(), Files.readAllBytes(path))
						.cleaned();
					LocalDate day = doc.published() == null ? null : Published.parse(doc.published()).day();
					reports.put(file, new Report(file, storyOf.get(file), doc.outlet(), doc.title(), doc.text(), day));
				}
			}
			return new Retellings(reports, gold);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public List<Report> reports() {
		return List.copyOf(this.reports.values());
	}

	public List<StoryCheck.Input> inputs() {
		return this.reports.values().stream().map(Report::input).toList();
	}

	/** File to gold story, for every report. */
	public Map<String, String> goldStories() {
		return this.reports.values().stream().collect(Collectors.toMap(Report::file, Report::story));
	}

	public List<Expected> expected() {
		return this.gold.findings();
	}

	public Expected expected(String id) {
		return this.gold.findings()
			.stream()
			.filter(e -> e.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no expectation " + id + " in gold.json"));
	}

	/**
	 * Every place {@code span}'s words stand in its file, as {@code [start, end)}; empty
	 * when nowhere.
	 */
	public List<int[]> places(GoldSpan span) {
		Report report = this.reports.get(span.file());
		List<int[]> places = new ArrayList<>();
		if (report == null) {
			return places;
		}
		for (int at = report.text().indexOf(span.text()); at >= 0; at = report.text().indexOf(span.text(), at + 1)) {
			places.add(new int[] { at, at + span.text().length() });
		}
		return places;
	}

	/** Whether {@code findings} meet {@code expected} (gold.json's "about" says how). */
	public Verdict judge(Expected expected, List<Finding> findings) {
		List<Finding> ofKind = findings.stream()
			.filter(f -> expected.kind().equals("ANY") || f.kind().name().equals(expected.kind()))
			.toList();
		if (expected.raised()) {
			boolean met = ofKind.stream().anyMatch(f -> expected.spans().stream().allMatch(s -> touches(f, s)));
			List<String> near = ofKind.stream()
				.filter(f -> expected.spans().stream().anyMatch(s -> touches(f, s)))
				.map(Finding::summary)
				.limit(3)
				.toList();
			return new Verdict(expected, met,
					met ? "raised" : "not raised; near it: " + (near.isEmpty() ? "nothing" : near));
		}
		for (Finding finding : ofKind) {
			long touched = expected.spans().stream().filter(s -> touches(finding, s)).count();
			boolean across = expected.stories() != null && spansBoth(finding, expected.stories());
			if (across || touched >= Math.min(2, expected.spans().size())) {
				return new Verdict(expected, false, "raised: " + finding.kind() + " " + finding.summary());
			}
		}
		return new Verdict(expected, true, "not raised");
	}

	private boolean spansBoth(Finding finding, List<String> stories) {
		Set<String> touched = finding.spans()
			.stream()
			.map(s -> this.reports.get(s.sourceId()))
			.filter(r -> r != null)
			.map(Report::story)
			.collect(Collectors.toSet());
		return touched.containsAll(stories);
	}

	private boolean touches(Finding finding, GoldSpan gold) {
		List<int[]> places = places(gold);
		for (Span span : finding.spans()) {
			for (int[] place : places) {
				if (span.overlaps(gold.file(), place[0], place[1])) {
					return true;
				}
			}
		}
		return false;
	}

}
