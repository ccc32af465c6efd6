package org.crosscheck.dashboard.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.vaadin.flow.component.ScrollOptions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.theme.lumo.LumoUtility;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.AnnotationView;
import org.crosscheck.dashboard.base.ui.DatasetSelection;
import org.crosscheck.dashboard.base.ui.EChart;
import org.crosscheck.dashboard.base.ui.LiveView;
import org.crosscheck.source.SourceDetail;
import org.crosscheck.source.SourceService;
import org.crosscheck.source.SourceSummary;

/**
 * The sources of the selected dataset: a chart of sources per outlet, a grid, and a reader
 * that shows the selected source's cleaned text with its annotations highlighted by kind.
 * {@code sources?source=2&start=100&end=140} opens the reader at a span, which is how every
 * chart element leads back to its words. Source text is data: it is always set as text
 * nodes and spans, never as HTML.
 */
@Route("sources")
@RouteAlias("")
@PageTitle("Sources · Crosscheck")
public class SourcesView extends LiveView {

	static final String NO_OUTLET = "(no outlet)";

	static final String NO_SOURCES = "No sources in this dataset yet. Import some from the console: source import <file or folder>";

	/** The CSS class of the span a deep link points at. */
	public static final String FOCUS_CLASS = "reader-focus";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SourceService sources;

	private final AnnotationService annotations;

	private final Span count = new Span();

	private final EChart outletChart = new EChart();

	private final Grid<SourceSummary> grid = new Grid<>(SourceSummary.class, false);

	private final Button outletFilter = new Button();

	private final VerticalLayout reader = new VerticalLayout();

	private List<SourceSummary> all = List.of();

	private List<SourceSummary> shown;

	private String outlet;

	/** The span a deep link asked for, until the user reads another source. */
	private Focus focus;

	/** What the reader shows now; an unchanged source is not rebuilt, so its scroll position stays. */
	private ReaderContent readerContent;

	/** A span of a source's cleaned text that the reader highlights and scrolls to. */
	public record Focus(int source, int start, int end) {
	}

	private record ReaderContent(SourceDetail detail, List<AnnotationView> annotations, Focus focus) {
	}

	public SourcesView(SourceService sources, AnnotationService annotations, DatasetSelection selection) {
		super(selection);
		this.sources = sources;
		this.annotations = annotations;

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
		split.setSplitterPosition(45);
		split.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
				LumoUtility.BorderRadius.MEDIUM);

