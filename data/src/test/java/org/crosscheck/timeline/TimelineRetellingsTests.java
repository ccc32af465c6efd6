package org.crosscheck.timeline;

import java.nio.file.Path;
import java.util.List;

import org.crosscheck.TestHome;
import org.crosscheck.ledger.EventView;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.discrepancy.DiscrepancyService;
import org.crosscheck.extraction.SuggestionService;
import org.crosscheck.source.ImportListener;
import org.crosscheck.source.ImportOptions;
import org.crosscheck.source.SourceService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline of the hand-written retellings (src/test/resources/retellings: seven
 * stories, 21 reports by outlets that tell them in their own words): happenings that
 * several outlets tell are one item, and the traps stay apart.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineRetellingsTests {

	private static final String DATASET = "retellings";

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestHome.register(registry);
	}

	@Autowired
	TimelineService timelines;

	Timeline timeline;

	@BeforeAll
	void importSuggestAcceptCheck(@Autowired DatasetService datasets, @Autowired SourceService sources,
			@Autowired SuggestionService suggestions, @Autowired DiscrepancyService discrepancies) {
		datasets.createDataset(DATASET);
		sources.importSources(DATASET, List.of(Path.of("src/test/resources/retellings/articles")),
				ImportOptions.defaults(), ImportListener.NONE);
		suggestions.suggest(DATASET, null);
		suggestions.acceptPending(DATASET, "event");
		discrepancies.checkDataset(DATASET, null);
		this.timeline = this.timelines.timeline(DATASET);
	}

	@Test
	void theRobberyThatEveryOutletTellsIsOneItem() {
		TimelineItem robbery = item("worth €85 million from the Hallstein Museum");

		assertThat(robbery.sources()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(robbery.datesDisagree()).isFalse();
		assertThat(this.timeline.toldBySeveral()).isGreaterThanOrEqualTo(5);
	}

	@Test
	void aClosingOnSundayIsNotTheReopeningOnWednesdayThatTheSameSentenceOfAnotherOutletTells() {
		TimelineItem closed = item("closed to visitors for the rest of Sunday");

		assertThat(closed.datesDisagree()).isFalse();
		assertThat(closed.events()).extracting(EventView::description).noneMatch(d -> d.contains("reopen"));
	}

	@Test
	void whenACompanyWasFoundedIsNotTheDealItAgreedAndTwoStoriesOfOneBuyerStayApart() {
		TimelineItem deal = item("will buy British forecasting start-up Brightmere");

		assertThat(deal.lead().start()).isEqualTo("2026-02-04");
		assertThat(deal.events()).extracting(EventView::start).allMatch(start -> start.startsWith("2026"));
		assertThat(deal.events()).extracting(EventView::description).noneMatch(d -> d.contains("Varnholt"));
	}

	private TimelineItem item(String words) {
		List<TimelineItem> found = this.timeline.items()
			.stream()
			.filter(item -> item.events().stream().anyMatch(event -> event.description().contains(words)))
			.toList();
		assertThat(found).as("items with an event «%s»", words).hasSize(1);
		return found.get(0);
	}

}
