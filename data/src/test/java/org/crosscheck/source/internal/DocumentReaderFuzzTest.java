package org.crosscheck.source.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.crosscheck.common.FuzzChecks;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the import of one file: decoding, format sniffing and the text, HTML and
 * Markdown cleaners. Seeds are the demo articles and the cleaning fixtures; see
 * data/FUZZING.md.
 */
class DocumentReaderFuzzTest {

	private static final DocumentReader READER = new DocumentReader();

	/** A file without extension: the format is sniffed from the content. */
	@FuzzTest
	@Timeout(10)
	void readUnnamedFile(byte[] bytes) {
		read("input", bytes);
	}

	/** A file named .html: every input goes through the HTML cleaner. */
	@FuzzTest
	@Timeout(10)
	void readHtmlFile(byte[] bytes) {
		read("page.html", bytes);
	}

	/** A file named .md: every input goes through the Markdown cleaner. */
	@FuzzTest
	@Timeout(10)
	void readMarkdownFile(byte[] bytes) {
		read("notes.md", bytes);
	}

	private static void read(String fileName, byte[] bytes) {
		FuzzChecks.onlyClearRefusals(() -> {
			ReadDocument document = READER.read(fileName, bytes);
			assertThat(document.cleaned().text()).isNotNull().doesNotContain("\n\n");
		});
	}

}
