package org.crosscheck.exchange.internal;

import java.nio.charset.StandardCharsets;

import org.crosscheck.common.CrosscheckException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The refusals of an annotation file, before the database is touched. */
class AnnotationFilesTests {

	private static byte[] nested(int depth, String inside) {
		return ("{\"a\":".repeat(depth - 1) + inside + "}".repeat(depth - 1)).getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void w3cFileNestedDeeperThanTheLimitIsRefusedNamingTheLimit() {
		assertThatThrownBy(() -> AnnotationFiles.w3c("deep.jsonld", nested(Json.MAX_DEPTH + 1, "{}")))
			.isInstanceOf(CrosscheckException.class)
			.hasMessage("deep.jsonld nests JSON deeper than the limit of 32 levels; no W3C Web Annotation needs that"
					+ " many, so nothing was imported");
	}

	@Test
	void hypothesisFileNestedDeeperThanTheLimitIsRefusedNamingTheLimit() {
		assertThatThrownBy(() -> AnnotationFiles.hypothesis("deep.json", nested(10_000, "[]")))
			.isInstanceOf(CrosscheckException.class)
			.hasMessageStartingWith("deep.json nests JSON deeper than the limit of 32 levels");
	}

	@Test
	void nestingUpToTheLimitIsRead() {
		byte[] page = ("{\"type\": \"AnnotationPage\", \"items\": [], \"deep\": "
				+ new String(nested(Json.MAX_DEPTH - 1, "{}"), StandardCharsets.UTF_8) + "}")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(AnnotationFiles.w3c("ok.jsonld", page).annotations()).isEmpty();
	}

	@Test
	void fileThatIsNotJsonIsRefusedWithTheParsersFirstLine() {
		assertThatThrownBy(() -> AnnotationFiles.w3c("notes.txt", "not json".getBytes(StandardCharsets.UTF_8)))
			.hasMessageStartingWith("notes.txt is not JSON (")
			.hasMessageEndingWith("); nothing was imported");
	}

	// Found by AnnotationFilesFuzzTest#readW3c: Jackson 3 throws when an object is read
	// as a string.
	@Test
	void itemWhoseTypeIsAnObjectIsRefusedAloneNotTheFile() {
		String page = """
				{"type": "AnnotationPage", "items": [
				  {"id": "https://annotations.example.net/anno/4", "type": {"type": "Person", "name": "Ada"}}
				]}
				""";

		AnnotationFiles.Read read = AnnotationFiles.w3c("page.jsonld", page.getBytes(StandardCharsets.UTF_8));

		assertThat(read.annotations()).isEmpty();
		assertThat(read.refused()).containsExactly("item 1 (https://annotations.example.net/anno/4): not an Annotation"
				+ " (its type is not \"Annotation\")");
	}

	@Test
	void fileWhoseTypeIsAnObjectIsRefusedWithTheReason() {
		assertThatThrownBy(
				() -> AnnotationFiles.w3c("odd.jsonld", "{\"type\": [{}, []]}".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(CrosscheckException.class)
			.hasMessageContaining("it is not a W3C Web Annotation, AnnotationPage or AnnotationCollection");
	}

	@Test
	void collectionLinkingItsFirstPageIsRefusedOnOneLine() {
		String collection = "{\"type\": \"AnnotationCollection\", \"first\": \"https://example.org/p1\\n2\"}";
		assertThatThrownBy(() -> AnnotationFiles.w3c("c.jsonld", collection.getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("its first page is not embedded (only linked as https://example.org/p1\\u000A2)")
			.hasMessageNotContaining("\n");
		assertThatThrownBy(() -> AnnotationFiles.w3c("c.jsonld",
				"{\"type\": \"AnnotationCollection\", \"first\": [1]}".getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("its first page is not embedded (not an object)");
	}

	@Test
	void foreignIdsAreQuotedOnOneLineInTheRefusedItems() {
		String page = "{\"type\": \"AnnotationPage\", \"items\": [{\"id\": \"a\\nb\", \"type\": \"Annotation\"}]}";

		AnnotationFiles.Read read = AnnotationFiles.w3c("page.jsonld", page.getBytes(StandardCharsets.UTF_8));

		assertThat(read.refused()).singleElement().asString().startsWith("item 1 (a\\u000Ab): ").doesNotContain("\n");
	}

	@Test
	void printableEscapesLineBreaksAndControlsAndKeepsTheRest() {
		assertThat(Printable.of("sources.json")).isEqualTo("sources.json");
		assertThat(Printable.of("a\u2028b\tc")).isEqualTo("a\\u2028b\\u0009c");
		assertThat(Printable.of("x".repeat(100))).isEqualTo("x".repeat(80) + "...");
	}

	// Found by review after fuzzing: Jackson 3's asInt() throws on 1e30 where Jackson 2
	// returned 0.
	@Test
	void hypothesisPositionsThatAreNoIntegersAreIgnored() {
		String row = """
				{"id": "h1", "uri": "https://example.org/news/microsoft-ice", "target": [{"selector": [
				  {"type": "TextQuoteSelector", "exact": "mass surveillance"},
				  {"type": "TextPositionSelector", "start": 1e30, "end": 99999999999999999999},
				  {"type": "TextPositionSelector", "start": 2.5, "end": 7.5}
				]}]}
				""";

		AnnotationFiles.Read read = AnnotationFiles.hypothesis("h.json", row.getBytes(StandardCharsets.UTF_8));

		assertThat(read.annotations()).singleElement().satisfies(annotation -> {
			assertThat(annotation.exact()).isEqualTo("mass surveillance");
			assertThat(annotation.start()).isNull();
		});
	}

}