		add(title, this.outletChart, split);
		setFlexGrow(1, split);
	}

	/** Opens the reader at a span of a source (the evidence behind a chart element or a discrepancy). */
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
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_NO_BORDER);
		this.grid.addColumn(SourceSummary::id).setHeader("#").setWidth("4.5em").setFlexGrow(0).setSortable(true);
		this.grid.addColumn(SourcesView::titleOf).setHeader("Title").setFlexGrow(4).setSortable(true)
			.setComparator(Comparator.comparing(SourcesView::titleOf, String.CASE_INSENSITIVE_ORDER))
			.setTooltipGenerator(SourcesView::titleOf);
		this.grid.addColumn(source -> orDash(source.outlet())).setHeader("Outlet").setFlexGrow(2).setSortable(true)
			.setComparator(Comparator.comparing(SourcesView::outletOf, String.CASE_INSENSITIVE_ORDER));
		// The day is enough in the grid; the reader's byline has the whole moment with its zone.
		this.grid.addColumn(source -> orDash(source.published() == null ? null
				: source.published().substring(0, Math.min(10, source.published().length()))))
			.setHeader("Published")
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setTooltipGenerator(source -> orDash(source.published()))
			.setSortable(true)
			.setComparator(Comparator.comparing(source -> Objects.requireNonNullElse(source.published(), "")));
		this.grid.setSizeFull();
		this.grid.asSingleSelect().addValueChangeListener(event -> {
			if (event.isFromClient()) {
				// The user reads another source: the deep link's span no longer applies.
				this.focus = null;
			}
			showSource(event.getValue());
		});
	}

	private void configureReader() {
		this.reader.setTestId("source-reader");
		this.reader.addClassNames("source-reader", LumoUtility.Padding.Horizontal.LARGE);
		this.reader.setSizeFull();
		this.reader.getStyle().set("overflow", "auto");
		showSource(null);
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		this.focus = focusOf(event.getLocation().getQueryParameters()).orElse(null);
		this.readerContent = null;
		super.afterNavigation(event);
		if (this.focus != null) {
			selectFocusedSource();
		}
	}

	/** The span that {@code source}, {@code start} and {@code end} name; a bad or partial span opens the source's top. */
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
		int wanted = this.focus.source();
		SourceSummary target = this.all.stream().filter(source -> source.id() == wanted).findFirst().orElse(null);
		if (target == null) {
			return;
		}
		if (this.outlet != null && !outletOf(target).equals(this.outlet)) {
			filterByOutlet(null);
		}
		this.grid.select(target);
		int index = this.shown.indexOf(target);
		if (index >= 0) {
			this.grid.scrollToIndex(index);
		}
	}

	/** Re-reads the sources of the selected dataset, keeping the selected source when it is still there. */
	@Override
	protected void refresh() {
		String dataset = this.selection.dataset();
		List<SourceSummary> latest = this.selection.exists() ? this.sources.listSources(dataset) : List.of();
		this.grid.setEmptyStateText(this.selection.exists() ? NO_SOURCES : missingDatasetText());
		this.count.setText(latest.size() == 1 ? "1 source" : latest.size() + " sources");
		this.outletChart.setOption(outletChartOption(latest));
		Integer selectedId = this.grid.asSingleSelect().getOptionalValue().map(SourceSummary::id).orElse(null);
		if (!latest.equals(this.all) || this.shown == null) {
			this.all = latest;
			applyFilter();
		}
		SourceSummary stillThere = this.all.stream()
			.filter(source -> Objects.equals(source.id(), selectedId))
			.findFirst()
			.orElse(null);
		if (stillThere != null) {
			if (!stillThere.equals(this.grid.asSingleSelect().getValue())) {
				this.grid.select(stillThere);
			}
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
		this.shown = this.outlet == null ? this.all
				: this.all.stream().filter(source -> outletOf(source).equals(this.outlet)).toList();
		this.grid.setItems(this.shown);
		this.outletFilter.setVisible(this.outlet != null);
		this.outletFilter.setText(this.outlet == null ? "" : "Outlet: " + this.outlet);
	}

	private void showSource(SourceSummary summary) {
		if (summary == null) {
			this.readerContent = null;
			this.reader.removeAll();
			Span hint = new Span(
					"Select a source to read its text.");
			hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.LARGE);
			this.reader.add(hint);
			return;
		}
		String dataset = this.selection.dataset();
		SourceDetail detail = this.sources.showSource(dataset, summary.id());
		List<AnnotationView> marks = this.annotations.listAnnotations(dataset, summary.id(), null);
		Focus focused = this.focus != null && this.focus.source() == summary.id() ? this.focus : null;
		ReaderContent content = new ReaderContent(detail, marks, focused);
		if (content.equals(this.readerContent)) {
			return;
		}
		this.readerContent = content;
		render(content);
	}

	private void render(ReaderContent content) {
		this.reader.removeAll();
		SourceSummary meta = content.detail().summary();
		H3 heading = new H3(titleOf(meta));
		heading.setTestId("reader-title");
		heading.addClassNames(LumoUtility.Margin.Bottom.NONE);
		Div byline = new Div();
		byline.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
		byline.setText(String.join(" · ", nonNull("#" + meta.id(), meta.outlet(), meta.author(), meta.published(),
				meta.length() + " characters", content.annotations().size() + " annotations")));
		this.reader.add(heading, byline);
		if (meta.url() != null) {
			// The address is shown as text, not as a link: a javascript: URL must not become clickable.
			Span url = new Span(meta.url());
			url.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.TERTIARY);
			url.setTestId("reader-url");
			this.reader.add(url);
		}
		this.reader.add(legend(content.annotations()));

		List<AnnotationView> anchored = content.annotations().stream().filter(a -> !a.orphan() && a.start() != null
				&& a.end() != null).sorted(Comparator.comparingInt(AnnotationView::start)).toList();
		Div text = new Div();
		text.setTestId("reader-text");
		Element firstFocus = null;
		for (Block block : blocks(content.detail().text())) {
			Paragraph paragraph = new Paragraph();
			Element focusHere = fill(paragraph.getElement(), content.detail().text(), block, anchored, content.focus());
			firstFocus = firstFocus == null ? focusHere : firstFocus;
			text.add(paragraph);
		}
		this.reader.add(text);

		List<AnnotationView> orphans = content.annotations().stream().filter(AnnotationView::orphan).toList();
		if (!orphans.isEmpty()) {
			this.reader.add(orphanList(orphans));
		}
		if (firstFocus != null) {
			Element target = firstFocus;
			// Centred, so that the words before the span are in view too.
			target.getComponent().ifPresent(component -> component.scrollIntoView(new ScrollOptions(
					ScrollOptions.Behavior.AUTO, ScrollOptions.Alignment.CENTER, ScrollOptions.Alignment.NEAREST)));
		}
	}

	private Div legend(List<AnnotationView> marks) {
		Map<AnnotationKind, Long> counts = new EnumMap<>(AnnotationKind.class);
		for (AnnotationKind kind : AnnotationKind.values()) {
			counts.put(kind, 0L);
		}
		for (AnnotationView mark : marks) {
			counts.merge(kindOf(mark), 1L, Long::sum);
		}
		Div legend = new Div();
		legend.setTestId("reader-legend");
		legend.addClassNames("reader-legend");
		counts.forEach((kind, number) -> {
			Span chip = new Span(
					kind.key() + " " + number);
			chip.addClassNames("annotation", "kind-" + kind.key());
			legend.add(chip);
		});
		return legend;
	}

	private Div orphanList(List<AnnotationView> orphans) {
		Div box = new Div();
		box.setTestId("reader-orphans");
		box.addClassNames("reader-orphans");
		H4 heading = new H4("Annotations no longer found in the text (" + orphans.size() + ")");
		UnorderedList list = new UnorderedList();
		for (AnnotationView orphan : orphans) {
			ListItem item = new ListItem();
			Span kind = new Span(
					kindOf(orphan).key() + " #" + orphan.id());
			kind.addClassNames("annotation", "kind-" + kindOf(orphan).key());
			item.add(kind);
			item.getElement().appendChild(Element.createText(" «" + orphan.exact() + "»"
					+ (orphan.note() == null ? "" : " — " + orphan.note())));
			list.add(item);
		}
		box.add(heading, list);
		return box;
	}

	/** A paragraph of the cleaned text: its offsets, without the surrounding blank space. */
	record Block(int start, int end) {
	}

	/** The text's paragraphs as offsets: blocks separated by blank lines, or lines when it has none. */
	static List<Block> blocks(String text) {
		List<Block> blocks = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return blocks;
		}
		java.util.regex.Matcher separator = java.util.regex.Pattern
			.compile(text.contains("\n\n") ? "\\n\\s*\\n" : "\\n")
			.matcher(text);
		int from = 0;
		while (from <= text.length()) {
			int to = separator.find(from) ? separator.start() : text.length();
			int start = from;
			int end = to;
			while (start < end && Character.isWhitespace(text.charAt(start))) {
				start++;
			}
			while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
				end--;
			}
			if (end > start) {
				blocks.add(new Block(start, end));
			}
			if (to == text.length()) {
				break;
			}
			from = separator.end();
		}
		return blocks;
	}

	/** The text's paragraphs as strings. */
	static List<String> paragraphs(String text) {
		return blocks(text).stream().map(block -> text.substring(block.start(), block.end())).toList();
	}

	/**
	 * Fills {@code paragraph} with the block's text: plain stretches as text nodes, annotated
	 * ones as spans whose classes name the kinds that cover them.
	 * @return the first span of the focus in this block, or null
	 */
	static Element fill(Element paragraph, String text, Block block, List<AnnotationView> anchored, Focus focus) {
		java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(block.start(), block.end()));
		List<AnnotationView> here = new ArrayList<>();
		for (AnnotationView mark : anchored) {
			if (mark.start() >= block.end()) {
				break;
			}
			if (mark.end() > block.start()) {
				here.add(mark);
				cuts.add(Math.max(mark.start(), block.start()));
				cuts.add(Math.min(mark.end(), block.end()));
			}
		}
		boolean focusHere = focus != null && focus.start() < block.end() && focus.end() > block.start();
		if (focusHere) {
			cuts.add(Math.max(focus.start(), block.start()));
			cuts.add(Math.min(focus.end(), block.end()));
		}
		Element firstFocus = null;
		Integer previous = null;
		for (int cut : cuts) {
			if (previous != null && cut > previous) {
				int from = previous;
				int to = cut;
				String words = text.substring(from, to);
				List<AnnotationView> covering = here.stream().filter(m -> m.start() <= from && m.end() >= to).toList();
				boolean focused = focusHere && focus.start() <= from && focus.end() >= to;
				if (covering.isEmpty() && !focused) {
					paragraph.appendChild(Element.createText(words));
					previous = cut;
					continue;
				}
				Span span = new Span(words);
				span.addClassName("annotation");
				covering.stream().map(m -> "kind-" + kindOf(m).key()).distinct().forEach(span::addClassName);
				if (covering.size() > 1) {
					span.addClassName("layered");
				}
				if (focused) {
					span.addClassName(FOCUS_CLASS);
					firstFocus = firstFocus == null ? span.getElement() : firstFocus;
				}
				if (!covering.isEmpty()) {
					span.setTitle(covering.stream().map(SourcesView::describe).collect(Collectors.joining("\n")));
					span.getElement().setAttribute("data-annotations",
							covering.stream().map(m -> String.valueOf(m.id())).collect(Collectors.joining(" ")));
				}
				paragraph.appendChild(span.getElement());
			}
			previous = cut;
		}
		return firstFocus;
	}

	private static String describe(AnnotationView mark) {
		StringBuilder text = new StringBuilder(kindOf(mark).key()).append(" #").append(mark.id());
		if (mark.note() != null && !mark.note().isBlank()) {
			text.append(": ").append(mark.note());
		}
		if (mark.tags() != null && !mark.tags().isEmpty()) {
			text.append(" [").append(String.join(", ", mark.tags())).append(']');
		}
		return text.toString();
	}

	private static AnnotationKind kindOf(AnnotationView mark) {
		try {
			return AnnotationKind.of(mark.kind());
		}
		catch (RuntimeException ex) {
			return AnnotationKind.NOTE;
		}
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
			String label = org.crosscheck.dashboard.base.ui.ChartText.escape(outlet);
			categories.add(label);
			data.addObject().put("value", count).put("id", outlet).put("name", label);
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
