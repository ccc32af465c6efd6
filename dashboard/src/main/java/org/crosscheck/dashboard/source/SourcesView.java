package org.crosscheck.dashboard.source;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.theme.lumo.LumoUtility;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.common.CrosscheckException;
import org.crosscheck.dashboard.base.ui.ChartText;
import org.crosscheck.dashboard.base.ui.DatasetSelection;
import org.crosscheck.dashboard.base.ui.EChart;
import org.crosscheck.dashboard.base.ui.LiveView;
import org.crosscheck.dashboard.source.SourceReader.Focus;
import org.crosscheck.source.SourceDetail;
import org.crosscheck.source.SourceOrder;
import org.crosscheck.source.SourceService;
import org.crosscheck.source.SourceSummary;

/**
 * The sources of the selected dataset: a chart of sources per outlet (when any source has
 * one), a grid that reads only the rows it shows, and a {@link SourceReader} with the
 * selected source's text and annotations. {@code sources?source=2&start=100&end=140}
 * opens the reader at a span, which is how every chart element leads back to its words.
 */
@Route("sources")
@RouteAlias("")
@PageTitle("Sources · Crosscheck")
public class SourcesView extends LiveView {

	static final String NO_OUTLET = "(no outlet)";

	static final String NO_SOURCES = "No sources in this dataset yet. Import some from the console: source import <file or folder>";

	/** The CSS class of the span a deep link points at. */
	public static final String FOCUS_CLASS = SourceReader.FOCUS_CLASS;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SourceService sources;

	private final AnnotationService annotations;

	private final Span count = new Span();

	private final EChart outletChart = new EChart();

	private final Grid<SourceSummary> grid = new Grid<>(SourceSummary.class, false);

	/** Shown only when some source names its outlet: a column of dashes says nothing. */
	private Grid.Column<SourceSummary> outletColumn;

	private final CallbackDataProvider<SourceSummary, Void> provider;

	private final Button outletFilter = new Button();

	private final SourceReader reader = new SourceReader();

	/**
	 * The outlet the grid is filtered by ({@link #NO_OUTLET} for the sources without
	 * one), or null.
	 */
	private String outlet;

	/** The span a deep link asked for, until the user reads another source. */
	private Focus focus;

	public SourcesView(SourceService sources, AnnotationService annotations, DatasetSelection selection) {
		super(selection);
		this.sources = sources;
		this.annotations = annotations;
		this.provider = new CallbackDataProvider<>(this::page, query -> countShown(), SourceSummary::id);

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

		SplitLayout split = new SplitLayout(this.grid, this.reader);
		split.setSizeFull();
		split.setSplitterPosition(45);
		split.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
				LumoUtility.BorderRadius.MEDIUM);

