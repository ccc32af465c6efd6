package org.crosscheck.source.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The two real seed articles: their furniture goes, every story paragraph stays, in
 * order.
 */
class SeedArticleCleaningTest {

	private static final String SEED_000 = "000_3a11150c10aa050c.txt";

	private static final String SEED_001 = "001_e1158af618fabb23.txt";

	private static final List<String> SEED_000_PARAGRAPHS = List.of(
			"Microsoft has said it does not believe that the US Immigration and Customs Enforcement (ICE) agency is using its technology for “mass surveillance of civilians”.",
			"The company’s clarification came after a media report raised concerns about how its cloud services were being used by the agency.",
			"In a statement to Reuters, a Microsoft spokesperson said the firm provides cloud-based productivity and collaboration tools to the Department of Homeland Security (DHS), of which ICE is a part, and to ICE itself through key partners.",
			"“Microsoft policies and terms of service do not allow our technology to be used for the mass surveillance of civilians, and we do not believe ICE is engaged in such activity,” the spokesperson said.",
			"The company also noted that it believes the US Congress, the executive branch and the courts should define clear legal boundaries on how emerging technologies can be used by law enforcement agencies.",
			"Microsoft’s response followed a report by The Guardian, which claimed that ICE expanded its use of Microsoft’s cloud services last year while increasing arrest and deportation operations.",
			"The report, based on leaked documents, said ICE more than tripled the amount of data stored on Microsoft’s Azure cloud platform in the six months leading up to January 2026. During the same period, the agency’s budget and workforce also grew.",
			"According to the publication, ICE appeared to be using Microsoft’s productivity tools and certain AI-based products to search and analyse data stored on Azure.",
			"This is not the first time Microsoft has faced scrutiny over the use of its technology by government bodies. In September 2025, the company said it had suspended certain services used by an Israeli military unit after preliminary evidence supported a media investigation into alleged mass surveillance of Palestinian phone calls. The issue had also sparked internal protests, and some employees involved were dismissed.",
			"ICE declined to comment on specific tools or investigative methods used in ongoing cases. However, it told Reuters that it uses various technologies to support the arrest of criminals.",
			"Several major technology firms hold contracts with ICE. According to reports, Dell, AT&T and Palantir are among the largest contractors.",
			"Forbes reported that Dell’s government contracting arm received $18.8 million in April 2025 to support ICE’s chief information officer, including the purchase of Microsoft Enterprise software licences.",
			"AT&T secured a $90.7 million contract in 2021 to provide IT and network solutions, along with support services. The contract runs until September, with a possible extension until 2032 that could increase its total value to $165.2 million.",
			"Palantir was awarded a $139.3 million contract in 2022 for investigative case management operations, maintenance support and custom enhancements.");

	private static final List<String> SEED_001_PARAGRAPHS = List.of(
			"Microsoft said on Wednesday it did not think the U.S. Immigration and Customs Enforcement agency was using its technology for mass surveillance of civilians, but added that it provided cloud-based productivity and collaboration tools to ICE.",
			"The statement from the technology company came in response to a report by The Guardian that said ICE deepened its reliance on Microsoft's cloud technology last year as the agency ramped up arrest and deportation operations. The newspaper cited leaked documents.",
			"ICE more than tripled the amount of data it stored in Microsoft's Azure cloud platform in the six months leading up to January 2026, a period in which the agency's budget swelled and its workforce rapidly expanded, The Guardian reported, adding ICE appeared to be using a range of Microsoft's productivity tools, as well as AI-driven products, to search and analyze the data it holds in Azure.",
			"\"As we've previously said, Microsoft provides cloud-based productivity and collaboration tools to DHS (Department of Homeland Security, of which ICE is a part) and ICE, delivered through our key partners,\" a Microsoft spokesperson said in a statement.",
			"\"Microsoft policies and terms of service do not allow our technology to be used for the mass surveillance of civilians, and we do not believe ICE is engaged in such activity.\"",
			"The company said the U.S. Congress, the executive branch and the courts should draw \"clear legal lines\" regarding the permissible use of emerging technologies by law enforcement.",
			"ICE said it will not comment on specifics involving investigative techniques, tools and technologies used in ongoing criminal probes but said it uses various forms of technology to aid arrests of criminals.",
			"U.S. President Donald Trump's immigration crackdown has faced criticism from human rights advocates who say it creates an unsafe environment and lacks due process. ICE has become the symbol of Trump's crackdown, especially after the fatal shootings of two U.S. citizens last month.",
			"Trump has said his actions aim to improve domestic security and curb illegal immigration.",
			"Tech companies have attempted to warm their ties with Trump during his second term in office.",
			"Microsoft has also previously faced scrutiny over the use of its technology by governments. Last September, the company said it had disabled some services used by an Israeli military unit after preliminary evidence supported a media investigation that reported mass surveillance of Palestinian phone calls.",
			"The ties to Israel's military had led to protests within the company and some protesters were fired.");

