package org.crosscheck.dashboard.source;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.crosscheck.dashboard.base.ui.DatasetSelection;
import org.crosscheck.dashboard.base.ui.EChart;
import org.crosscheck.source.SourceDetail;
import org.crosscheck.source.SourceService;
import org.crosscheck.source.SourceSummary;

/**
 * The sources of the selected dataset: a chart of sources per outlet, a grid, and a reader
 * that shows the selected source's cleaned text. Source text is data: it is always set as
 * text, never as HTML.
 */
@Route("sources")
@RouteAlias("")
@PageTitle("Sources · Crosscheck")
public class SourcesView extends VerticalLayout implements AfterNavigationObserver {

	static final String NO_OUTLET = "(no outlet)";

	static final String NO_SOURCES = "No sources in this dataset yet. Import some from the console: source import <file or folder>";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SourceService sources;

	private final DatasetSelection selection;

	private final Span count = new Span();

	private final EChart outletChart = new EChart();

	private final Grid<SourceSummary> grid = new Grid<>(SourceSummary.class, false);

	private final Button outletFilter = new Button();

	private final VerticalLayout reader = new VerticalLayout();

	private List<SourceSummary> all = List.of();

	private String outlet;

	private Registration selectionRegistration;

	public SourcesView(SourceService sources, DatasetSelection selection) {
		this.sources = sources;
		this.selection = selection;
		setSizeFull();
		addClassNames(LumoUtility.Padding.MEDIUM);

		H2 heading = new H2("Sources");
		heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
		this.count.getElement().getThemeList().add("badge contrast pill");
		this.count.setTestId("source-count");
		this.outletFilter.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		this.outletFilter.setIcon(VaadinIcon.CLOSE_SMALL.create());
		this.outletFilter.setIconAfterText(true);
		this.outletFilter.setVisible(false);
		this.outletFilter.setTestId("outlet-filter");
		this.outletFilter.addClickListener(event -> filterByOutlet(null));
		HorizontalLayout title = new HorizontalLayout(heading, this.count, this.outletFilter);
		title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

		this.outletChart.setHeight("180px");
		this.outletChart.setTestId("outlet-chart");
		this.outletChart.addItemClickListener(event -> filterByOutlet(event.getId()));

		configureGrid();
		configureReader();

		SplitLayout split = new SplitLayout(this.grid, this.reader);
		split.setSizeFull();
		split.setSplitterPosition(60);
		split.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
				LumoUtility.BorderRadius.MEDIUM);

