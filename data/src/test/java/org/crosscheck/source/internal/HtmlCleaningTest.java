package org.crosscheck.source.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Web pages written for the tests: structure, names and link density mark the furniture.
 */
class HtmlCleaningTest {

	@Test
	void keepsOnlyTheArticleParagraphsOfAPageFullOfFurniture() {
		CleanedDocument cleaned = CleaningFixtures.clean("furniture-page.html");
		assertThat(cleaned.text().lines()).containsExactly(
				"The harbour authority on Tuesday signed a $42 million contract with a Dutch dredging firm to deepen the northern channel, ending two years of talks.",
				"The work will start in May and run until the end of 2027, the authority said in a statement, with an option to extend it by a further year.",
				"Larger container ships have been unable to reach the northern quay at low tide since 2024, forcing them to unload at a rival port 60 kilometres away.",
				"“Every ship we turn away is work we lose,” said Jonas Reek, who chairs the port workers’ union.",
				"Environmental groups have asked for an independent study of the impact on the estuary’s seagrass beds before any work begins.");
	}

	@Test
	void dropsNavigationCookieNoticeShareButtonsCaptionNewsletterAndFooter() {
		String text = CleaningFixtures.clean("furniture-page.html").text();
		assertThat(text).doesNotContain("Business", "Opinion", "cookies", "Accept all", "Facebook", "Email",
				"dredger at work", "Photo:", "morning briefing", "Sign up", "All rights reserved", "Privacy",
				"window.analytics", "color: red", "Why the channel matters", "Home");
	}

	@Test
	void dropsRelatedStoriesAndLinkListsInsideTheArticleByLinkDensity() {
		String text = CleaningFixtures.clean("furniture-page.html").text();
		assertThat(text).doesNotContain("Related stories", "Port strike ends", "Ferry timetable",
				"Harbour master retires", "Fishing quotas", "Quay repairs", "Read next", "Council votes");
	}

	@Test
	void readsOpenGraphCanonicalAuthorAndPublishedTimeMetadata() {
		ReadDocument read = CleaningFixtures.read("furniture-page.html");
		CleanedDocument cleaned = read.cleaned();
		assertThat(read.format()).isEqualTo(SourceFormat.HTML);
		assertThat(cleaned.title()).isEqualTo("Harbour authority signs dredging deal worth $42 million");
		assertThat(cleaned.outlet()).isEqualTo("The Coastal Ledger");
		assertThat(cleaned.author()).isEqualTo("Marta Ilves");
		assertThat(cleaned.url()).isEqualTo("https://ledger.example/news/harbour-dredging-deal");
		assertThat(cleaned.published()).isEqualTo("2026-03-04T08:30+01:00");
	}

	@Test
	void readsJsonLdMetadataFromAGraphDespiteABrokenSecondBlock() {
		CleanedDocument cleaned = CleaningFixtures.clean("json-ld-page.html");
		assertThat(cleaned.title()).isEqualTo("Regional airline cuts five winter routes as fuel costs climb");
		assertThat(cleaned.outlet()).isEqualTo("Northern Wire");
		assertThat(cleaned.author()).isEqualTo("Aino Salo, Peter Brandt");
		assertThat(cleaned.url()).isEqualTo("https://wire.example/2026/01/airline-routes");
		assertThat(cleaned.published()).isEqualTo("2026-01-12T06:45Z");
	}

	@Test
	void treatsJsonLdNestedDeeperThanTheLimitAsBrokenAndKeepsTheArticle() {
		String deep = "[".repeat(HtmlMetadata.MAX_JSON_DEPTH) + "]".repeat(HtmlMetadata.MAX_JSON_DEPTH);
		String page = """
				<html><head><script type="application/ld+json">
				{"@type": "NewsArticle", "author": {"name": "Deep Author"}, "extra": %s}
				</script></head><body><article>
				<p>The harbour authority signed a dredging contract worth four million euros on Tuesday, officials said.</p>
				</article></body></html>
				"""
			.formatted(deep);
		CleanedDocument cleaned = HtmlCleaner.clean(page, new java.util.ArrayList<>());
		assertThat(cleaned.author()).isNotEqualTo("Deep Author");
		assertThat(cleaned.text()).contains("dredging contract");
	}