		add(title, this.outletChart, split);
		setFlexGrow(1, split);
	}

	/**
	 * Opens the reader at a span of a source (the evidence behind a chart element or a
	 * discrepancy).
	 */
	public static void open(int source, Integer start, Integer end) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("source", String.valueOf(source));
		if (start != null && end != null) {
			parameters.put("start", String.valueOf(start));
			parameters.put("end", String.valueOf(end));
		}
		UI.getCurrent().navigate(SourcesView.class, QueryParameters.simple(parameters));
	}

	private void configureGrid() {
		this.grid.setTestId("sources-grid");
		// Titles and outlets wrap rather than being cut to a dozen characters beside the
		// reader.
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_NO_BORDER,
				GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.addColumn(SourceSummary::id)
			.setHeader("#")
			.setWidth("4.5em")
			.setFlexGrow(0)
			.setSortProperty(SourceOrder.NUMBER.name());
		this.grid.addColumn(SourcesView::titleOf)
			.setHeader("Title")
			.setWidth("10rem")
			.setFlexGrow(3)
			.setSortProperty(SourceOrder.TITLE.name())
			.setTooltipGenerator(SourcesView::titleOf);
		this.outletColumn = this.grid.addColumn(source -> orDash(source.outlet()))
			.setHeader("Outlet")
			.setKey("outlet")
			.setWidth("6rem")
			.setFlexGrow(1)
			.setTooltipGenerator(source -> orDash(source.outlet()))
			.setSortProperty(SourceOrder.OUTLET.name());
		// The day is enough in the grid; the reader's byline has the whole moment with
		// its zone.
		this.grid
			.addColumn(source -> orDash(source.published() == null ? null
					: source.published().substring(0, Math.min(10, source.published().length()))))
			.setHeader("Published")
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setTooltipGenerator(source -> orDash(source.published()))
			.setSortProperty(SourceOrder.PUBLISHED.name());
		this.grid.setItems(this.provider);
		this.grid.setSizeFull();
		this.grid.asSingleSelect().addValueChangeListener(event -> {
			if (event.isFromClient()) {
				// The user reads another source: the deep link's span no longer applies.
				this.focus = null;
			}
			showSource(event.getValue());
		});
	}

	/** One page of the grid's rows, in the order its header asks for. */
	private Stream<SourceSummary> page(Query<SourceSummary, Void> query) {
		if (!this.selection.exists()) {
			return Stream.empty();
		}
		QuerySortOrder order = query.getSortOrders().isEmpty() ? null : query.getSortOrders().getFirst();
		return this.sources.pageSources(this.selection.dataset(), outletKey(),
				order == null ? SourceOrder.NUMBER : SourceOrder.valueOf(order.getSorted()),
				order != null && order.getDirection() == SortDirection.DESCENDING, query.getOffset(), query.getLimit())
			.stream();
	}

	private int countShown() {
		return this.selection.exists() ? this.sources.countSources(this.selection.dataset(), outletKey()) : 0;
	}

	/**
	 * The outlet filter as the service takes it: null for all, "" for the sources without
	 * an outlet.
	 */
	private String outletKey() {
		return this.outlet == null ? null : NO_OUTLET.equals(this.outlet) ? "" : this.outlet;
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		this.focus = focusOf(event.getLocation().getQueryParameters()).orElse(null);
		this.reader.forget();
		super.afterNavigation(event);
		if (this.focus != null) {
			selectFocusedSource();
		}
	}

	/**
	 * The span that {@code source}, {@code start} and {@code end} name; a bad or partial
	 * span opens the source's top.
	 */
	static Optional<Focus> focusOf(QueryParameters parameters) {
		Integer source = number(parameters, "source");
		if (source == null) {
			return Optional.empty();
		}
		Integer start = number(parameters, "start");
		Integer end = number(parameters, "end");
		if (start == null || end == null || start < 0 || end <= start) {
			return Optional.of(new Focus(source, -1, -1));
		}
		return Optional.of(new Focus(source, start, end));
	}

	private static Integer number(QueryParameters parameters, String name) {
		return parameters.getSingleParameter(name).map(value -> {
			try {
				return Integer.valueOf(value.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}).orElse(null);
	}

	private void selectFocusedSource() {
		SourceSummary target = current(this.focus.source()).map(SourceDetail::summary).orElse(null);
		if (target == null) {
			return;
		}
		if (this.outlet != null && !outletOf(target).equals(this.outlet)) {
			filterByOutlet(null);
		}
		this.grid.select(target);
		int index = this.sources.positionOf(this.selection.dataset(), outletKey(), target.id());
		if (index >= 0 && this.grid.getSortOrder().isEmpty()) {
			this.grid.scrollToIndex(index);
		}
	}

	/**
	 * The source as it is now, or empty when the dataset has none of that number (any
	 * more).
	 */
	private Optional<SourceDetail> current(int id) {
		if (!this.selection.exists()) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.sources.showSource(this.selection.dataset(), id));
		}
		catch (CrosscheckException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Re-reads the sources of the selected dataset, keeping the selected source when it
	 * is still there.
	 */
	@Override
	protected void refresh() {
		boolean exists = this.selection.exists();
		this.grid.setEmptyStateText(exists ? NO_SOURCES : missingDatasetText());
		Map<String, Integer> perOutlet = exists ? this.sources.sourcesPerOutlet(this.selection.dataset()) : Map.of();
		int total = perOutlet.values().stream().mapToInt(Integer::intValue).sum();
		this.count.setText(total == 1 ? "1 source" : total + " sources");
		this.outletChart.setOption(outletChartOption(perOutlet));
		// A chart of one bar, "(no outlet)", tells nothing.
		boolean outletsKnown = perOutlet.keySet().stream().anyMatch(outlet -> !outlet.isEmpty());
		this.outletChart.setVisible(outletsKnown);
		// ... and so does a column of dashes: the title takes its width.
		this.outletColumn.setVisible(outletsKnown);
		// refreshAll keeps the grid's scroll position.
		this.provider.refreshAll();
		SourceSummary selected = this.grid.asSingleSelect().getValue();
		Optional<SourceDetail> stillThere = selected == null ? Optional.empty() : current(selected.id());
		if (stillThere.isPresent()) {
			if (!stillThere.get().summary().equals(selected)) {
				this.grid.select(stillThere.get().summary());
			}
			show(stillThere.get());
		}
		else {
			this.grid.deselectAll();
			showSource(null);
		}
	}

	private void filterByOutlet(String outlet) {
		this.outlet = outlet;
		this.provider.refreshAll();
		this.outletFilter.setVisible(this.outlet != null);
		this.outletFilter.setText(this.outlet == null ? "" : "Outlet: " + this.outlet);
	}

	private void showSource(SourceSummary summary) {
		if (summary == null) {
			this.reader.showNothing();
			return;
		}
		current(summary.id()).ifPresentOrElse(this::show, this.reader::showNothing);
	}

	private void show(SourceDetail detail) {
		int id = detail.summary().id();
		Focus focused = this.focus != null && this.focus.source() == id ? this.focus : null;
		this.reader.show(new SourceReader.Content(detail,
				this.annotations.listAnnotations(this.selection.dataset(), id, null), focused));
	}

	/**
	 * ECharts option: a horizontal bar per outlet; each bar's id is the outlet, for the
	 * click filter.
	 */
	static String outletChartOption(Map<String, Integer> perOutlet) {
		Map<String, Integer> labelled = new TreeMap<>();
		perOutlet
			.forEach((outlet, count) -> labelled.merge(outlet.isBlank() ? NO_OUTLET : outlet, count, Integer::sum));
		ObjectNode option = JSON.createObjectNode();
		option.putObject("title")
			.put("text", "Sources per outlet")
			.put("left", "left")
			.putObject("textStyle")
			.put("fontSize", 14)
			.put("fontWeight", "normal");
		option.putObject("tooltip").put("trigger", "item");
		option.putObject("grid")
			.put("left", 8)
			.put("right", 24)
			.put("top", 32)
			.put("bottom", 8)
			.put("containLabel", true);
		option.putObject("xAxis").put("type", "value").put("minInterval", 1);
		ArrayNode categories = option.putObject("yAxis").put("type", "category").put("inverse", true).putArray("data");
		ObjectNode series = option.putArray("series")
			.addObject()
			.put("type", "bar")
			.put("name", "Sources")
			.put("barMaxWidth", 18)
			.put("cursor", "pointer");
		series.putObject("itemStyle").put("color", "#1676f3").put("borderRadius", 3);
		ArrayNode data = series.putArray("data");
		labelled.forEach((outlet, count) -> {
			String label = ChartText.escape(outlet);
			categories.add(label);
			data.addObject().put("value", count).put("id", outlet).put("name", label);
		});
		return JSON.writeValueAsString(option);
	}

	static String titleOf(SourceSummary source) {
		return source.title() == null || source.title().isBlank() ? "(untitled)" : source.title();
	}

	private static String outletOf(SourceSummary source) {
		return source.outlet() == null || source.outlet().isBlank() ? NO_OUTLET : source.outlet();
	}

	private static String orDash(String value) {
		return value == null || value.isBlank() ? "—" : value;
	}

}
