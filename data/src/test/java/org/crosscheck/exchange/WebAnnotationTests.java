package org.crosscheck.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crosscheck.TestHome;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.AnnotationView;
import org.crosscheck.common.CrosscheckException;
import org.crosscheck.source.SourceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class WebAnnotationTests {

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestHome.register(registry);
	}

	@Autowired
	ExchangeService exchange;

	@Autowired
	ExchangeFixtures fixtures;

	@Autowired
	AnnotationService annotations;

	@Autowired
	SourceService sources;

	@TempDir
	Path folder;

	String dataset;

	@BeforeEach
	void investigation(TestInfo info) {
		this.dataset = info.getTestMethod().orElseThrow().getName();
		this.fixtures.investigation(this.dataset);
	}

	@Test
	void everyExportedAnnotationPassesEveryMustAssertionOfTheW3cTestSuite() throws IOException {
		// An orphan too: its words corrected away, it leaves with the quote selector
		// only.
		this.sources.correctText(this.dataset, 1, "last September", "in September 2025");
		Path file = this.folder.resolve("annotations.jsonld");

		ExportReport report = this.exchange.exportW3c(this.dataset, file);

		List<W3cAssertions.Assertion> musts = W3cAssertions.musts();
		assertThat(musts).hasSize(54);
		JsonNode collection = W3cAssertions.JSON.readTree(file.toFile());
		assertThat(collection.get("type").asText()).isEqualTo("AnnotationCollection");
		assertThat(collection.get("total").asInt()).isEqualTo(6);
		JsonNode items = collection.get("first").get("items");
		assertThat(items).hasSize(6);
		assertThat(report.counts()).containsEntry("orphans", 1);
		for (JsonNode annotation : items) {
			assertThat(W3cAssertions.failures(musts, annotation)).as(annotation.get("id").asText()).isEmpty();
		}
		JsonNode claim = items.get(0);
		assertThat(claim.get("motivation").asText()).isEqualTo("assessing");
		assertThat(claim.get("target").get("source").asText()).isEqualTo("https://example.org/news/microsoft-ice");
		assertThat(claim.get("target").get("selector").get(1).get("start").asInt()).isEqualTo(156);
		assertThat(claim.get("body").toString()).contains("\"purpose\":\"tagging\"", "\"value\":\"wording\"",
				"\"purpose\":\"classifying\"");
		assertThat(items.get(3).get("target").get("source").asText()).startsWith("urn:crosscheck:source:");
		assertThat(items.get(5).get("target").get("selector")).hasSize(1);
	}

	@Test
	void theSuiteCatchesAnnotationsThatBreakAMust() throws IOException {
		Path file = this.folder.resolve("annotations.jsonld");
		this.exchange.exportW3c(this.dataset, file);
		List<W3cAssertions.Assertion> musts = W3cAssertions.musts();
		ObjectNode annotation = (ObjectNode) W3cAssertions.JSON.readTree(file.toFile())
			.get("first")
			.get("items")
			.get(0);

		ObjectNode noContext = annotation.deepCopy();
		noContext.remove("@context");
		ObjectNode badCreated = annotation.deepCopy();
		badCreated.put("created", "yesterday");
		ObjectNode bodyAndValue = annotation.deepCopy();
		bodyAndValue.put("bodyValue", "both");

		assertThat(W3cAssertions.failures(musts, noContext))
			.anySatisfy(f -> assertThat(f).startsWith("annotations/3.1-annotationContextValidated.json"));
		assertThat(W3cAssertions.failures(musts, badCreated))
			.anySatisfy(f -> assertThat(f).contains("3.3.1-annotationCreatedValidated"));
		assertThat(W3cAssertions.failures(musts, bodyAndValue))
			.anySatisfy(f -> assertThat(f).contains("3.2.5-notBodyBodyValue"));
	}

	@Test
	void exportedAnnotationsImportBackAtTheSameWords() throws IOException {
		Path file = this.folder.resolve("annotations.jsonld");
		this.exchange.exportW3c(this.dataset, file);
		List<AnnotationView> before = this.annotations.listAnnotations(this.dataset, null, null);
		AnnotationImport again = this.exchange.importW3c(this.dataset, file);
		assertThat(again.alreadyThere()).isEqualTo(6);
		assertThat(again.anchored()).isZero();
		for (AnnotationView annotation : before) {
			this.annotations.remove(this.dataset, annotation.id());
		}

		AnnotationImport imported = this.exchange.importW3c(this.dataset, file);

		assertThat(imported.anchored()).isEqualTo(6);
		assertThat(imported.orphans()).isEmpty();
		List<AnnotationView> after = this.annotations.listAnnotations(this.dataset, null, null);
		assertThat(after)
			.extracting(AnnotationView::uid, AnnotationView::source, AnnotationView::start, AnnotationView::end,
					AnnotationView::kind, AnnotationView::note, AnnotationView::tags, AnnotationView::author)
			.containsExactlyElementsOf(before.stream()
				.map(a -> org.assertj.core.groups.Tuple.tuple(a.uid(), a.source(), a.start(), a.end(), a.kind(),
						a.note(), a.tags(), a.author()))
				.toList());
	}

	@Test
	void importAnchorsByQuoteAndPositionReportsOrphansAndRefusesAnnotationsWithoutTargetOrSelector()
			throws IOException {
		Path file = copy("/exchange/w3c-import/page.jsonld");

		AnnotationImport result = this.exchange.importW3c(this.dataset, file);

		assertThat(result.read()).isEqualTo(5);
		assertThat(result.anchored()).isEqualTo(2);
		assertThat(result.orphans()).singleElement().asString().contains("Microsoft sold ICE a new supercomputer");
		assertThat(result.refused()).hasSize(2)
			.anySatisfy(line -> assertThat(line).contains("anno/4").contains("has no target"))
			.anySatisfy(line -> assertThat(line).contains("anno/5").contains("no selector"));
		List<AnnotationView> imported = this.annotations.listAnnotations(this.dataset, 1, null)
			.stream()
			.filter(a -> "import".equals(a.origin()))
			.toList();
		assertThat(imported).hasSize(3);
		AnnotationView quote = imported.get(0);
		assertThat(quote.exact()).isEqualTo("\"We do not provide technology for mass surveillance,\"");
		assertThat(quote.kind()).isEqualTo("quote");
		assertThat(quote.author()).isEqualTo("Ada Reporter");
		assertThat(quote.created()).isEqualTo("2026-02-24T08:00:00Z");
		assertThat(quote.tags()).containsExactly("quote-check");
		AnnotationView ice = imported.get(1);
		assertThat(ice.start()).as("the second ICE, the one the position points to").isEqualTo(280);
		assertThat(ice.kind()).isEqualTo("entity");
		assertThat(imported.get(2).orphan()).isTrue();
		assertThat(imported.get(2).note()).isEqualTo("Not in this version of the article.");

		AnnotationImport again = this.exchange.importW3c(this.dataset, file);
		assertThat(again.alreadyThere()).isEqualTo(3);
		assertThat(again.anchored()).isZero();
	}

	@Test
	void aFileThatIsNotJsonIsRefusedWhole() throws IOException {
		Path file = this.folder.resolve("notes.jsonld");
		Files.writeString(file, "<html>not annotations</html>");
		String before = this.fixtures.everything();

		assertThatThrownBy(() -> this.exchange.importW3c(this.dataset, file)).isInstanceOf(CrosscheckException.class)
			.hasMessageStartingWith("notes.jsonld is not JSON (")
			.hasMessageEndingWith("; nothing was imported");
		assertThat(this.fixtures.everything()).isEqualTo(before);
	}

	@Test
	void hypothesisSearchResultAnchorsByQuoteMatchesUrlsLooselyAndReportsTheRest() throws IOException {
		Path file = copy("/exchange/hypothesis/search-result.json");

		AnnotationImport result = this.exchange.importHypothesis(this.dataset, file);

		assertThat(result.read()).isEqualTo(5);
		assertThat(result.anchored()).isEqualTo(2);
		assertThat(result.orphans()).singleElement().asString().contains("Microsoft sold ICE a new supercomputer");
		assertThat(result.refused()).singleElement()
			.asString()
			.contains("d1Pq3vDkEe6aS0Mg5oBt3C")
			.contains("page note");
		assertThat(result.unmatched()).singleElement()
			.asString()
			.contains("https://elsewhere.example.com/another-story");
		List<AnnotationView> imported = this.annotations.listAnnotations(this.dataset, 1, null)
			.stream()
			.filter(a -> "import".equals(a.origin()))
			.toList();
		AnnotationView wording = imported.get(0);
		assertThat(wording.exact()).isEqualTo("suspended certain services");
		assertThat(wording.note()).startsWith("Other outlets say");
		assertThat(wording.tags()).containsExactly("wording", "microsoft");
		assertThat(wording.author()).isEqualTo("lena_checks@hypothes.is");
		assertThat(wording.created()).isEqualTo("2026-02-23T10:15:42.120391Z");
		assertThat(imported.get(1).start()).isEqualTo(280);
		assertThat(imported.get(1).kind()).isEqualTo("entity");
		assertThat(imported.get(2).orphan()).isTrue();

		assertThat(this.exchange.importHypothesis(this.dataset, file).alreadyThere()).isEqualTo(3);
	}

	private Path copy(String resource) throws IOException {
		Path file = this.folder.resolve(Path.of(resource).getFileName().toString());
		try (var in = getClass().getResourceAsStream(resource)) {
			Files.copy(in, file);
		}
		return file;
	}

}
