package org.crosscheck.dashboard.contract;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.crosscheck.ledger.ClaimService;
import org.crosscheck.ledger.ContractView;
import org.crosscheck.common.Csv;
import org.crosscheck.ledger.Evidence;
import org.crosscheck.ledger.VendorTotal;
import org.crosscheck.dashboard.base.ui.ChartText;
import org.crosscheck.dashboard.base.ui.DatasetSelection;
import org.crosscheck.dashboard.base.ui.EChart;
import org.crosscheck.dashboard.base.ui.LiveView;
import org.crosscheck.dashboard.source.SourcesView;

/**
 * The contracts of the selected dataset: per currency, a bar chart of each vendor's
 * obligated value and ceiling whose bars lead to the evidence words, a grid of the same
 * contracts and their CSV.
 */
@Route("contracts")
@PageTitle("Contracts · Crosscheck")
public class ContractsView extends LiveView {

	static final String NO_CONTRACTS = "No contracts in this dataset yet. From the console: suggest --all, then "
			+ "suggestion accept --all --kind contract (or contract add --vendor ...)";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ClaimService claims;

	private final Span count = new Span();

	private final Div charts = new Div();

	private final Span emptyCharts = new Span();

	private final Grid<ContractView> grid = new Grid<>(ContractView.class, false);

	private final Anchor csv;

	private final Map<String, EChart> chartsByCurrency = new LinkedHashMap<>();

	/** What each bar leads to, by the bar's id. */
	private Map<String, Evidence> barTargets = Map.of();

	private List<ContractView> contracts = List.of();

