package org.crosscheck.dashboard.base.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.crosscheck.dashboard.contract.ContractsView;
import org.crosscheck.dashboard.discrepancy.DiscrepanciesView;
import org.crosscheck.dashboard.notebook.NotebookView;
import org.crosscheck.dashboard.source.SourcesView;
import org.crosscheck.dashboard.timeline.TimelineView;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.dataset.DatasetSummary;

/**
 * The frame around every view: the product name, the dataset selector, the side
 * navigation, and the poll that keeps the views up to date with the database.
 */
@Layout
public class MainLayout extends AppLayout implements AfterNavigationObserver {

	/** How often a view checks whether its dataset changed, in milliseconds. */
	static final int POLL_INTERVAL_MILLIS = 1500;

	private final DatasetService datasets;

	private final DatasetSelection selection;

	private final ComboBox<String> datasetSelector = new ComboBox<>();

	private List<String> datasetNames = List.of();

	private Registration pollRegistration;

	private Registration selectionRegistration;

	public MainLayout(DatasetService datasets, DatasetSelection selection) {
		this.datasets = datasets;
		this.selection = selection;
		setPrimarySection(Section.NAVBAR);
		addToNavbar(new DrawerToggle(), header());
		addToDrawer(navigation());
	}

	private HorizontalLayout header() {
		Icon logo = VaadinIcon.CHECK_SQUARE_O.create();
		logo.addClassNames(LumoUtility.TextColor.PRIMARY);
		Span name = new Span("Crosscheck");
		name.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.BOLD, LumoUtility.TextColor.PRIMARY);
		name.setTestId("product-name");
		Span tagline = new Span("check what the news says");
		tagline.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
		HorizontalLayout brand = new HorizontalLayout(logo, name, tagline);
		brand.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		brand.setSpacing(false);
		brand.getStyle().set("column-gap", "var(--lumo-space-s)");

		this.datasetSelector.setPlaceholder("Dataset");
		this.datasetSelector.setAriaLabel("Dataset");
		this.datasetSelector.setTooltipText("The dataset to show");
		this.datasetSelector.setPrefixComponent(VaadinIcon.ARCHIVE.create());
		this.datasetSelector.setAllowCustomValue(false);
		this.datasetSelector.setWidth("16rem");
		this.datasetSelector.setTestId("dataset-selector");
		this.datasetSelector.addFocusListener(event -> reloadDatasets());
		this.datasetSelector.addValueChangeListener(event -> {
			if (event.isFromClient() && event.getValue() != null) {
				this.selection.select(event.getValue());
			}
		});

		HorizontalLayout header = new HorizontalLayout(brand, this.datasetSelector);
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		header.expand(brand);
		header.setWidthFull();
		header.addClassNames(LumoUtility.Padding.End.MEDIUM);
		return header;
	}

	private SideNav navigation() {
		SideNav nav = new SideNav();
		nav.addItem(new SideNavItem("Sources", SourcesView.class, VaadinIcon.FILE_TEXT_O.create()));
		nav.addItem(new SideNavItem("Contracts", ContractsView.class, VaadinIcon.BAR_CHART.create()));
		nav.addItem(new SideNavItem("Timeline", TimelineView.class, VaadinIcon.CALENDAR_CLOCK.create()));
		nav.addItem(new SideNavItem("Discrepancies", DiscrepanciesView.class, VaadinIcon.SCALE_UNBALANCE.create()));
		nav.addItem(new SideNavItem("Notebook", NotebookView.class, VaadinIcon.NOTEBOOK.create()));
		nav.addClassNames(LumoUtility.Padding.SMALL);
		nav.setTestId("side-nav");
		return nav;
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		reloadDatasets();
		this.selectionRegistration = this.selection.addChangeListener(dataset -> reloadDatasets());
		attachEvent.getUI().setPollInterval(POLL_INTERVAL_MILLIS);
		this.pollRegistration = attachEvent.getUI().addPollListener(event -> this.selection.checkForChanges());
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		if (this.pollRegistration != null) {
			this.pollRegistration.remove();
			this.selectionRegistration.remove();
			this.pollRegistration = null;
		}
		detachEvent.getUI().setPollInterval(-1);
		super.onDetach(detachEvent);
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		reloadDatasets();
	}

	private void reloadDatasets() {
		String selected = this.selection.dataset();
		List<String> names = this.datasets.listDatasets().stream().map(DatasetSummary::name).toList();
		if (!names.equals(this.datasetNames)) {
			this.datasetNames = names;
			this.datasetSelector.setItems(names);
		}
		this.datasetSelector.setValue(names.contains(selected) ? selected : null);
	}

}