		add(title, this.outletChart, split);
		setFlexGrow(1, split);
	}

	private void configureGrid() {
		this.grid.setTestId("sources-grid");
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_NO_BORDER);
		this.grid.addColumn(SourceSummary::id).setHeader("#").setWidth("4.5em").setFlexGrow(0).setSortable(true);
		this.grid.addColumn(SourcesView::titleOf).setHeader("Title").setFlexGrow(4).setSortable(true)
			.setComparator(Comparator.comparing(SourcesView::titleOf, String.CASE_INSENSITIVE_ORDER))
			.setTooltipGenerator(SourcesView::titleOf);
		this.grid.addColumn(source -> orDash(source.outlet())).setHeader("Outlet").setFlexGrow(2).setSortable(true)
			.setComparator(Comparator.comparing(SourcesView::outletOf, String.CASE_INSENSITIVE_ORDER));
		this.grid.addColumn(source -> orDash(source.published())).setHeader("Published").setAutoWidth(true)
			.setFlexGrow(0)
			.setSortable(true)
			.setComparator(Comparator.comparing(source -> Objects.requireNonNullElse(source.published(), "")));
		this.grid.setSizeFull();
		this.grid.asSingleSelect().addValueChangeListener(event -> showSource(event.getValue()));
	}

	private void configureReader() {
		this.reader.setTestId("source-reader");
		this.reader.addClassNames("source-reader", LumoUtility.Padding.Horizontal.LARGE);
		this.reader.setSizeFull();
		this.reader.getStyle().set("overflow", "auto");
		showSource(null);
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		this.selectionRegistration = this.selection.addChangeListener(dataset -> refresh());
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		// The data may have moved since the last poll: a change refreshes through the listener.
		if (!this.selection.checkForChanges()) {
			refresh();
		}
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		this.selectionRegistration.remove();
		super.onDetach(detachEvent);
	}

	/** Re-reads the sources of the selected dataset, keeping the selected source when it is still there. */
	void refresh() {
		String dataset = this.selection.dataset();
		this.all = this.selection.exists() ? this.sources.listSources(dataset) : List.of();
		this.grid.setEmptyStateText(this.selection.exists() ? NO_SOURCES : "There is no dataset " + dataset
				+ " yet. Start the console (./crosscheck): it creates the demo dataset, and this page shows it.");
		this.count.setText(this.all.size() == 1 ? "1 source" : this.all.size() + " sources");
		this.outletChart.setOption(outletChartOption(this.all));
		Integer selectedId = this.grid.asSingleSelect().getOptionalValue().map(SourceSummary::id).orElse(null);
		applyFilter();
		SourceSummary stillThere = this.all.stream()
			.filter(source -> Objects.equals(source.id(), selectedId))
			.findFirst()
			.orElse(null);
		if (stillThere != null) {
			this.grid.select(stillThere);
			showSource(stillThere);
		}
		else {
			this.grid.deselectAll();
			showSource(null);
		}
	}

	private void filterByOutlet(String outlet) {
		this.outlet = outlet;
		applyFilter();
	}

	private void applyFilter() {
		List<SourceSummary> shown = this.outlet == null ? this.all
				: this.all.stream().filter(source -> outletOf(source).equals(this.outlet)).toList();
		this.grid.setItems(shown);
		this.outletFilter.setVisible(this.outlet != null);
		this.outletFilter.setText(this.outlet == null ? "" : "Outlet: " + this.outlet);
	}

	private void showSource(SourceSummary summary) {
		this.reader.removeAll();
		if (summary == null) {
			Span hint = new Span("Select a source to read its text.");
			hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.LARGE);
			this.reader.add(hint);
			return;
		}
		SourceDetail detail = this.sources.showSource(this.selection.dataset(), summary.id());
		SourceSummary meta = detail.summary();

		H3 heading = new H3(titleOf(meta));
		heading.setTestId("reader-title");
		heading.addClassNames(LumoUtility.Margin.Bottom.NONE);
		Div byline = new Div();
		byline.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
		byline.setText(String.join(" · ", nonNull(meta.outlet(), meta.author(), meta.published(),
				meta.length() + " characters")));
		this.reader.add(heading, byline);
		if (meta.url() != null) {
			Span url = new Span(meta.url());
			url.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.TERTIARY);
			this.reader.add(url);
		}
		Div text = new Div();
		text.setTestId("reader-text");
		for (String paragraph : paragraphs(detail.text())) {
			text.add(new Paragraph(paragraph));
		}
		this.reader.add(text);
	}

	/** The text's paragraphs: blocks separated by blank lines, or lines when it has none. */
	static List<String> paragraphs(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String separator = text.contains("\n\n") ? "\\n\\s*\\n" : "\\n";
		return java.util.Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** ECharts option: a horizontal bar per outlet; each bar's id is the outlet, for the click filter. */
	static String outletChartOption(List<SourceSummary> sources) {
		Map<String, Long> perOutlet = sources.stream()
			.collect(Collectors.groupingBy(SourcesView::outletOf, TreeMap::new, Collectors.counting()));
		ObjectNode option = JSON.createObjectNode();
		option.putObject("title").put("text", "Sources per outlet").put("left", "left")
			.putObject("textStyle").put("fontSize", 14).put("fontWeight", "normal");
		option.putObject("tooltip").put("trigger", "item");
		option.putObject("grid").put("left", 8).put("right", 24).put("top", 32).put("bottom", 8)
			.put("containLabel", true);
		option.putObject("xAxis").put("type", "value").put("minInterval", 1);
		ArrayNode categories = option.putObject("yAxis").put("type", "category").put("inverse", true)
			.putArray("data");
		ObjectNode series = option.putArray("series").addObject().put("type", "bar").put("name", "Sources")
			.put("barMaxWidth", 18).put("cursor", "pointer");
		series.putObject("itemStyle").put("color", "#1676f3").put("borderRadius", 3);
		ArrayNode data = series.putArray("data");
		perOutlet.forEach((outlet, count) -> {
			categories.add(outlet);
			data.addObject().put("value", count).put("id", outlet).put("name", outlet);
		});
		return JSON.writeValueAsString(option);
	}

	private static String titleOf(SourceSummary source) {
		return source.title() == null || source.title().isBlank() ? "(untitled)" : source.title();
	}

	private static String outletOf(SourceSummary source) {
		return source.outlet() == null || source.outlet().isBlank() ? NO_OUTLET : source.outlet();
	}

	private static String orDash(String value) {
		return value == null || value.isBlank() ? "—" : value;
	}

	private static List<String> nonNull(String... parts) {
		return java.util.Arrays.stream(parts).filter(part -> part != null && !part.isBlank()).toList();
	}

}
