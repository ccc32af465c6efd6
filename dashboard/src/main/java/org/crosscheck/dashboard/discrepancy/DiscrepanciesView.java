package org.crosscheck.dashboard.discrepancy;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import org.crosscheck.dashboard.base.security.DashboardAccess;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.dashboard.base.ui.DatasetSelection;
import org.crosscheck.story.StoryService;
import org.crosscheck.dashboard.base.ui.LiveView;
import org.crosscheck.dashboard.base.ui.StoryFilter;
import org.crosscheck.dashboard.source.SourcesView;
import org.crosscheck.discrepancy.DiscrepancyKind;
import org.crosscheck.discrepancy.DiscrepancyService;
import org.crosscheck.discrepancy.DiscrepancyStatus;
import org.crosscheck.discrepancy.DiscrepancyView;
import org.crosscheck.discrepancy.SpanView;
import org.crosscheck.source.SourceService;

/**
 * The discrepancies of the selected dataset: a lazy grid filtered by kind, status, source
 * and story, and a panel with the disagreeing words side by side, their difference
 * marked, the notes, and the user's decision, recorded through the same service call as
 * the console's {@code discrepancy resolve}.
 */
@Route("discrepancies")
@PageTitle("Discrepancies · Crosscheck")
public class DiscrepanciesView extends LiveView {

	static final List<String> KINDS = DiscrepancyKind.keys();

	static final List<String> STATUSES = DiscrepancyStatus.keys();

	/** Percent of the width the list takes beside the detail. */
	static final double GRID_SHARE = 64;

	// Widths of the short columns: their longest value ("99999", "medium", "attribution",
	// "dismissed",
	// "#12 ↔ #34") and the narrow cell padding. In rem, not em: an em of the header's
	// smaller font would
	// make the header's columns narrower than the rows' below them.
	static final String ID_WIDTH = "3.5rem";

	static final String SEVERITY_WIDTH = "5.5rem";

	static final String KIND_WIDTH = "6.5rem";

	static final String STATUS_WIDTH = "6.5rem";

	static final String SOURCES_WIDTH = "6rem";

	static final String NO_DISCREPANCIES = "No discrepancies here. From the console: discrepancy check, or flag one "
			+ "between two annotations.";

	private final DiscrepancyService discrepancies;

	private final SourceService sources;

	private final ComboBox<String> kindFilter = new ComboBox<>("Kind");

	private final ComboBox<String> statusFilter = new ComboBox<>("Status");

	private final ComboBox<Integer> sourceFilter = new ComboBox<>("Source");

	private final StoryFilter storyFilter = new StoryFilter();

	private final StoryService stories;

	private final Span count = new Span();

	private final Grid<DiscrepancyView> grid = new Grid<>(DiscrepancyView.class, false);

	private final VerticalLayout detail = new VerticalLayout();

	private final Div detailContent = new Div();

	private final ComboBox<String> decision = new ComboBox<>("Decision");

	private final TextArea note = new TextArea("Note");

	private final Button record = new Button("Record decision");

	private Integer shownVersion;

	private final CallbackDataProvider<DiscrepancyView, Void> provider;

	private DiscrepancyView shown;

	private List<Integer> sourceIds = List.of();

	private final DashboardAccess access;

