package org.crosscheck.dashboard.timeline;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.crosscheck.claim.EventInput;
import org.crosscheck.claim.EventView;
import org.crosscheck.dashboard.StoryViewTest;
import org.crosscheck.dashboard.base.ui.EChart;
import org.crosscheck.dashboard.source.SourcesView;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineViewTests extends StoryViewTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final long DAY = 86_400_000L;

	@Test
	void resolvedEventsAreDrawnOverTheTimeTheirDateCoversOneRowPerSource() {
		List<EventView> events = this.claims.listEvents(dataset());
		navigate(TimelineView.class);

		JsonNode option = option();
		JsonNode spans = option.get("series").get(0).get("data");
		JsonNode days = option.get("series").get(1).get("data");
		long placed = events.stream().filter(TimelineView::placed).count();
		assertThat(spans.size() + days.size()).isEqualTo(placed).isPositive();
		List<String> rows = option.get("yAxis").get("data").valueStream().map(JsonNode::asString).toList();
		// A labelled row per source; the unlabelled lanes below it hold events that overlap in time.
		assertThat(rows.stream().filter(row -> !row.replaceAll("[\u200B\u200C]", "").isEmpty()))
			.allMatch(row -> row.startsWith("#1 ") || row.startsWith("#2 ") || row.equals(TimelineView.NO_SOURCE))
			.anyMatch(row -> row.startsWith("#1 "));
		assertThat(rows).doesNotHaveDuplicates();
		// A month-precision event spans its whole month.
		EventView month = events.stream()
			.filter(event -> TimelineView.placed(event) && "MONTH".equals(event.precision()))
			.findFirst()
			.orElseThrow();
		JsonNode drawn = spans.valueStream()
			.filter(item -> item.get("id").asString().equals(String.valueOf(month.id())))
			.findFirst()
			.orElseThrow();
		long from = drawn.get("coords").get(0).get(0).asLong();
		long to = drawn.get("coords").get(1).get(0).asLong();
		LocalDate first = LocalDate.parse(month.start());
		assertThat(to - from).isEqualTo(first.lengthOfMonth() * DAY);
		assertThat(drawn.get("tooltip").get("formatter").asString()).contains("(month").contains("source");
	}

	@Test
	void aDayIsAShortBarAndAnUnresolvedEventIsListedBesideNotPlaced() {
		this.claims.addEvent(dataset(), new EventInput(LocalDate.of(2026, 2, 18), null, "DAY", null, "on Wednesday",
				"Statement <script>alert(8)</script> published", List.of(), List.of()));
		this.claims.addEvent(dataset(), new EventInput(null, null, null, null, "some day",
				"An event nobody could date", List.of(), List.of()));
		navigate(TimelineView.class);

		JsonNode days = option().get("series").get(1).get("data");
		assertThat(days.valueStream().map(day -> day.get("tooltip").get("formatter").asString()))
			.anyMatch(text -> text.startsWith("Statement <script>alert(8)</script> published\n2026-02-18 (day; on Wednesday)"));
		@SuppressWarnings("unchecked")
		Grid<EventView> undated = $(Grid.class).withTestId("undated-events").single();
		assertThat(column(undated, 0)).contains("An event nobody could date");
		assertThat(option().toString()).doesNotContain("An event nobody could date");
	}

	@Test
	void clickOnAnEventOpensItsEvidenceInTheReader() {
		EventView withEvidence = this.claims.listEvents(dataset()).stream()
			.filter(event -> TimelineView.placed(event) && !event.evidence().isEmpty())
			.findFirst()
			.orElseThrow();
		navigate(TimelineView.class);
		EChart chart = $(EChart.class).withTestId("timeline-chart").single();

		ComponentUtil.fireEvent(chart, new EChart.ItemClickEvent(chart, true, String.valueOf(withEvidence.id())));

		assertThat(getCurrentView()).isInstanceOf(SourcesView.class);
		String focused = $(com.vaadin.flow.component.html.Span.class).all().stream()
			.filter(span -> span.getClassNames().contains(SourcesView.FOCUS_CLASS))
			.map(span -> span.getElement().getText())
			.reduce("", String::concat);
		assertThat(focused).isEqualTo(withEvidence.evidence().get(0).exact());
	}

	@Test
	void anEventTheConsoleAddsAppearsOnPoll() {
		navigate(TimelineView.class);
		String before = option().toString();

		this.claims.addEvent(dataset(), new EventInput(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31), "YEAR",
				null, "in 2030", "A year far ahead", List.of(), List.of()));
		poll();

		assertThat(option().toString()).isNotEqualTo(before).contains("A year far ahead");
	}

	private JsonNode option() {
		return JSON.readTree($(EChart.class).withTestId("timeline-chart").single().getOption());
	}

}
