package org.crosscheck.story;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crosscheck.TestHome;
import org.crosscheck.common.CrosscheckException;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.discrepancy.DiscrepancyService;
import org.crosscheck.source.ImportListener;
import org.crosscheck.source.ImportOptions;
import org.crosscheck.source.SourceService;
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
 * Stories formed by the check, corrected by a person, and the correction kept by the next
 * check (written for it).
 */
@SpringBootTest
class StoryServiceTests {

	private static final String HARBOUR_ONE = """
			The Karlsby council approved a budget of $12 million for the Karlsby harbour on Monday, mayor Ines Varga said.
			Ines Varga told reporters the Karlsby harbour walls would be rebuilt before the winter storms.
			Work on the harbour walls is expected to start in March 2026.""";

	private static final String HARBOUR_TWO = """
			Councillors in Karlsby backed $12 million of spending on the harbour at Monday's meeting.
			Mayor Ines Varga said the Karlsby harbour needed new walls before the storms of next winter.
			Ines Varga added that the Karlsby harbour would stay open during the works.""";

	private static final String FESTIVAL = """
			The Ostholm film festival opened on Friday with a record 40,000 tickets sold, organiser Luca Brandt said.
			Luca Brandt said the Ostholm festival would move to a larger hall next year.
			Ostholm hotels were fully booked for the festival weekend, according to Luca Brandt.""";

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestHome.register(registry);
	}

	@Autowired
	StoryService stories;

	@Autowired
	DiscrepancyService discrepancies;

	@Autowired
	SourceService sources;

	@Autowired
	DatasetService datasets;

	@TempDir
	Path folder;

	String dataset;

	@BeforeEach
	void threeReports(TestInfo info) throws Exception {
		this.dataset = info.getTestMethod().orElseThrow().getName();
		this.datasets.createDataset(this.dataset);
		List<Path> files = List.of(Files.writeString(this.folder.resolve("1-harbour.txt"), HARBOUR_ONE),
				Files.writeString(this.folder.resolve("2-harbour.txt"), HARBOUR_TWO),
				Files.writeString(this.folder.resolve("3-festival.txt"), FESTIVAL));
		this.sources.importSources(this.dataset, files,
				new ImportOptions(null, "2026-01-12", null, null, ImportOptions.defaults().maxBytes()),
				ImportListener.NONE);
	}

	@Test
	void theCheckGroupsTheTwoHarbourReportsIntoOneStoryAndTheFestivalIntoAnother() {
		assertThat(this.stories.listStories(this.dataset)).isEmpty();

		this.discrepancies.checkDataset(this.dataset, null);

		List<StorySummary> all = this.stories.listStories(this.dataset);
		assertThat(all).extracting(StorySummary::sources).containsExactlyInAnyOrder(List.of(1, 2), List.of(3));
		assertThat(all).allSatisfy(story -> assertThat(story.first()).isEqualTo("2026-01-12"));
	}

	@Test
	void aSourceMovedByHandStaysWhereThePersonPutItAfterTheNextCheck() {
		this.discrepancies.checkDataset(this.dataset, null);
		int harbour = this.stories.listStories(this.dataset)
			.stream()
			.filter(s -> s.sources().contains(1))
			.findFirst()
			.orElseThrow()
			.id();

		StorySummary own = this.stories.move(this.dataset, 2, StoryService.NEW);
		this.discrepancies.checkDataset(this.dataset, null);

		List<StorySummary> after = this.stories.listStories(this.dataset);
		assertThat(after).extracting(StorySummary::sources)
			.containsExactlyInAnyOrder(List.of(1), List.of(2), List.of(3));
		assertThat(this.stories.show(this.dataset, own.id()).sources()).containsExactly(2);
		assertThat(this.stories.show(this.dataset, harbour).sources()).containsExactly(1);
		assertThat(this.stories.show(this.dataset, own.id()).pinned()).isEqualTo(1);

		this.stories.move(this.dataset, 2, String.valueOf(harbour));
		this.discrepancies.checkDataset(this.dataset, null);
		assertThat(this.stories.show(this.dataset, harbour).sources()).containsExactly(1, 2);
	}

	@Test
	void movingToAStoryThatDoesNotExistOrToNoStoryIsRefusedInOneLine() {
		this.discrepancies.checkDataset(this.dataset, null);

		assertThatThrownBy(() -> this.stories.move(this.dataset, 1, "99")).isInstanceOf(CrosscheckException.class)
			.hasMessageContaining("no story 99");
		assertThatThrownBy(() -> this.stories.move(this.dataset, 1, "elsewhere"))
			.isInstanceOf(CrosscheckException.class)
			.hasMessageContaining("'elsewhere' is not a story");
		assertThatThrownBy(() -> this.stories.move(this.dataset, 42, "new")).isInstanceOf(CrosscheckException.class)
			.hasMessageContaining("no source 42");
	}

}
