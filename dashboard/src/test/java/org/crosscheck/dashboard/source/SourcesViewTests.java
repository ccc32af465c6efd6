package org.crosscheck.dashboard.source;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.crosscheck.dashboard.TestData;
import org.crosscheck.dashboard.base.ui.EChart;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.source.SourceService;
import org.crosscheck.source.SourceSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "org.crosscheck.dashboard")
class SourcesViewTests extends SpringBrowserlessTest {

	private static final int TITLE = 1;

	private static final int OUTLET = 2;

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestData.registerHome(registry);
	}

	@Autowired
	DatasetService datasets;

	@Autowired
	SourceService sources;

	@BeforeEach
	void seed() {
		TestData.seedDemo(this.datasets, this.sources);
	}

	@Test
	void gridListsTheSourcesOfTheCurrentDataset() {
		navigate(SourcesView.class);

		Grid<SourceSummary> grid = sourcesGrid();
		assertThat(column(grid, OUTLET)).contains("The Verge", "Times of India", "Evil Outlet");
		assertThat(column(grid, TITLE)).contains("Microsoft says ICE does not use Azure for mass surveillance");
		assertThat(test(grid).getHeaderCell(TITLE)).isEqualTo("Title");
	}

	@Test
	void readerShowsHostileMarkupAsLiteralText() {
		navigate(SourcesView.class);
		Grid<SourceSummary> grid = sourcesGrid();

		test(grid).select(column(grid, OUTLET).indexOf("Evil Outlet"));

		Div text = $(Div.class).withTestId("reader-text").single();
		List<String> paragraphs = $(Paragraph.class, text).all().stream().map(Paragraph::getText).toList();
		assertThat(String.join("\n", paragraphs)).contains("<script>alert(1)</script>")
			.contains("<img src=x onerror=alert(1)>");
		assertThat($(H3.class).withTestId("reader-title").single().getText()).isEqualTo(TestData.HOSTILE_TITLE);
		// Text, not markup: the reader's paragraphs hold text nodes only and nothing sets
		// innerHTML.
		for (Element paragraph : text.getElement().getChildren().toList()) {
			assertThat(paragraph.getTag()).isEqualTo("p");
			assertThat(paragraph.getChildren()).allMatch(Element::isTextNode);
			assertThat(paragraph.hasProperty("innerHTML")).isFalse();
		}
	}

	@Test
	void pollPicksUpSourcesThatTheConsoleAddedMeanwhile() {
		navigate(SourcesView.class);
		int before = test(sourcesGrid()).size();

		TestData.importText(this.sources, this.datasets.currentDataset(), "late.txt", "Wire", "2026-02-19", "Late news",
				"Added while the dashboard was open.\n");
		poll();

		assertThat(test(sourcesGrid()).size()).isEqualTo(before + 1);
		assertThat(column(sourcesGrid(), TITLE)).contains("Late news");
	}

	@Test
	void datasetSelectorShowsTheCurrentDatasetAndSwitchesToAnother() {
		if (!this.datasets.exists("other")) {
			this.datasets.createDataset("other");
			TestData.importText(this.sources, "other", "other.txt", "Other Outlet", null, "Another story",
					"Something else entirely.\n");
		}
		navigate(SourcesView.class);
		@SuppressWarnings("unchecked")
		ComboBox<String> selector = $(ComboBox.class).withTestId("dataset-selector").single();
		assertThat(selector.getValue()).isEqualTo(this.datasets.currentDataset());

		test(selector).selectItem("other");

		assertThat(column(sourcesGrid(), OUTLET)).containsExactly("Other Outlet");
	}

	@Test
	void clickingAnOutletBarFiltersTheGrid() {
		navigate(SourcesView.class);
		EChart chart = $(EChart.class).withTestId("outlet-chart").single();
		assertThat(chart.getOption()).contains("\"id\":\"The Verge\"");

		ComponentUtil.fireEvent(chart, new EChart.ItemClickEvent(chart, true, "The Verge"));

		assertThat(column(sourcesGrid(), OUTLET)).containsExactly("The Verge");
	}

	@Test
	void theOutletChartAndColumnAreHiddenWhenNoSourceHasAnOutlet() {
		if (!this.datasets.exists("no-outlets")) {
			this.datasets.createDataset("no-outlets");
			TestData.importText(this.sources, "no-outlets", "plain.txt", null, null, "A plain note",
					"Nobody published this.\n");
		}
		navigate(SourcesView.class);
		EChart chart = $(EChart.class).withTestId("outlet-chart").single();
		assertThat(chart.isVisible()).isTrue();
		assertThat(sourcesGrid().getColumnByKey("outlet").isVisible()).isTrue();
		// Long titles wrap beside the reader instead of being cut.
		assertThat(sourcesGrid().getThemeNames()).contains("wrap-cell-content");
		@SuppressWarnings("unchecked")
		ComboBox<String> selector = $(ComboBox.class).withTestId("dataset-selector").single();

		test(selector).selectItem("no-outlets");

		assertThat(chart.isVisible()).isFalse();
		assertThat(sourcesGrid().getColumnByKey("outlet").isVisible()).isFalse();
		assertThat(column(sourcesGrid(), TITLE)).containsExactly("A plain note");
	}

	@Test
	void theGridReadsItsRowsPageByPageInTheOrderOfItsHeader() {
		navigate(SourcesView.class);
		Grid<SourceSummary> grid = sourcesGrid();
		List<String> titles = column(grid, TITLE);

		grid.sort(List.of(new GridSortOrder<>(grid.getColumns().get(TITLE), SortDirection.ASCENDING)));

		assertThat(column(grid, TITLE)).containsExactlyInAnyOrderElementsOf(titles)
			.isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(grid.getDataProvider().isInMemory()).isFalse();
	}

	private void poll() {
		UI ui = UI.getCurrent();
		ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
	}

	@SuppressWarnings("unchecked")
	private Grid<SourceSummary> sourcesGrid() {
		return $(Grid.class).withTestId("sources-grid").single();
	}

	private List<String> column(Grid<SourceSummary> grid, int column) {
		return IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getCellText(row, column)).toList();
	}

}
