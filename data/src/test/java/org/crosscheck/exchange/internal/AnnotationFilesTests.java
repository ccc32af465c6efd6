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
				+ new String(nested(Json.MAX_DEPTH - 1, "{}"), StandardCharsets.UTF_8) + "}").getBytes(StandardCharsets.UTF_8);
		assertThat(AnnotationFiles.w3c("ok.jsonld", page).annotations()).isEmpty();
	}

	@Test
	void fileThatIsNotJsonIsRefusedWithTheParsersFirstLine() {
		assertThatThrownBy(() -> AnnotationFiles.w3c("notes.txt", "not json".getBytes(StandardCharsets.UTF_8)))
			.hasMessageStartingWith("notes.txt is not JSON (")
			.hasMessageEndingWith("); nothing was imported");
	}

}
