package org.crosscheck.dashboard.discrepancy;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;

import org.crosscheck.dashboard.StoryViewTest;
import org.crosscheck.dashboard.TestData;
import org.crosscheck.discrepancy.DiscrepancyView;
import org.crosscheck.story.StoryService;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class DiscrepanciesViewTests extends StoryViewTest {

	private static final int KIND = 2;

	private static final int STATUS = 3;

	@Autowired
	StoryService stories;

	@Test
	void gridFiltersByKindStatusAndSource() {
		navigate(DiscrepanciesView.class);
		Grid<DiscrepancyView> grid = grid();
		assertThat(column(grid, KIND)).contains("wording", "quote");

		test(combo("kind-filter")).selectItem("quote");
		assertThat(column(grid, KIND)).containsOnly("quote");

		test(combo("kind-filter")).selectItem(null);
		combo("source-filter").setValue(5);
		assertThat(column(grid, KIND)).containsExactly("quote");

		combo("source-filter").setValue(null);
		test(combo("status-filter")).selectItem("dismissed");
		assertThat(column(grid, STATUS)).allMatch("dismissed"::equals);
	}

	@Test
	void gridFiltersByStory() {
		int story = this.stories.move(dataset(), 5, StoryService.NEW).id();
		navigate(DiscrepanciesView.class);
		Grid<DiscrepancyView> grid = grid();

		ComboBox<Integer> filter = combo("story-filter");
		assertThat(filter.getItemLabelGenerator().apply(story)).startsWith("#" + story + " ");
		filter.setValue(story);

		assertThat(column(grid, KIND)).containsExactly("quote");
		filter.setValue(null);
		assertThat(column(grid, KIND)).contains("wording", "quote");
	}

	@Test
	void detailShowsBothSidesAndHostileNotesAsText() {
		navigate(DiscrepanciesView.class);
		test(grid()).select(column(grid(), KIND).indexOf("quote"));

		String sides = $(HorizontalLayout.class).withTestId("detail-spans").single().getElement().getTextRecursively();
		assertThat(sides).contains("«<script>alert(1)</script>»").contains("«disabled some services»");
		Div notes = $(Div.class).withTestId("detail-notes").single();
		assertThat(notes.getElement().getTextRecursively()).contains(TestData.HOSTILE_NOTE);
		assertNoMarkupBelow($(VerticalLayout.class).withTestId("discrepancy-detail").single().getElement());
	}

	@Test
	void diffMarkersBecomeStruckAndAddedSpansOfText() {
		Div diff = DiffText.render("Microsoft [-suspended certain-]{+disabled some+} services <b>x</b>");

		List<Element> children = diff.getElement().getChildren().toList();
		assertThat(children).hasSize(4);
		assertThat(children.get(0).isTextNode()).isTrue();
		assertThat(children.get(0).getText()).isEqualTo("Microsoft ");
		assertThat(children.get(1).getAttribute("class")).isEqualTo("diff-removed");
		assertThat(children.get(1).getTextRecursively()).isEqualTo("suspended certain");
		assertThat(children.get(2).getAttribute("class")).isEqualTo("diff-added");
		assertThat(children.get(2).getTextRecursively()).isEqualTo("disabled some");
		assertThat(children.get(3).getText()).isEqualTo(" services <b>x</b>");
		assertThat(DiffText.parse("unclosed [-marker"))
			.containsExactly(new DiffText.Part(DiffText.Change.SAME, "unclosed [-marker"));
	}

	@Test
	void statusChangeThroughTheViewGoesThroughTheServiceWithItsNote() {
		navigate(DiscrepanciesView.class);
		DiscrepancyView wording = TestData.wordingDiscrepancy(this.discrepancies, dataset());
		test(grid()).select(column(grid(), 0).indexOf(String.valueOf(wording.id())));

		test(combo("decision-status")).selectItem("confirmed");
		test($(TextArea.class).withTestId("decision-note").single()).setValue("checked <i>both</i> articles");
		test($(Button.class).withTestId("decision-record").single()).click();

		DiscrepancyView stored = this.discrepancies.show(dataset(), wording.id());
		assertThat(stored.status()).isEqualTo("confirmed");
		assertThat(stored.notes()).contains("confirmed: checked <i>both</i> articles");
		assertThat($(Span.class).withTestId("detail-status").single().getText()).isEqualTo("confirmed");
		assertThat($(Div.class).withTestId("detail-notes").single().getElement().getTextRecursively())
			.contains("checked <i>both</i> articles");
		assertThat(column(grid(), STATUS).get(column(grid(), 0).indexOf(String.valueOf(wording.id()))))
			.isEqualTo("confirmed");
		this.discrepancies.resolve(dataset(), wording.id(), "open", null);
	}

	@Test
	void aDecisionTheConsoleRecordsAppearsOnPollWithoutLosingTheNoteBeingTyped() {
		navigate(DiscrepanciesView.class);
		DiscrepancyView wording = TestData.wordingDiscrepancy(this.discrepancies, dataset());
		test(grid()).select(column(grid(), 0).indexOf(String.valueOf(wording.id())));
		test($(TextArea.class).withTestId("decision-note").single()).setValue("half-typed");

		this.discrepancies.resolve(dataset(), wording.id(), "dismissed", "from the console");
		poll();

		assertThat($(Span.class).withTestId("detail-status").single().getText()).isEqualTo("dismissed");
		assertThat($(TextArea.class).withTestId("decision-note").single().getValue()).isEqualTo("half-typed");
		this.discrepancies.resolve(dataset(), wording.id(), "open", null);
	}

	@SuppressWarnings("unchecked")
	@Test
	void atFourteenHundredPixelsTheSummaryTakesTheWidthTheNarrowColumnsLeave() {
		navigate(DiscrepanciesView.class);
		Grid<DiscrepancyView> grid = grid();
		Grid.Column<DiscrepancyView> summary = grid.getColumns().get(4);
		List<Grid.Column<DiscrepancyView>> others = grid.getColumns().stream().filter(c -> c != summary).toList();

		assertThat(summary.getHeaderText()).isEqualTo("Summary");
		assertThat(summary.getFlexGrow()).isPositive();
		assertThat(others).allSatisfy(column -> {
			assertThat(column.getFlexGrow()).as(column.getHeaderText()).isZero();
			assertThat(column.getWidth()).as(column.getHeaderText()).isNotNull().endsWith("rem");
		});
		// The page at 1400 px: the navigation drawer (16rem) and the view's padding leave
		// ~1110 px, the split's share
		// goes to the list.
		double listPixels = (1400 - 16 * 16 - 2 * 16)
				* $(com.vaadin.flow.component.splitlayout.SplitLayout.class).single().getSplitterPosition() / 100;
		double narrowPixels = others.stream().mapToDouble(column -> em(column.getWidth()) * 16).sum();
		assertThat(listPixels - narrowPixels).as("the summary's pixels of %s", listPixels)
			.isGreaterThan(listPixels / 3)
			.isGreaterThan(narrowPixels / 2);
		// Long summaries wrap instead of ending in an ellipsis after a dozen characters.
		assertThat(grid.getThemeNames()).contains("wrap-cell-content");
	}

	private static double em(String width) {
		return Double.parseDouble(width.replace("rem", ""));
	}

	private Grid<DiscrepancyView> grid() {
		return $(Grid.class).withTestId("discrepancies-grid").single();
	}

	@SuppressWarnings("unchecked")
	private <T> ComboBox<T> combo(String testId) {
		return $(ComboBox.class).withTestId(testId).single();
	}

}
