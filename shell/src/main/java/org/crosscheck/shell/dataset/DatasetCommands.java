package org.crosscheck.shell.dataset;

import org.crosscheck.dataset.DatasetService;
import org.crosscheck.dataset.DatasetSummary;
import org.crosscheck.shell.base.Output;
import org.crosscheck.shell.base.Output.Column;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** Lists, creates and switches datasets. */
@Component
public class DatasetCommands {

	static final String GROUP = "Datasets";

	private final DatasetService datasets;

	DatasetCommands(DatasetService datasets) {
		this.datasets = datasets;
	}

	@Command(name = { "dataset", "list" }, group = GROUP, description = "List the datasets of this home",
			help = "dataset list [--format table|csv|json]\nExample: dataset list --format json")
	public String list(@Option(longName = "format", description = "table, csv or json") String format) {
		return Output.render(format, this.datasets.listDatasets(),
				new Column<DatasetSummary>("name", DatasetSummary::name),
				new Column<DatasetSummary>("sources", DatasetSummary::sources),
				new Column<DatasetSummary>("revision", DatasetSummary::revision),
				new Column<DatasetSummary>("current", d -> d.current() ? "*" : ""));
	}

	@Command(name = { "dataset", "new" }, group = GROUP, description = "Create a dataset and make it current",
			help = "dataset new NAME\nExample: dataset new ice-contracts")
	public String create(@Argument(index = 0, description = "the new dataset's name") String name) {
		this.datasets.createDataset(name);
		this.datasets.useDataset(name);
		return "Created dataset " + name + "; it is now the current dataset.";
	}

	@Command(name = { "dataset", "use" }, group = GROUP, description = "Make another dataset the current one",
			help = "dataset use NAME\nExample: dataset use demo")
	public String use(@Argument(index = 0, description = "the dataset's name") String name) {
		DatasetSummary summary = this.datasets.useDataset(name);
		return "Now on dataset " + summary.name() + " (" + summary.sources() + " sources).";
	}

}
