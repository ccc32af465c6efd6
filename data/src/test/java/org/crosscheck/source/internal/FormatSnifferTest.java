package org.crosscheck.source.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The format of a file, from its extension or, when that says nothing, its content. */
class FormatSnifferTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "story.html, HTML", "STORY.HTM, HTML", "page.xhtml, HTML", "notes.md, MARKDOWN",
			"notes.markdown, MARKDOWN", "dump.txt, TEXT", "archive/2026.02/dump.TXT, TEXT" })
	void decidesByExtensionWhateverTheContent(String fileName, SourceFormat expected) {
		assertThat(FormatSniffer.detect(fileName, "# Heading\nPlain words [and](links) here.")).isEqualTo(expected);
		assertThat(FormatSniffer.detect(fileName, "Plain words.")).isEqualTo(expected);
	}

	@Test
	void takesUnknownExtensionsAndNoExtensionForPlainTextUnlessTheContentSaysOtherwise() {
		assertThat(FormatSniffer.detect("export.csv", "Plain words, nothing else.")).isEqualTo(SourceFormat.TEXT);
		assertThat(FormatSniffer.detect("archive/2026.02/story", "Plain words.")).isEqualTo(SourceFormat.TEXT);
	}

	@Test
	void sniffsHtmlByDoctypeWhenTheExtensionSaysNothing() {
		assertThat(FormatSniffer.detect("download", "\n  <!DOCTYPE html><html><body><p>Hi</p></body></html>"))
			.isEqualTo(SourceFormat.HTML);
		assertThat(FormatSniffer.detect("page.php", "<html lang=\"en\"><p>Hi</p></html>")).isEqualTo(SourceFormat.HTML);
	}

	@Test
	void sniffsHtmlFragmentByItsManyTags() {
		String fragment = "<div><p>One</p><p>Two</p><p>Three</p><p>Four</p><p>Five</p></div>";
		assertThat(FormatSniffer.detect("fragment", fragment)).isEqualTo(SourceFormat.HTML);
	}

	@Test
	void sniffsHtmlSavedUnderATextExtension() {
		assertThat(FormatSniffer.detect("saved.txt", "<!doctype html><title>x</title>")).isEqualTo(SourceFormat.HTML);
	}

	@Test
	void sniffsMarkdownByHeadingsAndLinks() {
		assertThat(FormatSniffer.detect("README", "# Title\n\nSee [the report](https://example.org/r).\n"))
			.isEqualTo(SourceFormat.MARKDOWN);
	}

	@Test
	void takesTextWithAFewAngleBracketsForPlainText() {
		assertThat(FormatSniffer.detect("note", "The vote was 5 < 7 and <b> was mentioned once."))
			.isEqualTo(SourceFormat.TEXT);
	}

}
