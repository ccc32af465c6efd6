package org.crosscheck.dashboard.contract;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.crosscheck.ledger.ContractInput;
import org.crosscheck.ledger.ContractView;
import org.crosscheck.dashboard.StoryViewTest;
import org.crosscheck.dashboard.base.ui.EChart;
import org.crosscheck.dashboard.source.SourcesView;

import static org.assertj.core.api.Assertions.assertThat;

class ContractsViewTests extends StoryViewTest {

	private static final int VENDOR = 1;

	private static final int OBLIGATED = 3;

	private static final int CEILING = 4;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void chartHasObligatedAndCeilingBarsPerVendorInMillionsOfDollars() {
		navigate(ContractsView.class);

		JsonNode option = JSON.readTree($(EChart.class).withTestId("contracts-chart-USD").single().getOption());
		List<String> vendors = option.get("xAxis").get("data").valueStream().map(JsonNode::asString).toList();
		assertThat(vendors).contains("Dell", "AT&T", "Palantir");
		assertThat(option.get("series").valueStream().map(series -> series.get("name").asString()))
			.containsExactly("Obligated", "Ceiling");
		assertThat(option.get("yAxis").get("axisLabel").get("formatter").asString()).isEqualTo("${value}M");
		JsonNode att = option.get("series").get(1).get("data").get(vendors.indexOf("AT&T"));
		assertThat(att.get("value").asDouble()).isEqualTo(165.2);
		assertThat(att.get("tooltip").get("formatter").asString()).contains("AT&T — ceiling $165.2M")
			.contains("«AT&T secured a $90.7 million contract in 2021")
			.contains("— source 1");
	}

	@Test
	void gridListsTheContractsWithTheirAmountsInDollars() {
		navigate(ContractsView.class);

		Grid<ContractView> grid = grid();
		List<String> vendors = column(grid, VENDOR);
		assertThat(vendors).contains("Dell", "AT&T", "Palantir");
		int att = vendors.indexOf("AT&T");
		assertThat(test(grid).getCellText(att, OBLIGATED)).isEqualTo("$90,700,000");
		assertThat(test(grid).getCellText(att, CEILING)).isEqualTo("$165,200,000");
	}

	@Test
	void csvDownloadHasTheGridsRows() {
		navigate(ContractsView.class);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		test($(Anchor.class).withTestId("contracts-csv").single()).download(out);

		String csv = out.toString(StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst())
			.hasValue("id,vendor,agency,currency,obligated,ceiling,awarded,period_end,options_end,evidence");
		assertThat(csv).contains(",AT&T,").contains(",USD,90700000,165200000,2021,");
		assertThat(csv.lines().count()).isEqualTo(1 + test(grid()).size());
	}

	@Test
	void clickOnABarOpensTheReaderAtTheEvidence() {
		navigate(ContractsView.class);
		EChart chart = $(EChart.class).withTestId("contracts-chart-USD").single();
		JsonNode option = JSON.readTree(chart.getOption());
		String palantirBar = option.get("series")
			.get(0)
			.get("data")
			.valueStream()
			.filter(bar -> bar.get("name").asString().startsWith("Palantir"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();

		ComponentUtil.fireEvent(chart, new EChart.ItemClickEvent(chart, true, palantirBar));

		assertThat(getCurrentView()).isInstanceOf(SourcesView.class);
		String focused = $(com.vaadin.flow.component.html.Span.class).all()
			.stream()
			.filter(span -> span.getClassNames().contains(SourcesView.FOCUS_CLASS))
			.map(span -> span.getElement().getText())
			.reduce("", String::concat);
		assertThat(focused).contains("Palantir").contains("$139.3 million");
	}

	@Test
	void aSecondCurrencyGetsItsOwnChartAndTheConsolesContractAppearsOnPoll() {
		navigate(ContractsView.class);
		int before = test(grid()).size();

		this.claims.addContract(dataset(), new ContractInput("Hostile <img src=x onerror=alert(9)> GmbH", "Bund", "EUR",
				new BigDecimal("2500000"), null, null, null, null, null, null));
		poll();

		assertThat(test(grid()).size()).isEqualTo(before + 1);
		JsonNode euro = JSON.readTree($(EChart.class).withTestId("contracts-chart-EUR").single().getOption());
		assertThat(euro.get("yAxis").get("axisLabel").get("formatter").asString()).isEqualTo("€{value}M");
		assertThat(euro.get("xAxis").get("data").get(0).asString())
			.isEqualTo("Hostile <img src=x onerror=alert(9)> GmbH");
		assertThat($(EChart.class).withTestId("contracts-chart-USD").exists()).isTrue();
		assertNoMarkupBelow(grid().getElement());
	}

	@SuppressWarnings("unchecked")
	private Grid<ContractView> grid() {
		return $(Grid.class).withTestId("contracts-grid").single();
	}

}
