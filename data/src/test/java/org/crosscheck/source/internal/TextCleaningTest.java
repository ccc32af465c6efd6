package org.crosscheck.source.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Plain-text pages written for the tests: furniture is recognised by its shape. */
class TextCleaningTest {

	@Test
	void dropsMostReadListOfNumberedHeadlinesWithItsHeading() {
		CleanedDocument cleaned = CleaningFixtures.clean("most-read.txt");
		assertThat(cleaned.text()).doesNotContain("Most read", "parking charges", "Tram line", "Stadium concert",
				"bakery", "Heavy rain");
		assertThat(cleaned.text().lines()).containsExactly(
				"The city's water utility has been fined 1.2 million euros by the national regulator for failing to repair leaking mains within the agreed time.",
				"The regulator said the utility had missed its own repair deadlines on 312 occasions last year, leaving some districts with low pressure for weeks.",
				"\"We accept the decision and have already hired two more repair crews,\" a spokeswoman for the utility said.");
	}

	@Test
	void takesHeadlineAfterMenuBylineAndPublishedStampAsMetadata() {
		CleanedDocument cleaned = CleaningFixtures.clean("most-read.txt");
		assertThat(cleaned.title()).isEqualTo("City water utility fined over delayed pipe repairs");
		assertThat(cleaned.author()).isEqualTo("Lena Ortmann");
		assertThat(cleaned.published()).isEqualTo("2026-04-09T14:05+02:00");
		assertThat(cleaned.text()).doesNotContain("Skip to main content", "Politics", "By Lena", "Published", "Share",
				"Tweet", "©");
	}

	@Test
	void dropsTrendingListWithHoursAgoStampsEvenWhereAHeadlineEndsWithAFullStop() {
		CleanedDocument cleaned = CleaningFixtures.clean("trending.txt");
		assertThat(cleaned.text()).doesNotContain("Trending", "Farmers protest", "drought plan", "inquiry into mine",
				"School closures", "hours ago", "yesterday", "Read More");
		assertThat(cleaned.text().lines()).containsExactly(
				"Residents downstream of the copper mine will receive bottled water for at least six months under an agreement signed with the regional government on Friday.",
				"The mining company also agreed to pay for the clean-up of a 20-kilometre stretch of the river, which turned orange after a tailings dam leaked in January.",
				"Fishermen say their catch has halved since the spill.",
				"The regional laboratory will publish water tests every week until the river is declared safe again.");
	}

	@Test
	void dropsAudioPromptAndPhotoCreditAroundTheHeadline() {
		CleanedDocument cleaned = CleaningFixtures.clean("trending.txt");
		assertThat(cleaned.title()).isEqualTo("Mining company agrees to clean up river after spill");
		assertThat(cleaned.text()).doesNotContain("Listen to this article", "Photo:", "Testing");
	}

	@Test
	void keepsShortSentenceParagraphsAndQuotesInsideTheStory() {
		String text = clean("""
				Officials said the bridge would reopen next week after repairs to its supports were finished.
				It did not.
				"We were told Monday," said one driver who crosses the river every day to get to work.
				Engineers found more damage when they removed the old deck, the city said in a statement.
				""");
		assertThat(text.lines()).containsExactly(
				"Officials said the bridge would reopen next week after repairs to its supports were finished.",
				"It did not.",
				"\"We were told Monday,\" said one driver who crosses the river every day to get to work.",
				"Engineers found more damage when they removed the old deck, the city said in a statement.");
	}

	@Test
	void keepsBulletedListInsideTheStoryButDropsItsSubheading() {
		String text = clean("""
				The audit found three main failings in how the agency bought its software over the past five years.
				Key findings
				- contracts were extended without a new tender
				- licences were bought for staff who had left
				- no one checked the invoices against deliveries
				The agency said it would respond to the audit in full before the end of the month.
				""");
		assertThat(text.lines()).containsExactly(
				"The audit found three main failings in how the agency bought its software over the past five years.",
				"- contracts were extended without a new tender", "- licences were bought for staff who had left",
				"- no one checked the invoices against deliveries",
				"The agency said it would respond to the audit in full before the end of the month.");
	}

	@Test
	void keepsNumberedSentencesAsTheArticlesOwnList() {
		String text = clean("""
				The union set out its demands in a letter to the board on Thursday morning.
				1. Wages must rise in line with inflation.
				2. No site may close before the end of next year.
				3. Night shifts must be paid at a higher rate.
				The board said it would reply within a week.
				""");
		assertThat(text.lines()).hasSize(5).contains("2. No site may close before the end of next year.");
	}

	@Test
	void keepsReutersDatelineParagraphAndDropsProductionCredits() {
		String text = clean(
				"""
						OSLO, March 2 (Reuters) - Norway's wealth fund said on Monday it had sold its stake in a shipping company over concerns about safety.
						The fund, one of the world's largest investors, did not say how much the stake was worth.
						Reporting by Nora Lund; Editing by Tom Hale
						""");
		assertThat(text.lines()).containsExactly(
				"OSLO, March 2 (Reuters) - Norway's wealth fund said on Monday it had sold its stake in a shipping company over concerns about safety.",
				"The fund, one of the world's largest investors, did not say how much the stake was worth.");
	}

