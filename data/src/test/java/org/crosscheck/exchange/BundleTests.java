package org.crosscheck.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.crosscheck.DataTestApplication;
import org.crosscheck.TestHome;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.AnnotationView;
import org.crosscheck.annotation.NewAnnotation;
import org.crosscheck.ledger.ClaimService;
import org.crosscheck.common.CrosscheckException;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.notebook.NotebookService;
import org.crosscheck.source.ImportListener;
import org.crosscheck.source.ImportOptions;
import org.crosscheck.source.SourceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class BundleTests {

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestHome.register(registry);
	}

	@Autowired
	ExchangeService exchange;

	@Autowired
	ExchangeFixtures fixtures;

	@Autowired
	DatasetService datasets;

	@Autowired
	AnnotationService annotations;

	@Autowired
	SourceService sources;

	@Autowired
	ClaimService claims;

	@Autowired
	NotebookService notebook;

	@TempDir
	Path folder;

	String dataset;

	@BeforeEach
	void investigation(TestInfo info) {
		this.dataset = info.getTestMethod().orElseThrow().getName();
		this.fixtures.investigation(this.dataset);
	}

	@Test
	void bundleImportedIntoAFreshHomeExportsByteIdentical() throws IOException {
		Path original = this.folder.resolve("original.ccbundle");
		this.exchange.exportBundle(this.dataset, original);
		Path again = this.folder.resolve("again.ccbundle");
		this.exchange.exportBundle(this.dataset, again);
		assertThat(Files.readAllBytes(again)).as("the same dataset exported twice")
			.isEqualTo(Files.readAllBytes(original));

		// A second home, as a colleague's laptop: its own database, the same dataset
		// name.
		try (ConfigurableApplicationContext colleague = new SpringApplicationBuilder(DataTestApplication.class)
			.web(WebApplicationType.NONE)
			.properties(new java.util.HashMap<String, Object>(org.crosscheck.TestHome.fresh()))
			.run()) {
			ExchangeService theirs = colleague.getBean(ExchangeService.class);
			BundleImport imported = theirs.importBundle(original, null, null, BundleLimits.defaults());
			Path reExported = this.folder.resolve("re-exported.ccbundle");
			theirs.exportBundle(this.dataset, reExported);

			assertThat(imported.created()).isTrue();
			assertThat(imported.added()).containsEntry("sources", 2)
				.containsEntry("annotations", 6)
				.containsEntry("entities", 3)
				.containsEntry("contracts", 2)
				.containsEntry("events", 3)
				.containsEntry("discrepancies", 2)
				.containsEntry("cells", 2)
				.containsEntry("evidence", 5);
			assertThat(Files.readAllBytes(reExported)).isEqualTo(Files.readAllBytes(original));
			assertThat(colleague.getBean(NotebookService.class).cells(this.dataset, 0)).extracting(c -> c.stale())
				.containsExactlyElementsOf(this.notebook.cells(this.dataset, 0).stream().map(c -> c.stale()).toList());
		}
	}

	@Test
	void manifestNamesFormatVersionCountsAndTheHashOfEachEntry() throws IOException {
		Path file = this.folder.resolve("story.ccbundle");
		BundleExport export = this.exchange.exportBundle(this.dataset, file);

		Map<String, byte[]> entries = unzip(Files.readAllBytes(file));
		JsonNode manifest = JsonMapper.builder().build().readTree(entries.get("manifest.json"));
		// The manifest comes last: it lists the hashes of the entries, which are streamed
		// before it.
		assertThat(List.copyOf(entries.keySet())).containsExactly("sources.json", "entities.json", "annotations.json",
				"claims.json", "contracts.json", "events.json", "evidence.json", "discrepancies.json", "cells.json",
				"manifest.json");
		assertThat(manifest.get("format").asString()).isEqualTo("crosscheck-bundle");
		assertThat(export.bytes()).isEqualTo(Files.size(file));
		assertThat(export.sha256()).isEqualTo(org.crosscheck.exchange.internal.Hashes.sha256(Files.readAllBytes(file)));
		assertThat(manifest.get("version").asInt()).isEqualTo(1);
		assertThat(manifest.get("dataset").asString()).isEqualTo(this.dataset);
		assertThat(manifest.get("counts").get("annotations").asInt()).isEqualTo(6);
		assertThat(manifest.get("sha256").get("sources.json").asString())
			.isEqualTo(org.crosscheck.exchange.internal.Hashes.sha256(entries.get("sources.json")));
		assertThat(export.counts()).containsEntry("sources", 2);
		String sourcesJson = new String(entries.get("sources.json"), StandardCharsets.UTF_8);
		assertThat(sourcesJson).contains("\"rawText\"", "\"cleanText\"", "\"contentHash\"", "\"uid\"");
		assertThat(new String(entries.get("entities.json"), StandardCharsets.UTF_8)).as("keys sorted")
			.startsWith("[{\"aliases\":[\"ICE\",\"the agency\"],\"createdAt\":");
		assertThat(new String(entries.get("annotations.json"), StandardCharsets.UTF_8))
			.startsWith("[{\"anchor\":\"exact\",\"author\":");
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
			assertThat(zip.stream().map(ZipEntry::getTimeLocal).distinct().toList())
				.containsExactly(java.time.LocalDateTime.of(1980, 1, 1, 0, 0));
		}
		String discrepancies = new String(entries.get("discrepancies.json"), StandardCharsets.UTF_8);
		assertThat(discrepancies).contains("\"fingerprint\"", "\"raisedBy\":\"crosscheck\"", "\"left\":{");
	}

	@Test
	void aDatasetOfManyPagesExportsEveryRecordInNumberOrderAndRoundTrips() throws IOException {
		// 1,198 short articles through the file import beside the investigation's two:
		// 1,200 sources, five pages.
		Path articles = Files.createDirectories(this.folder.resolve("articles"));
		for (int i = 1; i <= 1198; i++) {
			Files.writeString(articles.resolve("article-" + i + ".txt"), "Wire report " + i + ": the agency paid $" + i
					+ " million for the service, a spokesperson said.\n");
		}
		assertThat(this.sources
			.importSources(this.dataset, List.of(articles), ImportOptions.defaults(), ImportListener.NONE)
			.imported()).hasSize(1198);
		Path file = this.folder.resolve("many.ccbundle");
		BundleExport export = this.exchange.exportBundle(this.dataset, file);
		// Two rows a page: every table of the investigation takes pages, full and partly
		// full, and ends on an empty one.
		BundleExport paged = this.exchange.exportBundle(this.dataset, this.folder.resolve("paged.ccbundle"), 2);

		assertThat(paged.counts()).as("read two rows a query").isEqualTo(export.counts());
		assertThat(paged.sha256()).as("read two rows a query").isEqualTo(export.sha256());
		Map<String, byte[]> entries = unzip(Files.readAllBytes(file));
		JsonNode sources = JsonMapper.builder().build().readTree(entries.get("sources.json"));
		assertThat(sources.valueStream().map(s -> s.get("num").asInt()).toList())
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 1200).boxed().toList());
		assertThat(export.counts()).containsEntry("sources", 1200)
			.containsEntry("annotations", 6)
			.containsEntry("entities", 3)
			.containsEntry("contracts", 2)
			.containsEntry("events", 3)
			.containsEntry("evidence", 5)
			.containsEntry("discrepancies", 2)
			.containsEntry("cells", 2);

		String copy = this.dataset + "-copy";
		BundleImport imported = this.exchange.importBundle(file, null, copy, BundleLimits.defaults());
		Path again = this.folder.resolve("copy.ccbundle");
		BundleExport reExported = this.exchange.exportBundle(copy, again);

		assertThat(imported.added()).isEqualTo(export.counts());
		assertThat(reExported.counts()).isEqualTo(export.counts());
		assertThat(org.crosscheck.exchange.internal.Hashes.sha256(unzip(Files.readAllBytes(again)).get("sources.json")))
			.as("the copy's sources")
			.isEqualTo(org.crosscheck.exchange.internal.Hashes.sha256(entries.get("sources.json")));
	}

	@Test
	void mergingACopyAnnotatedDifferentlyKeepsBothWithoutDuplicatesAndReportsTheContradiction() throws IOException {
		Path shared = this.folder.resolve("shared.ccbundle");
		this.exchange.exportBundle(this.dataset, shared);
		String colleague = this.dataset + "-colleague";
		this.exchange.importBundle(shared, null, colleague, BundleLimits.defaults());
		// Here: one more annotation, discrepancy 1 dismissed with a note.
		this.annotations.annotate(this.dataset,
				new NewAnnotation(1, "Dell's government arm", AnnotationKind.ENTITY, "mine", List.of(), null));
		this.fixtures.decide(this.dataset, 1, "dismissed", "Same fact, different verb.");
		// There: another annotation, discrepancy 1 confirmed, discrepancy 2 decided where
		// it is open here.
		this.annotations.annotate(colleague, new NewAnnotation(2, "Palantir was awarded", AnnotationKind.CLAIM,
				"theirs", List.of("palantir"), null));
		this.fixtures.decide(colleague, 1, "confirmed", "The verbs differ in strength.");
		this.fixtures.decide(colleague, 2, "confirmed", "Quote is truncated in source 1.");
		Path back = this.folder.resolve("back.ccbundle");
		this.exchange.exportBundle(colleague, back);

		BundleImport merged = this.exchange.importBundle(back, this.dataset, null, BundleLimits.defaults());

		List<AnnotationView> all = this.annotations.listAnnotations(this.dataset, null, null);
		assertThat(all).hasSize(8);
		assertThat(all).extracting(AnnotationView::uid).doesNotHaveDuplicates();
		assertThat(all).extracting(AnnotationView::note).contains("mine", "theirs");
		assertThat(all.get(7).id()).isEqualTo(8);
		assertThat(merged.added()).containsEntry("annotations", 1).containsEntry("sources", 0);
		assertThat(merged.alreadyThere()).containsEntry("sources", 2).containsEntry("annotations", 6);
		assertThat(merged.conflicts()).singleElement().satisfies(conflict -> {
			assertThat(conflict.discrepancy()).isEqualTo(1);
			assertThat(conflict.here()).isEqualTo("dismissed");
			assertThat(conflict.there()).isEqualTo("confirmed");
		});
		assertThat(this.fixtures.status(this.dataset, 1)).isEqualTo("dismissed");
		assertThat(this.fixtures.notes(this.dataset, 1)).contains("Same fact, different verb.",
				"The verbs differ in strength.");
		assertThat(this.fixtures.status(this.dataset, 2)).isEqualTo("confirmed");
		assertThat(merged.decisionsAdopted()).isEqualTo(1);
		assertThat(this.sources.listSources(this.dataset)).hasSize(2);
		assertThat(this.claims.listContracts(this.dataset)).hasSize(2);

		BundleImport again = this.exchange.importBundle(back, this.dataset, null, BundleLimits.defaults());
		assertThat(again.addedTotal()).isZero();
		assertThat(this.annotations.listAnnotations(this.dataset, null, null)).hasSize(8);
	}

	@Test
	void mergedAnnotationsFollowTheWordsWhenTheSourceReadsDifferentlyHere() throws IOException {
		Path shared = this.folder.resolve("shared.ccbundle");
		this.exchange.exportBundle(this.dataset, shared);
		String other = this.dataset + "-other";
		this.datasets.createDataset(other);
		// The same article (same raw content) but cleaned differently here: words
		// shifted, one passage gone.
		this.fixtures.source(other, "Same article", null, null, null, ExchangeFixtures.FIRST);
		this.sources.replaceText(other, 1,
				"Editor's note: corrected. " + ExchangeFixtures.FIRST.strip().replace("$18.8 million", "$18.8m"));

		BundleImport merged = this.exchange.importBundle(shared, other, null, BundleLimits.defaults());

		assertThat(merged.alreadyThere()).containsEntry("sources", 1);
		assertThat(merged.orphaned()).isEqualTo(1);
		AnnotationView suspended = this.annotations.listAnnotations(other, 1, null)
			.stream()
			.filter(a -> a.exact().equals("suspended certain services"))
			.findFirst()
			.orElseThrow();
		String text = this.sources.showSource(other, 1).text();
		assertThat(text.substring(suspended.start(), suspended.end())).isEqualTo("suspended certain services");
		assertThat(this.annotations.listAnnotations(other, 1, null)).filteredOn(AnnotationView::orphan)
			.extracting(AnnotationView::exact)
			.containsExactly("$18.8 million");
	}

	@Test
	void aBundleFromBeforeClaimsWereDroppedStillImportsAndLeavesItsClaimsOut() throws IOException {
		Path file = this.folder.resolve("old.ccbundle");
		this.exchange.exportBundle(this.dataset, file);
		Map<String, byte[]> entries = unzip(Files.readAllBytes(file));
		String annotation = JsonMapper.builder()
			.build()
			.readTree(entries.get("annotations.json"))
			.get(0)
			.get("uid")
			.asString();
		String claim = "0f0e0d0c-0b0a-4908-8706-050403020100";
		Map<String, byte[]> old = with(entries, "claims.json",
				"[ { \"uid\" : \"" + claim + "\", \"num\" : 1,"
						+ " \"subject\" : \"Microsoft\", \"predicate\" : \"denies\", \"valueKind\" : \"text\","
						+ " \"value\" : \"\\\"surveillance\\\"\", \"createdAt\" : \"2024-05-01T10:00:00Z\" } ]");
		old = replace(old, "evidence.json", s -> s.replaceFirst("\\[", "[ { \"ownerKind\" : \"claim\", \"owner\" : \""
				+ claim + "\", \"annotation\" : \"" + annotation + "\", \"role\" : \"evidence\" },"));
		old = replace(old, "manifest.json", s -> {
			java.util.regex.Matcher evidence = java.util.regex.Pattern.compile("\"evidence\" : (\\d+)").matcher(s);
			assertThat(evidence.find()).isTrue();
			return s.replace("\"claims\" : 0", "\"claims\" : 1")
				.replace(evidence.group(), "\"evidence\" : " + (Integer.parseInt(evidence.group(1)) + 1));
		});
		Path older = this.folder.resolve("older.ccbundle");
		Files.write(older, zip(rehash(old)));

		BundleImport imported = this.exchange.importBundle(older, null, "older", BundleLimits.defaults());

		assertThat(imported.added()).containsEntry("claims", 0)
			.containsEntry("annotations", 6)
			.containsEntry("evidence", 5);
		Path again = this.folder.resolve("again.ccbundle");
		this.exchange.exportBundle("older", again);
		assertThat(new String(unzip(Files.readAllBytes(again)).get("claims.json"), StandardCharsets.UTF_8))
			.doesNotContain(claim);
	}

	@Test
	void importAsNewRefusesAnExistingNameAndSaysToUseInto() throws IOException {
		Path file = this.folder.resolve("story.ccbundle");
		this.exchange.exportBundle(this.dataset, file);
		String before = this.fixtures.everything();

		assertThatThrownBy(() -> this.exchange.importBundle(file, null, null, BundleLimits.defaults()))
			.isInstanceOf(CrosscheckException.class)
			.hasMessage("dataset " + this.dataset
					+ " exists already; merge the bundle into it, or import it as another dataset");
		assertThat(this.fixtures.everything()).isEqualTo(before);
	}

	@Test
	void everyRefusedBundleLeavesTheDatabaseAsItWas() throws IOException {
		Path file = this.folder.resolve("story.ccbundle");
		this.exchange.exportBundle(this.dataset, file);
		byte[] good = Files.readAllBytes(file);
		Map<String, byte[]> entries = unzip(good);
		String target = this.dataset;

		Map<String, Refusal> cases = new LinkedHashMap<>();
		cases.put("truncated", new Refusal(java.util.Arrays.copyOf(good, good.length / 2), BundleLimits.defaults(),
				"is not a complete ZIP archive"));
		byte[] flipped = good.clone();
		for (int i = good.length / 3; i < good.length / 3 + 40; i++) {
			flipped[i] ^= 0x5A;
		}
		cases.put("corrupted", new Refusal(flipped, BundleLimits.defaults(), "nothing was imported"));
		cases.put("tampered",
				new Refusal(
						zip(replace(entries, "sources.json", s -> s.replace("Microsoft denies", "Microsoft admits"))),
						BundleLimits.defaults(), "entry sources.json does not match its SHA-256 in the manifest"));
		cases.put("tampered with a forged manifest", new Refusal(
				zip(rehash(replace(entries, "sources.json", s -> s.replace("mass surveillance", "mass observation")))),
				BundleLimits.defaults(), "its text does not match its SHA-256"));
		cases.put("unknown version",
				new Refusal(
						zip(replace(entries, "manifest.json", s -> s.replace("\"version\" : 1", "\"version\" : 2"))),
						BundleLimits.defaults(), "is bundle version 2, but this Crosscheck reads version 1 only"));
		cases.put("parent path", new Refusal(zip(with(entries, "../outside.txt", "x")), BundleLimits.defaults(),
				"holds an entry named '../outside.txt' that points outside the bundle"));
		cases.put("absolute path", new Refusal(zip(with(entries, "/etc/crosscheck.txt", "x")), BundleLimits.defaults(),
				"holds an entry named '/etc/crosscheck.txt' that points outside the bundle"));
		cases.put("unexpected name", new Refusal(zip(with(entries, "notes.txt", "x")), BundleLimits.defaults(),
				"holds an unexpected entry 'notes.txt'"));
		cases.put("too many entries", new Refusal(good, new BundleLimits(5, BundleLimits.defaults().maxBytes()),
				"has 10 entries, over the limit of 5 (a Crosscheck bundle has 10); if you trust it, raise the entries limit"));
		cases.put("decompression bomb", new Refusal(
				zip(replace(entries, "sources.json", s -> " ".repeat(3 * 1024 * 1024) + s)), BundleLimits.of(null, 1),
				"entry sources.json unpacks to more than the limit of 1 MB; if you trust it, raise the bundle size limit"));
		cases.put("total size", new Refusal(
				zip(rehash(replace(replace(entries, "sources.json", s -> " ".repeat(700 * 1024) + s), "entities.json",
						s -> " ".repeat(700 * 1024) + s))),
				BundleLimits.of(null, 1),
				"unpacks to more than the limit of 1 MB in total (reached in entities.json); if you trust it, raise the bundle size limit"));
		cases.put("deep JSON",
				new Refusal(zip(rehash(replace(entries, "claims.json", s -> "[".repeat(200) + "]".repeat(200)))),
						BundleLimits.defaults(), "nests JSON deeper than the limit of 32 levels"));
		cases.put("dangling reference", new Refusal(
				zip(rehash(replace(entries, "evidence.json",
						s -> s.replaceFirst("\"annotation\":\"[0-9a-f-]+\"",
								"\"annotation\":\"00000000-0000-0000-0000-000000000000\"")))),
				BundleLimits.defaults(),
				"names annotation 00000000-0000-0000-0000-000000000000, which the bundle does not hold"));
		// Sound on paper, refused by the database halfway through the writes: the
		// transaction undoes the rest.
		cases.put("fails while writing",
				new Refusal(
						zip(rehash(replace(entries, "entities.json",
								s -> s.replaceFirst("\"name\":\"Satya Nadella\",\"num\":3,\"uid\":\"[0-9a-f-]+\"",
										"\"name\":\"" + "N".repeat(600) + "\",\"num\":3,\"uid\":\""
												+ java.util.UUID.randomUUID() + "\"")))),
						BundleLimits.defaults(), "could not be stored"));

		for (Map.Entry<String, Refusal> entry : cases.entrySet()) {
			Refusal refusal = entry.getValue();
			Path bad = this.folder.resolve(entry.getKey().replace(' ', '-') + ".ccbundle");
			Files.write(bad, refusal.bytes());
			String before = this.fixtures.everything();
			long revision = this.datasets.revision(target);
			for (String into : new String[] { target, null }) {
				String as = into == null ? "fresh-" + entry.getKey().replace(' ', '-') : null;
				assertThatThrownBy(() -> this.exchange.importBundle(bad, into, as, refusal.limits())).as(entry.getKey())
					.isInstanceOf(CrosscheckException.class)
					.hasMessageContaining(refusal.reason())
					.satisfies(ex -> assertThat(ex.getMessage()).as(entry.getKey())
						.doesNotContain("\n")
						.contains("nothing was imported"));
				assertThat(this.fixtures.everything()).as(entry.getKey()).isEqualTo(before);
				assertThat(this.datasets.revision(target)).as(entry.getKey()).isEqualTo(revision);
			}
		}
	}

	record Refusal(byte[] bytes, BundleLimits limits, String reason) {
	}

	static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		return entries;
	}

	static byte[] zip(Map<String, byte[]> entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	static Map<String, byte[]> replace(Map<String, byte[]> entries, String name, UnaryOperator<String> change) {
		Map<String, byte[]> copy = new LinkedHashMap<>(entries);
		String changed = change.apply(new String(entries.get(name), StandardCharsets.UTF_8));
		assertThat(changed).as("the test's change to " + name)
			.isNotEqualTo(new String(entries.get(name), StandardCharsets.UTF_8));
		copy.put(name, changed.getBytes(StandardCharsets.UTF_8));
		return copy;
	}

	static Map<String, byte[]> with(Map<String, byte[]> entries, String name, String content) {
		Map<String, byte[]> copy = new LinkedHashMap<>(entries);
		copy.put(name, content.getBytes(StandardCharsets.UTF_8));
		return copy;
	}

	/**
	 * The entries with a manifest whose hashes match them again, as a forger would make
	 * it.
	 */
	static Map<String, byte[]> rehash(Map<String, byte[]> entries) {
		String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
		for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
			if (!entry.getKey().equals("manifest.json")) {
				manifest = manifest.replaceAll(
						"(\"" + java.util.regex.Pattern.quote(entry.getKey()) + "\" : \")[0-9a-f]{64}",
						"$1" + org.crosscheck.exchange.internal.Hashes.sha256(entry.getValue()));
			}
		}
		Map<String, byte[]> copy = new LinkedHashMap<>(entries);
		copy.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
		return copy;
	}

}