	@Test
	void keepsEveryStoryParagraphOfSeed000VerbatimAndInOrder() {
		assertThat(paragraphs(SEED_000)).containsSubsequence(SEED_000_PARAGRAPHS);
	}

	@Test
	void keepsEveryStoryParagraphOfSeed001VerbatimAndInOrder() {
		assertThat(paragraphs(SEED_001)).containsSubsequence(SEED_001_PARAGRAPHS);
	}

	@Test
	void seedTextsHoldNothingButTheirStoryParagraphs() {
		assertThat(paragraphs(SEED_000)).containsExactlyElementsOf(SEED_000_PARAGRAPHS);
		assertThat(paragraphs(SEED_001)).containsExactlyElementsOf(SEED_001_PARAGRAPHS);
	}

	@Test
	void dropsLatestStoriesListWithTimestampsFromSeed001() {
		String text = CleaningFixtures.clean(SEED_001).text();
		assertThat(text).doesNotContain("Latest Stories", "minutes -", "1 hour", "Beyond rhetoric", "COCOBOD",
				"Sports Fund", "COMAC", "Women of Valour", "Smuggled cooking oil", "Mamprobi", "Blend Festival",
				"Davisson-Konu", "Kwadaso", "Nitiwul", "John Dumelo", "Mfantsipim", "Ghana-England");
		assertThat(text.lines()).noneMatch(line -> line.equals("-"));
	}

	@Test
	void dropsAudioCreditFromSeed001() {
		assertThat(CleaningFixtures.clean(SEED_001).text()).doesNotContain("Audio By Carbonatix");
	}

	@Test
	void dropsUpdateStampImageCaptionAndReadMoreFromSeed000() {
		String text = CleaningFixtures.clean(SEED_000).text();
		assertThat(text).doesNotContain("Image used for representation", "Read More", "Last Updated:");
	}

	@Test
	void dropsSubheadingsOfSeed000() {
		assertThat(CleaningFixtures.clean(SEED_000).text()).doesNotContain("What Triggered Statement",
				"Previous Controversies", "ICE And Other Contracts");
	}

	@Test
	void takesTheDatelineOfSeed000AsItsPublicationDateAndRemovesIt() {
		CleanedDocument cleaned = CleaningFixtures.clean(SEED_000);
		assertThat(cleaned.published()).isEqualTo("2026-02-21T17:20+05:30");
		assertThat(cleaned.text()).doesNotContain("17:20", "IST");
	}

	@Test
	void seed001StatesNoPublicationDate() {
		assertThat(CleaningFixtures.clean(SEED_001).published()).isNull();
	}

	@Test
	void takesTheStandaloneSentenceAtTheTopOfSeed000AsItsTitle() {
		CleanedDocument cleaned = CleaningFixtures.clean(SEED_000);
		assertThat(cleaned.title()).isEqualTo(
				"Microsoft denies ICE uses its technology for mass surveillance, clarifying its cloud tools are for productivity.");
		assertThat(cleaned.text()).doesNotContain("Microsoft denies ICE");
	}

	@Test
	void inventsNoTitleForSeed001WhichStartsWithItsFirstParagraph() {
		assertThat(CleaningFixtures.clean(SEED_001).title()).isNull();
	}

	@Test
	void readsSeedsAsUtf8PlainTextAndKeepsTheRawText() {
		ReadDocument read = CleaningFixtures.read(SEED_001);
		assertThat(read.format()).isEqualTo(SourceFormat.TEXT);
		assertThat(read.charset()).isEqualTo("UTF-8");
		assertThat(read.warnings()).isEmpty();
		assertThat(read.rawText()).contains("Audio By Carbonatix", "Latest Stories");
	}

	@Test
	void writesOneParagraphPerLineWithoutBlankLines() {
		for (String seed : List.of(SEED_000, SEED_001)) {
			String text = CleaningFixtures.clean(seed).text();
			assertThat(text).doesNotContain("\n\n", "  ", "\r").isEqualTo(text.strip());
		}
	}

	private static List<String> paragraphs(String seed) {
		return CleaningFixtures.clean(seed).text().lines().toList();
	}

}