	@Test
	void findsTheStoryInAPageWithoutArticleElementByItsParagraphText() {
		String text = CleaningFixtures.clean("json-ld-page.html").text();
		assertThat(text.lines()).hasSize(4)
			.first()
			.asString()
			.startsWith("A regional airline will suspend five of its winter routes");
		assertThat(text).doesNotContain("Travel", "Weather", "Aviation", "Rail operator", "Ski resorts report");
	}

	@Test
	void stripsTheSiteNameFromTheTitleElementWhenNothingBetterIsStated() {
		CleanedDocument cleaned = cleanHtml(
				"""
						<html><head><title>Bakers strike over flour prices | Daily Crumb</title></head>
						<body><p>Bakers across the region stopped work on Monday in protest at the price of flour, which has doubled in a year.</p></body></html>
						""");
		assertThat(cleaned.title()).isEqualTo("Bakers strike over flour prices");
	}

	@Test
	void takesTheVisibleBylineAndTimeElementWhenMetaTagsAreMissing() {
		CleanedDocument cleaned = cleanHtml(
				"""
						<html><body><article>
						<h1>Bakers strike over flour prices</h1>
						<div class="byline">By Ines Kaur</div>
						<time datetime="2026-05-02">May 2</time>
						<p>Bakers across the region stopped work on Monday in protest at the price of flour, which has doubled in a year.</p>
						<p>Their union said the strike would last until the government agreed to meet its leaders.</p>
						</article></body></html>
						""");
		assertThat(cleaned.title()).isEqualTo("Bakers strike over flour prices");
		assertThat(cleaned.author()).isEqualTo("Ines Kaur");
		assertThat(cleaned.published()).isEqualTo("2026-05-02");
		assertThat(cleaned.text().lines()).hasSize(2).noneMatch(line -> line.contains("Ines Kaur"));
	}

	@Test
	void keepsTheArticleWhenItsWrapperIsNamedLikeASidebarLayout() {
		CleanedDocument cleaned = cleanHtml(
				"""
						<html><body><div class="layout-with-sidebar">
						<p>Bakers across the region stopped work on Monday in protest at the price of flour, which has doubled in a year.</p>
						<p>Their union said the strike would last until the government agreed to meet its leaders.</p>
						</div></body></html>
						""");
		assertThat(cleaned.text().lines()).hasSize(2);
	}

	@Test
	void keepsListItemsOfTheStoryAsBulletedLines() {
		CleanedDocument cleaned = cleanHtml(
				"""
						<html><body><article>
						<p>The inspectors listed three problems at the plant in their report, published on Friday.</p>
						<ul><li>valves that had not been tested since 2019</li><li>alarms switched off during night shifts</li><li>missing records of two earlier leaks</li></ul>
						<p>The operator said all three had been fixed since the inspection took place.</p>
						</article></body></html>
						""");
		assertThat(cleaned.text().lines()).containsExactly(
				"The inspectors listed three problems at the plant in their report, published on Friday.",
				"• valves that had not been tested since 2019", "• alarms switched off during night shifts",
				"• missing records of two earlier leaks",
				"The operator said all three had been fixed since the inspection took place.");
	}

	@Test
	void treatsMarkupAsDataAndNeverRunsOrKeepsScripts() {
		CleanedDocument cleaned = cleanHtml(
				"""
						<html><body><article>
						<p>The mayor said &lt;script&gt; tags in a comment form had been used to deface the council website last week.</p>
						<script>alert('x')</script>
						</article></body></html>
						""");
		assertThat(cleaned.text()).isEqualTo(
				"The mayor said <script> tags in a comment form had been used to deface the council website last week.");
	}

	private static CleanedDocument cleanHtml(String html) {
		return new DocumentReader().read("page.html", html.getBytes(StandardCharsets.UTF_8)).cleaned();
	}

}
