package org.crosscheck.source.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Markdown articles written for the tests. */
class MarkdownCleaningTest {

	@Test
	void rendersParagraphsWithLinksAsTheirWordsAndDropsImagesAndLinkLists() {
		ReadDocument read = CleaningFixtures.read("article.md");
		assertThat(read.format()).isEqualTo(SourceFormat.MARKDOWN);
		assertThat(read.cleaned().text().lines()).containsExactly(
				"The city council voted on Monday to cut the library service's budget by 20 percent, closing two branches and reducing opening hours at the rest.",
				"Councillors approved the plan by 31 votes to 24 after a debate that lasted more than four hours. The finance committee had warned of a gap of 4.5 million pounds in next year's budget.",
				"\"Libraries are the last free indoor space many people have,\" said Priya Nair, who runs a reading group at one of the branches due to close.");
	}

	@Test
	void takesFirstLevelHeadingAsTitleAndPublishedLineAsDate() {
		CleanedDocument cleaned = CleaningFixtures.clean("article.md");
		assertThat(cleaned.title()).isEqualTo("Library budget cut by a fifth as council seeks savings");
		assertThat(cleaned.published()).isEqualTo("2026-03-03T11:00Z");
		assertThat(cleaned.text()).doesNotContain("Market Street", "Reaction", "Council tax", "Share on", "https://",
				"Published");
	}

	@Test
	void readsFrontMatterMetadata() {
		String markdown = """
				---
				title: "Ferry operator fined for late sailings"
				date: 2026-02-18T10:00:00-05:00
				author: Sam Okafor
				url: https://harbour.example/ferry-fine
				publisher: Harbour Gazette
				---
				The ferry operator was fined on Wednesday for running a third of its sailings late during the winter.

				It has thirty days to appeal against the decision, the regulator said.
				""";
		CleanedDocument cleaned = new DocumentReader().read("ferry.md", markdown.getBytes(StandardCharsets.UTF_8))
			.cleaned();
		assertThat(cleaned.title()).isEqualTo("Ferry operator fined for late sailings");
		assertThat(cleaned.published()).isEqualTo("2026-02-18T10:00-05:00");
		assertThat(cleaned.author()).isEqualTo("Sam Okafor");
		assertThat(cleaned.url()).isEqualTo("https://harbour.example/ferry-fine");
		assertThat(cleaned.outlet()).isEqualTo("Harbour Gazette");
		assertThat(cleaned.text().lines()).hasSize(2).noneMatch(line -> line.contains("---"));
	}

	@Test
	void skipsAnEmptyFrontMatterBlock() {
		String markdown = "---\n---\nThe harbour board met on Tuesday to approve the new timetable for the ferries.\n";
		CleanedDocument cleaned = new DocumentReader().read("empty.md", markdown.getBytes(StandardCharsets.UTF_8))
			.cleaned();
		assertThat(cleaned.text())
			.isEqualTo("The harbour board met on Tuesday to approve the new timetable for the ferries.");
	}

}
