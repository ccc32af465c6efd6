package org.crosscheck.timeline;

import java.nio.file.Files;
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
import org.crosscheck.story.StoryService;
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

/**
 * The timeline across sources, on independent reports written for it: two outlets tell a
 * bridge's closing in their own words and disagree on its day, agree on when repairs
 * start; a third report of another story tells a closing on a day of the same week.
 * Events come from the suggesters, stories from the check, as a user gets them.
 */
@SpringBootTest
class TimelineServiceTests {

	// Published Tuesday 2026-03-10: "on Monday" is 2026-03-09.
	private static final String BRIDGE_ONE = """
			Velden bridge closed after inspectors find cracks

			The Velden river bridge was closed to all traffic on Monday after inspectors found deep cracks in its \
			main pier, the regional roads agency said.
			Marta Koller, a spokeswoman for the Velden roads agency, said the bridge carried 18,000 vehicles a day.
			Repairs to the damaged pier are expected to begin in May 2026, Marta Koller said.
			Drivers were told to use the Aalst crossing, which adds about 20 minutes to the journey into Velden.""";

	// Published Wednesday 2026-03-11: "on Sunday" is 2026-03-08, a day before the other
	// report's Monday.
	private static final String BRIDGE_TWO = """
			Cracked pier shuts Velden's main bridge

			The Velden river bridge was shut to all traffic on Sunday after engineers discovered cracks in its main \
			pier, the roads agency said.
			Some 18,000 vehicles use the bridge every day, according to Marta Koller of the Velden roads agency.
			Work to repair the cracked pier will start in May 2026, Koller told reporters.
			Shops in the centre of Velden said they feared losing customers while the bridge stays shut.""";

	// Another story: a closing in the same week, other actors, other place.
	private static final String MARKET = """
			Storm closes the Ostholm harbour market

			The Ostholm harbour market was closed on Monday after a storm tore the roofs off twelve stalls, \
			organiser Luca Brandt said.
			Luca Brandt said the Ostholm market would reopen once the stalls were repaired.
			Traders in Ostholm asked the council for help with the cost of the damage.""";

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestHome.register(registry);
	}

	@Autowired
	TimelineService timelines;

	@Autowired
	SuggestionService suggestions;

	@Autowired
	DiscrepancyService discrepancies;

	@Autowired
	StoryService stories;

	@Autowired
	SourceService sources;

	@Autowired
	DatasetService datasets;

	@TempDir
	Path folder;

	String dataset;

	@BeforeEach
	void threeReportsWithTheirEvents(TestInfo info) throws Exception {
		this.dataset = info.getTestMethod().orElseThrow().getName();
		this.datasets.createDataset(this.dataset);
		importReport("1-bridge.txt", BRIDGE_ONE, "2026-03-10");
		importReport("2-bridge.txt", BRIDGE_TWO, "2026-03-11");
		importReport("3-market.txt", MARKET, "2026-03-10");
		this.suggestions.suggest(this.dataset, null);
		this.suggestions.acceptPending(this.dataset, "event");
	}

	private void importReport(String name, String text, String published) throws Exception {
		this.sources.importSources(this.dataset, List.of(Files.writeString(this.folder.resolve(name), text)),
				new ImportOptions(null, published, null, null, ImportOptions.defaults().maxBytes()),
				ImportListener.NONE);
	}

	@Test
	void oneHappeningThatTwoReportsTellIsOneItemMarkedWhenTheirDaysDisagree() {
		this.discrepancies.checkDataset(this.dataset, null);

		Timeline timeline = this.timelines.timeline(this.dataset);

		assertThat(timeline.storiesFormed()).isTrue();
		TimelineItem closing = item(timeline, "closed to all traffic");
		assertThat(closing.sources()).containsExactly(1, 2);
		assertThat(closing.events()).extracting(EventView::description)
			.anyMatch(description -> description.contains("shut to all traffic on Sunday"));
		assertThat(closing.datesDisagree()).isTrue();
		assertThat(closing.events()).extracting(EventView::start).contains("2026-03-09", "2026-03-08");

		TimelineItem repairs = item(timeline, "Repairs to the damaged pier");
		assertThat(repairs.sources()).containsExactly(1, 2);
		assertThat(repairs.datesDisagree()).isFalse();
		assertThat(timeline.toldBySeveral()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void theClosingOfAnotherStoryInTheSameWeekStaysApart() {
		this.discrepancies.checkDataset(this.dataset, null);

		Timeline timeline = this.timelines.timeline(this.dataset);

		TimelineItem market = item(timeline, "harbour market was closed");
		assertThat(market.sources()).containsExactly(3);
		assertThat(market.story()).isNotEqualTo(item(timeline, "closed to all traffic").story());
	}

	@Test
	void beforeACheckFormsStoriesEachEventIsAnItemOfItsOwn() {
		Timeline timeline = this.timelines.timeline(this.dataset);

		assertThat(timeline.storiesFormed()).isFalse();
		assertThat(timeline.items()).hasSize(timeline.events()).allMatch(item -> item.sources().size() == 1);
	}

	@Test
	void aPersonsCorrectionOfTheStoriesSeparatesTheirEvents() {
		this.discrepancies.checkDataset(this.dataset, null);
		this.stories.move(this.dataset, 2, StoryService.NEW);

		Timeline timeline = this.timelines.timeline(this.dataset);

		assertThat(item(timeline, "closed to all traffic").sources()).containsExactly(1);
		assertThat(timeline.toldBySeveral()).isZero();
	}

	@Test
	void oneStorysTimelineHasOnlyItsSourcesHappeningsAndAStoryThatIsNotThereIsNamed() {
		this.discrepancies.checkDataset(this.dataset, null);
		Integer market = item(this.timelines.timeline(this.dataset), "harbour market was closed").story();

		Timeline timeline = this.timelines.timeline(this.dataset, market);

		assertThat(timeline.items()).isNotEmpty().allMatch(item -> item.sources().equals(List.of(3)));
		assertThatThrownBy(() -> this.timelines.timeline(this.dataset, 99)).hasMessageContaining("no story 99");
	}

	private static TimelineItem item(Timeline timeline, String words) {
		List<TimelineItem> found = timeline.items()
			.stream()
			.filter(item -> item.events().stream().anyMatch(event -> event.description().contains(words)))
			.toList();
		assertThat(found).as("items with an event «%s» in %s", words, timeline.items()).hasSize(1);
		return found.get(0);
	}

}