	@Test
	void dropsUpdatedStampAndCallToActionLinesWithHeadlines() {
		CleanedDocument cleaned = cleanDocument(
				"""
						Hospital waiting lists grow for third month
						Updated: 2 hours ago
						Waiting lists at the region's hospitals grew for the third month in a row, figures published on Tuesday show.
						Read more: Nurses vote to accept pay offer
						The health board said it had opened two new theatres to cut the backlog by the summer.
						Subscribe to our newsletter
						""");
		assertThat(cleaned.title()).isEqualTo("Hospital waiting lists grow for third month");
		assertThat(cleaned.published()).isNull();
		assertThat(cleaned.text().lines()).containsExactly(
				"Waiting lists at the region's hospitals grew for the third month in a row, figures published on Tuesday show.",
				"The health board said it had opened two new theatres to cut the backlog by the summer.");
	}

	@Test
	void parsesASingleDatelineBetweenParagraphsAndRemovesIt() {
		CleanedDocument cleaned = cleanDocument("""
				The museum will reopen its east wing on Saturday after a two-year renovation costing 8 million euros.
				21 February 2026 09:05 GMT
				Tickets for the first weekend sold out within an hour, the museum said on its website.
				""");
		assertThat(cleaned.published()).isEqualTo("2026-02-21T09:05Z");
		assertThat(cleaned.text()).doesNotContain("09:05");
	}

	@Test
	void joinsHardWrappedLinesIntoParagraphs() {
		String text = clean("""
				The port authority said on Tuesday that it had agreed to buy two new
				tugboats from a shipyard in the north, at a cost of 14 million euros,
				to replace vessels that are more than forty years old.

				The boats are due to arrive in the spring of next year, and the old
				ones will be sold, the authority said in a statement to the press on
				Tuesday afternoon after its monthly board meeting.

				Workers at the port welcomed the decision but said that the crews
				would need training before the new boats could enter service fully.
				""");
		assertThat(text.lines()).hasSize(3)
			.first()
			.asString()
			.startsWith("The port authority said")
			.endsWith("more than forty years old.");
	}

	@Test
	void doesNotMergeShortOneLineParagraphsOfSimilarLength() {
		String text = clean("""
				The council met on Monday to discuss the new parking rules for the old town.
				Residents had asked for more spaces near the market square and the school.
				Shop owners said the current charges kept customers away on weekdays.
				The mayor promised to publish a revised plan before the summer holidays.
				A public meeting on the plan will be held in the town hall next month.
				Councillors from both parties said they would support a trial period.
				The police said they would not change the way they enforce the rules.
				The revised plan must be approved by the regional authority as well.
				""");
		assertThat(text.lines()).hasSize(8);
	}

	@Test
	void takesNoBreadcrumbTrailForTheTitle() {
		CleanedDocument cleaned = cleanDocument("""
				Home » World » Europe
				Canal tolls to double from next year
				Shipping companies will pay twice as much to use the canal from January, its operator said on Thursday.
				""");
		assertThat(cleaned.title()).isEqualTo("Canal tolls to double from next year");
		assertThat(cleaned.text()).doesNotContain("Home");
	}

	@Test
	void takesNoPublicationDateFromADateSubheadingInsideTheStory() {
		CleanedDocument cleaned = cleanDocument("""
				The strike began with a walkout at the main depot and spread to three other sites within days.
				March 3, 2026
				Drivers at the northern depot joined the strike, halting most bus services in the city.
				March 5, 2026
				Talks between the union and the operator broke down after six hours without agreement.
				""");
		assertThat(cleaned.published()).isNull();
		assertThat(cleaned.text().lines()).hasSize(3);
	}

	@Test
	void keepsAllLinesWithAWarningWhenNoArticleTextIsRecognised() {
		ReadDocument read = new DocumentReader().read("list.txt",
				"Apples\nPears\nPlums\n".getBytes(StandardCharsets.UTF_8));
		assertThat(read.cleaned().text()).isEqualTo("Apples\nPears\nPlums");
		assertThat(read.warnings()).containsExactly("no article text recognised; kept all lines");
	}

	@Test
	void collapsesWhitespaceAndNormalisesLineEndings() {
		String text = clean(
				"  The council  approved\tthe plan\u00A0on Monday by a large majority of its members.  \r\n\r\n"
						+ "It will take effect in June, a spokesman for the council said on Tuesday.\r");
		assertThat(text).isEqualTo("The council approved the plan on Monday by a large majority of its members.\n"
				+ "It will take effect in June, a spokesman for the council said on Tuesday.");
	}

	@Test
	void cleansALongPageWithRepeatedFurnitureEverywhere() {
		StringBuilder page = new StringBuilder();
		List<String> furniture = List.of("Latest", "-", "A headline about something else entirely", "3 minutes -",
				"Another headline about another matter", "1 hour ago", "Share", "Photo: Agency");
		int line = 0;
		while (page.length() < 1024 * 1024) {
			page.append("Paragraph ")
				.append(line++)
				.append(" of a long article says what the council decided, when it decided it and why it matters to readers.\n");
			if (line % 20 == 0) {
				furniture.forEach(item -> page.append(item).append('\n'));
			}
		}
		// Throughput is measured by the end-to-end benchmark, not here.
		String cleaned = DocumentReader.cleanText(TextLines.normalize(page.toString()), new ArrayList<>()).text();
		assertThat(cleaned).doesNotContain("headline", "minutes", "Share")
			.contains("Paragraph " + (line - 1) + " of a long");
	}

	private static String clean(String text) {
		return cleanDocument(text).text();
	}

	private static CleanedDocument cleanDocument(String text) {
		return new DocumentReader().read("page.txt", text.getBytes(StandardCharsets.UTF_8)).cleaned();
	}

}