	public ContractsView(ClaimService claims, DatasetSelection selection) {
		super(selection);
		this.claims = claims;

		H2 heading = new H2("Contracts");
		heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
		this.count.getElement().getThemeList().add("badge contrast pill");
		this.count.setTestId("contract-count");
		this.csv = new Anchor(
				DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams.DownloadResponse(
						new java.io.ByteArrayInputStream(csv(this.contracts).getBytes(StandardCharsets.UTF_8)),
						this.selection.dataset() + "-contracts.csv", "text/csv; charset=utf-8", -1)),
				"");
		this.csv.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" CSV"));
		this.csv.setTestId("contracts-csv");
		this.csv.getElement().setAttribute("download", true);
		HorizontalLayout title = new HorizontalLayout(heading, this.count, this.csv);
		title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

		this.charts.setTestId("contract-charts");
		this.charts.setWidthFull();
		this.emptyCharts.addClassNames(LumoUtility.TextColor.SECONDARY);
		configureGrid();
		add(title, this.charts, this.grid);
		setFlexGrow(1, this.grid);
	}

	private void configureGrid() {
		this.grid.setTestId("contracts-grid");
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		// rem, not em: the header's smaller font would make an em column narrower than
		// its rows.
		this.grid.addColumn(ContractView::id).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
		this.grid.addColumn(ContractView::vendor)
			.setHeader("Vendor")
			.setFlexGrow(2)
			.setSortable(true)
			.setTooltipGenerator(ContractView::vendor);
		this.grid.addColumn(contract -> orDash(contract.agency()))
			.setHeader("Agency")
			.setFlexGrow(3)
			.setTooltipGenerator(contract -> orDash(contract.agency()));
		this.grid.addColumn(contract -> ChartText.full(contract.obligated(), contract.currency()))
			.setHeader("Obligated")
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setTextAlign(ColumnTextAlign.END);
		this.grid.addColumn(contract -> ChartText.full(contract.ceiling(), contract.currency()))
			.setHeader("Ceiling")
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setTextAlign(ColumnTextAlign.END);
		this.grid.addColumn(contract -> orDash(contract.awarded()))
			.setHeader("Awarded")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(contract -> orDash(contract.periodEnd()))
			.setHeader("Period end")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(contract -> orDash(contract.optionsEnd()))
			.setHeader("Options end")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(ContractsView::evidenceText)
			.setHeader("Evidence")
			.setFlexGrow(5)
			.setTooltipGenerator(ContractsView::evidenceText);
		this.grid.setMinHeight("14rem");
		this.grid.setWidthFull();
		this.grid.addItemDoubleClickListener(event -> openEvidence(event.getItem()));
	}

	@Override
	protected void refresh() {
		boolean exists = this.selection.exists();
		String dataset = this.selection.dataset();
		List<ContractView> latest = exists ? this.claims.listContracts(dataset) : List.of();
		List<VendorTotal> totals = exists ? this.claims.contractsByVendor(dataset) : List.of();
		this.grid.setEmptyStateText(exists ? NO_CONTRACTS : missingDatasetText());
		this.count.setText(latest.size() == 1 ? "1 contract" : latest.size() + " contracts");
		if (!latest.equals(this.contracts)) {
			this.contracts = latest;
			this.grid.setItems(latest);
		}
		this.csv.setEnabled(!latest.isEmpty());
		drawCharts(totals, latest);
	}

	private void drawCharts(List<VendorTotal> totals, List<ContractView> contracts) {
		Map<String, List<VendorTotal>> byCurrency = totals.stream()
			.collect(Collectors.groupingBy(VendorTotal::currency, LinkedHashMap::new, Collectors.toList()));
		Map<String, Evidence> targets = new LinkedHashMap<>();
		if (byCurrency.isEmpty()) {
			this.charts.removeAll();
			this.chartsByCurrency.clear();
			this.emptyCharts.setText(this.selection.exists() ? NO_CONTRACTS : missingDatasetText());
			this.charts.add(this.emptyCharts);
			this.barTargets = targets;
			return;
		}
		if (!this.chartsByCurrency.keySet().equals(byCurrency.keySet())) {
			this.charts.removeAll();
			this.chartsByCurrency.clear();
			for (String currency : byCurrency.keySet()) {
				EChart chart = new EChart();
				chart.setTestId("contracts-chart-" + currency);
				chart.setHeight("280px");
				chart.addItemClickListener(event -> openBar(event.getId()));
				this.chartsByCurrency.put(currency, chart);
				this.charts.add(chart);
			}
		}
		byCurrency.forEach((currency, vendorTotals) -> this.chartsByCurrency.get(currency)
			.setOption(chartOption(currency, vendorTotals, contracts, targets)));
		this.barTargets = targets;
	}

	/**
	 * ECharts option for one currency: a category per vendor and two bar series,
	 * obligated and ceiling, on a value axis in a readable unit ($150M). Each bar carries
	 * its tooltip as escaped plain text and an id that {@code targets} maps to the
	 * evidence it opens.
	 */
	static String chartOption(String currency, List<VendorTotal> totals, List<ContractView> contracts,
			Map<String, Evidence> targets) {
		BigDecimal max = totals.stream()
			.map(total -> total.ceiling() != null ? total.ceiling() : total.obligated())
			.filter(java.util.Objects::nonNull)
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO);
		ChartText.Scale scale = ChartText.Scale.of(max);
		ObjectNode option = JSON.createObjectNode();
		option.putObject("title")
			.put("text", "Contract values in " + currency)
			.put("left", "left")
			.putObject("textStyle")
			.put("fontSize", 14)
			.put("fontWeight", "normal");
		// Rich text on the canvas, never HTML (the chart element insists on it too).
		option.putObject("tooltip").put("trigger", "item").put("renderMode", "richText").put("confine", true);
		option.putObject("legend").put("top", 0).put("right", 8);
		option.putObject("grid")
			.put("left", 8)
			.put("right", 24)
			.put("top", 40)
			.put("bottom", 8)
			.put("containLabel", true);
		ArrayNode categories = option.putObject("xAxis").put("type", "category").putArray("data");
		ObjectNode valueAxis = option.putObject("yAxis").put("type", "value");
		valueAxis.putObject("axisLabel").put("formatter", ChartText.axisLabel(currency, scale));
		ArrayNode series = option.putArray("series");
		ArrayNode obligated = bars(series, "Obligated", "#1676f3");
		ArrayNode ceiling = bars(series, "Ceiling", "#9ec5fe");
		for (VendorTotal total : totals) {
			categories.add(ChartText.escape(total.vendor()));
			List<ContractView> ofVendor = contracts.stream()
				.filter(contract -> contract.vendor().equals(total.vendor())
						&& currency.equals(contract.currency() == null ? "USD" : contract.currency()))
				.toList();
			Evidence evidence = ofVendor.stream()
				.flatMap(contract -> contract.evidence().stream())
				.findFirst()
				.orElse(null);
			String evidenceLines = evidenceLines(ofVendor);
			addBar(obligated, total, "obligated", total.obligated(), currency, scale, evidenceLines, evidence, targets);
			addBar(ceiling, total, "ceiling", total.ceiling(), currency, scale, evidenceLines, evidence, targets);
		}
		return JSON.writeValueAsString(option);
	}

	private static ArrayNode bars(ArrayNode series, String name, String colour) {
		ObjectNode bar = series.addObject()
			.put("type", "bar")
			.put("name", name)
			.put("barMaxWidth", 42)
			.put("cursor", "pointer");
		bar.putObject("itemStyle").put("color", colour).put("borderRadius", 3);
		return bar.putArray("data");
	}

	private static void addBar(ArrayNode data, VendorTotal total, String measure, BigDecimal amount, String currency,
			ChartText.Scale scale, String evidenceLines, Evidence evidence, Map<String, Evidence> targets) {
		String id = measure + ":" + currency + ":" + data.size();
		ObjectNode bar = data.addObject();
		if (amount == null) {
			bar.putNull("value");
		}
		else {
			bar.put("value", scale.apply(amount));
		}
		String tooltip = ChartText.escape(total.vendor()) + " — " + measure + " " + ChartText.compact(amount, currency)
				+ " (" + total.contracts() + (total.contracts() == 1 ? " contract" : " contracts") + ")"
				+ evidenceLines;
		bar.put("name", ChartText.escape(total.vendor()));
		bar.putObject("tooltip").put("formatter", tooltip);
		if (evidence != null) {
			bar.put("id", id);
			targets.put(id, evidence);
		}
	}

	/**
	 * Each contract's evidence words and source, one line each, escaped for the tooltip.
	 */
	private static String evidenceLines(List<ContractView> contracts) {
		StringBuilder lines = new StringBuilder();
		for (ContractView contract : contracts) {
			for (Evidence evidence : contract.evidence()) {
				lines.append('\n')
					.append(ChartText.quote(evidence.exact()))
					.append(" — source ")
					.append(evidence.source());
			}
		}
		if (lines.isEmpty()) {
			lines.append("\n(no evidence words)");
		}
		return lines.toString();
	}

	private void openBar(String id) {
		Evidence evidence = id == null ? null : this.barTargets.get(id);
		if (evidence != null) {
			SourcesView.open(evidence.source(), evidence.start(), evidence.end());
		}
	}

	private void openEvidence(ContractView contract) {
		contract.evidence()
			.stream()
			.findFirst()
			.ifPresent(evidence -> SourcesView.open(evidence.source(), evidence.start(), evidence.end()));
	}

	/**
	 * The contracts as CSV (RFC 4180): the grid's rows with plain amounts and the
	 * currency.
	 */
	static String csv(List<ContractView> contracts) {
		Csv csv = new Csv(List.of("id", "vendor", "agency", "currency", "obligated", "ceiling", "awarded", "period_end",
				"options_end", "evidence"));
		for (ContractView contract : contracts) {
			csv.row(Arrays.asList(contract.id(), contract.vendor(), contract.agency(), contract.currency(),
					contract.obligated(), contract.ceiling(), contract.awarded(), contract.periodEnd(),
					contract.optionsEnd(), evidenceText(contract)));
		}
		return csv.toString();
	}

	private static String evidenceText(ContractView contract) {
		return contract.evidence()
			.stream()
			.map(evidence -> "«" + evidence.exact() + "» (source " + evidence.source() + ")")
			.collect(Collectors.joining("; "));
	}

	private static String orDash(String value) {
		return value == null || value.isBlank() ? "—" : value;
	}

}
