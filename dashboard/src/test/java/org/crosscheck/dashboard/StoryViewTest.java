package org.crosscheck.dashboard;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.BeforeEach;

import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.ledger.ClaimService;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.discrepancy.DiscrepancyService;
import org.crosscheck.extraction.SuggestionService;
import org.crosscheck.notebook.NotebookService;
import org.crosscheck.source.SourceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browserless view test on one shared home with {@link TestData#seedStory the story
 * dataset}: the seed articles with their contracts and events, small and hostile sources,
 * discrepancies and a notebook. The subclasses share one Spring context, so the story is
 * built once.
 */
@SpringBootTest
@ViewPackages(packages = "org.crosscheck.dashboard")
public abstract class StoryViewTest extends SpringBrowserlessTest {

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestData.registerHome(registry);
	}

	@Autowired
	protected DatasetService datasets;

	@Autowired
	protected SourceService sources;

	@Autowired
	protected SuggestionService suggestions;

	@Autowired
	protected AnnotationService annotations;

	@Autowired
	protected DiscrepancyService discrepancies;

	@Autowired
	protected NotebookService notebook;

	@Autowired
	protected ClaimService claims;

	@BeforeEach
	void seedStory() {
		TestData.seedStory(this.datasets, this.sources, this.suggestions, this.annotations, this.discrepancies,
				this.notebook);
	}

	protected String dataset() {
		return this.datasets.currentDataset();
	}

	/** What the UI's poll does when the interval elapses. */
	protected void poll() {
		UI ui = UI.getCurrent();
		ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
	}

	protected <T> List<String> column(Grid<T> grid, int column) {
		return IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getCellText(row, column)).toList();
	}

	/**
	 * Asserts that {@code root} and everything under it holds no markup that a browser
	 * could run.
	 */
	protected static void assertNoMarkupBelow(Element root) {
		root.getChildren().forEach(child -> {
			if (!child.isTextNode()) {
				assertThat(child.hasProperty("innerHTML")).as("innerHTML on <%s>", child.getTag()).isFalse();
				assertThat(child.getTag()).isNotIn("script", "img", "iframe", "object", "embed", "b", "i");
				assertThat(child.getAttributeNames().toList()).noneMatch(name -> name.startsWith("on"));
				String href = child.getAttribute("href");
				assertThat(href == null || !href.strip().toLowerCase().startsWith("javascript:")).isTrue();
				assertNoMarkupBelow(child);
			}
		});
	}

}