	public DiscrepanciesView(DiscrepancyService discrepancies, SourceService sources, StoryService stories,
			DatasetSelection selection, DashboardAccess access) {
		super(selection);
		this.stories = stories;
		this.access = access;
		this.discrepancies = discrepancies;
		this.sources = sources;
		this.provider = new CallbackDataProvider<>(query -> this.selection.exists() ? this.discrepancies
			.pageDiscrepancies(this.selection.dataset(), this.statusFilter.getValue(), this.kindFilter.getValue(),
					this.sourceFilter.getValue(), this.storyFilter.getValue(), query.getOffset(), query.getLimit())
			.stream() : java.util.stream.Stream.empty(), query -> countShown(), DiscrepancyView::id);

		H2 heading = new H2("Discrepancies");
		heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
		this.count.getElement().getThemeList().add("badge contrast pill");
		this.count.setTestId("discrepancy-count");
		HorizontalLayout title = new HorizontalLayout(heading, this.count);
		title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

		configureFilters();
		HorizontalLayout filters = new HorizontalLayout(this.kindFilter, this.statusFilter, this.sourceFilter,
				this.storyFilter);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		configureGrid();
		configureDetail();

		SplitLayout split = new SplitLayout(this.grid, this.detail);
		split.setSizeFull();
		// The list gets the larger part: its summary is what one scans; the detail wraps
		// its two sides.
		split.setSplitterPosition(GRID_SHARE);
		split.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
				LumoUtility.BorderRadius.MEDIUM);
		add(title, filters, split);
		setFlexGrow(1, split);
	}

	private void configureFilters() {
		this.kindFilter.setItems(KINDS);
		this.kindFilter.setTestId("kind-filter");
		this.statusFilter.setItems(STATUSES);
		this.statusFilter.setTestId("status-filter");
		this.sourceFilter.setTestId("source-filter");
		this.sourceFilter.setItemLabelGenerator(id -> "#" + id);
		for (ComboBox<?> filter : List.of(this.kindFilter, this.statusFilter, this.sourceFilter, this.storyFilter)) {
			filter.setClearButtonVisible(true);
			filter.setPlaceholder("all");
			filter.setWidth("11rem");
			filter.addValueChangeListener(event -> this.provider.refreshAll());
		}
	}

	private void configureGrid() {
		this.grid.setTestId("discrepancies-grid");
		// The summary wraps rather than being cut; the other columns are narrow and
		// fixed, so it takes the rest.
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_NO_BORDER,
				GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.getStyle().set("--vaadin-grid-cell-padding", "var(--lumo-space-xs) var(--lumo-space-s)");
		narrow(this.grid.addColumn(DiscrepancyView::id).setHeader("#"), ID_WIDTH);
		narrow(this.grid.addColumn(DiscrepancyView::severity).setHeader("Severity"), SEVERITY_WIDTH);
		narrow(this.grid.addColumn(DiscrepancyView::kind).setHeader("Kind"), KIND_WIDTH);
		narrow(this.grid.addColumn(DiscrepancyView::status).setHeader("Status"), STATUS_WIDTH);
		this.grid.addColumn(DiscrepancyView::summary)
			.setHeader("Summary")
			.setWidth("12rem")
			.setFlexGrow(1)
			.setTooltipGenerator(DiscrepancyView::summary);
		narrow(this.grid.addColumn(DiscrepanciesView::sourcesOf).setHeader("Sources"), SOURCES_WIDTH)
			.setTooltipGenerator(DiscrepanciesView::sourcesOf);
		this.grid.setItems(this.provider);
		this.grid.setEmptyStateText(NO_DISCREPANCIES);
		this.grid.setSizeFull();
		this.grid.asSingleSelect().addValueChangeListener(event -> {
			if (event.getValue() != null) {
				show(event.getValue(), true);
			}
		});
	}

	private void configureDetail() {
		this.detail.setTestId("discrepancy-detail");
		this.detail.setSizeFull();
		this.detail.addClassNames(LumoUtility.Padding.Horizontal.LARGE);
		this.detail.getStyle().set("overflow", "auto").set("min-width", "0");
		this.detailContent.setWidthFull();
		this.decision.setItems(STATUSES);
		this.decision.setTestId("decision-status");
		this.decision.setAllowCustomValue(false);
		this.note.setTestId("decision-note");
		this.note.setPlaceholder("Why? (kept with the discrepancy's notes)");
		this.note.setWidthFull();
		this.note.setMaxLength(2000);
		this.record.setTestId("decision-record");
		this.record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.record.setIcon(VaadinIcon.CHECK.create());
		this.record.addClickListener(event -> recordDecision());
		HorizontalLayout form = new HorizontalLayout(this.decision, this.record);
		form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		this.detail.add(this.detailContent, form, this.note);
		showNothing();
	}

	@Override
	protected void refresh() {
		boolean exists = this.selection.exists();
		this.grid.setEmptyStateText(exists ? NO_DISCREPANCIES : missingDatasetText());
		List<Integer> ids = exists ? this.sources.sourceIds(this.selection.dataset()) : List.of();
		if (!ids.equals(this.sourceIds)) {
			this.sourceIds = ids;
			Integer chosen = this.sourceFilter.getValue();
			this.sourceFilter.setItems(ids);
			this.sourceFilter.setValue(ids.contains(chosen) ? chosen : null);
		}
		this.storyFilter.offer(this.stories, this.selection.dataset(), exists);
		// refreshAll keeps the grid's scroll position; the count is re-read with the
		// rows.
		this.provider.refreshAll();
		if (this.shown != null) {
			try {
				DiscrepancyView latest = exists ? this.discrepancies.show(this.selection.dataset(), this.shown.id())
						: null;
				if (latest == null) {
					showNothing();
				}
				else if (!latest.equals(this.shown)) {
					show(latest, false);
				}
			}
			catch (CrosscheckException ex) {
				// Gone meanwhile (another dataset, or removed): nothing to show.
				showNothing();
			}
		}
	}

	private int countShown() {
		int total = this.selection.exists()
				? this.discrepancies.countDiscrepancies(this.selection.dataset(), this.statusFilter.getValue(),
						this.kindFilter.getValue(), this.sourceFilter.getValue(), this.storyFilter.getValue())
				: 0;
		this.count.setText(total == 1 ? "1 discrepancy" : total + " discrepancies");
		return total;
	}

	private void showNothing() {
		this.shown = null;
		this.detailContent.removeAll();
		Span hint = new Span("Select a discrepancy to see the words on each side and decide it.");
		hint.addClassNames(LumoUtility.TextColor.SECONDARY);
		this.detailContent.add(hint);
		setDecisionEnabled(false);
	}

	/**
	 * Shows a discrepancy. {@code anotherOne} resets the decision form; a refresh of the
	 * same discrepancy keeps what the user is typing.
	 */
	private void show(DiscrepancyView discrepancy, boolean anotherOne) {
		boolean sameOne = this.shown != null && this.shown.id() == discrepancy.id();
		this.shown = discrepancy;
		// The decision applies to this version; if someone else decides first, the
		// service says so.
		this.shownVersion = this.discrepancies.version(this.selection.dataset(), discrepancy.id());
		this.detailContent.removeAll();

		H3 heading = new H3("Discrepancy " + discrepancy.id());
		heading.addClassNames(LumoUtility.Margin.Bottom.NONE);
		Span kind = badge(discrepancy.kind(), "");
		Span severity = badge(discrepancy.severity(), discrepancy.severity().equals("high") ? "error" : "contrast");
		Span status = badge(discrepancy.status(),
				DiscrepancyStatus.of(discrepancy.status()).isDecided() ? "success" : "");
		status.setTestId("detail-status");
		HorizontalLayout badges = new HorizontalLayout(kind, severity, status);
		badges.setSpacing(true);
		Div summary = new Div();
		summary.setText(discrepancy.summary());
		summary.setTestId("detail-summary");
		Div raised = new Div();
		raised.setText("Raised by " + discrepancy.raisedBy() + " on " + discrepancy.created());
		raised.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
		this.detailContent.add(heading, badges, summary, raised);

		if (discrepancy.diff() != null && !discrepancy.diff().isBlank()) {
			H4 differenceHeading = new H4("Difference");
			Div difference = DiffText.render(discrepancy.diff());
			difference.setTestId("detail-diff");
			this.detailContent.add(differenceHeading, difference);
		}
		this.detailContent.add(new H4("The words on each side"), spans(discrepancy.spans()));

		H4 notesHeading = new H4("Notes");
		Div notes = new Div();
		notes.setTestId("detail-notes");
		notes.addClassNames("discrepancy-notes");
		if (discrepancy.notes() == null || discrepancy.notes().isBlank()) {
			Span none = new Span("No notes yet.");
			none.addClassNames(LumoUtility.TextColor.SECONDARY);
			notes.add(none);
		}
		else {
			discrepancy.notes().lines().forEach(line -> {
				Div entry = new Div();
				entry.setText(line);
				notes.add(entry);
			});
		}
		this.detailContent.add(notesHeading, notes);

		if (anotherOne || !sameOne) {
			this.decision.setValue(discrepancy.status());
			this.note.clear();
		}
		setDecisionEnabled(true);
	}

	private HorizontalLayout spans(List<SpanView> spans) {
		HorizontalLayout sideBySide = new HorizontalLayout();
		sideBySide.setWidthFull();
		sideBySide.setTestId("detail-spans");
		for (SpanView span : spans) {
			VerticalLayout side = new VerticalLayout();
			side.setPadding(true);
			side.setSpacing(false);
			side.addClassNames("discrepancy-side", LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
					LumoUtility.BorderRadius.MEDIUM);
			Button open = new Button(
					"Source " + span.source() + (span.start() == null ? "" : " · " + span.start() + "–" + span.end()));
			open.setTooltipText("Open the source at these words");
			open.setIcon(VaadinIcon.FILE_TEXT_O.create());
			open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
			open.addClickListener(event -> SourcesView.open(span.source(), span.start(), span.end()));
			Div words = new Div();
			words.setText(span.exact() == null ? "(no words)" : "«" + span.exact() + "»");
			words.addClassNames("discrepancy-words");
			side.add(open, words);
			// Equal shares that may shrink below their content's width, so the panel
			// never scrolls sideways.
			side.getStyle().set("flex", "1 1 0").set("min-width", "0");
			sideBySide.add(side);
		}
		return sideBySide;
	}

	private void recordDecision() {
		DiscrepancyView current = this.shown;
		if (current == null || this.decision.getValue() == null) {
			return;
		}
		if (!this.access.canEdit()) {
			Notification.show("Viewers cannot change discrepancies; sign in as an editor.", 4000,
					Notification.Position.BOTTOM_START);
			return;
		}
		DiscrepancyView decided = this.discrepancies.resolve(this.selection.dataset(), current.id(),
				this.decision.getValue(), this.note.getValue(), this.shownVersion);
		this.note.clear();
		show(decided, false);
		this.provider.refreshItem(decided);
		this.provider.refreshAll();
		Notification.show("Discrepancy " + decided.id() + " is now " + decided.status() + ".", 3000,
				Notification.Position.BOTTOM_START);
	}

	private void setDecisionEnabled(boolean enabled) {
		enabled = enabled && this.access.canEdit();
		this.decision.setEnabled(enabled);
		this.note.setEnabled(enabled);
		this.record.setEnabled(enabled);
	}

	private static Span badge(String text, String theme) {
		Span badge = new Span(Objects.requireNonNullElse(text, "—"));
		badge.getElement().getThemeList().add(("badge pill " + theme).strip());
		return badge;
	}

	/**
	 * A column as wide as its longest value ("attribution", "confirmed", "#1 ↔ #2"),
	 * never wider.
	 */
	private static <T> Grid.Column<T> narrow(Grid.Column<T> column, String width) {
		return column.setWidth(width).setFlexGrow(0);
	}

	private static String sourcesOf(DiscrepancyView discrepancy) {
		return String.join(" ↔ ", discrepancy.spans().stream().map(span -> "#" + span.source()).distinct().toList());
	}

}
