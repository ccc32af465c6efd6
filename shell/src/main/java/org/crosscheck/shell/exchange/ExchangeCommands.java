package org.crosscheck.shell.exchange;

import java.util.Map;
import java.util.stream.Collectors;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.common.Remedy;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.exchange.AnnotationImport;
import org.crosscheck.exchange.BundleExport;
import org.crosscheck.exchange.BundleImport;
import org.crosscheck.exchange.BundleLimits;
import org.crosscheck.exchange.ExchangeService;
import org.crosscheck.exchange.ExportReport;
import org.crosscheck.shell.base.Errors;
import org.crosscheck.shell.base.Paths;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * Sharing a dataset: bundles in and out, annotations as W3C or from Hypothesis,
 * FollowTheMoney, CSV, timeline.
 */
@Component
public class ExchangeCommands {

	static final String GROUP = "Sharing";

	private final ExchangeService exchange;

	private final DatasetService datasets;

	ExchangeCommands(ExchangeService exchange, DatasetService datasets) {
		this.exchange = exchange;
		this.datasets = datasets;
	}

	@Command(name = { "export", "bundle" }, group = GROUP,
			description = "Write the current dataset to one bundle file to share with a colleague", help = """
					export bundle FILE
					The bundle holds the sources, annotations, entities, claims, contracts, events, discrepancies and
					notebook; the same dataset always gives the same bytes.
					Example: export bundle ice-story.ccbundle""")
	public String exportBundle(@Argument(index = 0, description = "the bundle file to write") String file) {
		BundleExport export = this.exchange.exportBundle(dataset(),
				Paths.resolve(required(file, "export bundle FILE")));
		return "Exported dataset " + export.dataset() + " to " + export.file() + " (" + counts(export.counts())
				+ "; sha-256 " + export.sha256().substring(0, 16) + "…).";
	}

	@Command(name = { "import", "bundle" }, group = GROUP,
			description = "Import a bundle as a new dataset, or merge it into an existing one with --into", help = """
					import bundle FILE [--into NAME] [--as NAME] [--max-entries N] [--max-size MB]
					Nothing is written unless the whole bundle is sound. Merging adds only what is new: sources are
					matched by content, other records by identity; decisions on discrepancies here are kept and
					contradictions reported.
					Example: import bundle ice-story.ccbundle --into demo""")
	public String importBundle(@Argument(index = 0, description = "the bundle file") String file,
			@Option(longName = "into", description = "merge into this existing dataset") String into,
			@Option(longName = "as", description = "name of the new dataset (default: the bundle's)") String as,
			@Option(longName = "max-entries",
					description = "most ZIP entries accepted (default 64)") Integer maxEntries,
			@Option(longName = "max-size",
					description = "most MB the bundle may unpack to (default 512)") Integer maxSize) {
		BundleImport result = this.exchange.importBundle(Paths.resolve(required(file, "import bundle FILE")), into, as,
				BundleLimits.of(maxEntries, maxSize));
		StringBuilder out = new StringBuilder();
		for (BundleImport.DecisionConflict conflict : result.conflicts()) {
			out.append("conflict  discrepancy ")
				.append(conflict.discrepancy())
				.append(" is ")
				.append(conflict.here())
				.append(" here but ")
				.append(conflict.there())
				.append(" in the bundle; kept ")
				.append(conflict.here())
				.append(": ")
				.append(conflict.summary())
				.append('\n');
		}
		out.append(result.created() ? "Imported the bundle as new dataset " : "Merged the bundle into dataset ")
			.append(result.dataset())
			.append(": added ")
			.append(counts(result.added()))
			.append("; already there ")
			.append(result.alreadyThereTotal())
			.append("; conflicts ")
			.append(result.conflicts().size());
		if (result.decisionsAdopted() > 0) {
			out.append("; decisions adopted ").append(result.decisionsAdopted());
		}
		if (result.notesMerged() > 0) {
			out.append("; notes merged ").append(result.notesMerged());
		}
		if (result.orphaned() > 0) {
			out.append("; orphaned annotations ").append(result.orphaned());
		}
		out.append('.');
		if (result.created()) {
			out.append(" `dataset use ").append(result.dataset()).append("` opens it.");
		}
		return out.toString();
	}

	@Command(name = { "export", "w3c" }, group = GROUP,
			description = "Write the annotations as W3C Web Annotations (JSON-LD), as Hypothesis and other tools read them",
			help = "export w3c FILE\nExample: export w3c annotations.jsonld")
	public String exportW3c(@Argument(index = 0, description = "the file to write") String file) {
		ExportReport report = this.exchange.exportW3c(dataset(), Paths.resolve(required(file, "export w3c FILE")));
		return "Exported " + report.counts().get("annotations") + " annotations (" + report.counts().get("orphans")
				+ " orphans, without position) to " + report.path() + ".";
	}

	@Command(name = { "import", "w3c" }, group = GROUP,
			description = "Import W3C Web Annotations (an annotation, a page or a collection) onto the sources they target",
			help = "import w3c FILE\nExample: import w3c annotations.jsonld")
	public String importW3c(@Argument(index = 0, description = "the JSON-LD file") String file) {
		return describe(this.exchange.importW3c(dataset(), Paths.resolve(required(file, "import w3c FILE"))));
	}

	@Command(name = { "import", "hypothesis" }, group = GROUP,
			description = "Import annotations made with Hypothesis (its API's JSON) onto the sources at their pages' URLs",
			help = "import hypothesis FILE\nExample: import hypothesis search-result.json")
	public String importHypothesis(@Argument(index = 0, description = "the JSON file") String file) {
		return describe(
				this.exchange.importHypothesis(dataset(), Paths.resolve(required(file, "import hypothesis FILE"))));
	}

	@Command(name = { "export", "ftm" }, group = GROUP,
			description = "Write entities, sources, contracts and events as FollowTheMoney JSON lines (Aleph, OpenSanctions)",
			help = "export ftm FILE\nExample: export ftm ice-story.ftm.json")
	public String exportFtm(@Argument(index = 0, description = "the file to write") String file) {
		ExportReport report = this.exchange.exportFtm(dataset(), Paths.resolve(required(file, "export ftm FILE")));
		return "Exported " + report.total() + " FollowTheMoney entities (" + counts(report.counts()) + ") to "
				+ report.path() + ".";
	}

	@Command(name = { "export", "csv" }, group = GROUP,
			description = "Write sources, annotations, contracts, events and discrepancies as CSV files into a folder",
			help = "export csv DIR\nExample: export csv tables/")
	public String exportCsv(@Argument(index = 0, description = "the folder to write into") String folder) {
		ExportReport report = this.exchange.exportCsv(dataset(), Paths.resolve(required(folder, "export csv DIR")));
		return "Exported " + counts(report.counts()) + " rows to " + report.path() + ".";
	}

	@Command(name = { "export", "timeline" }, group = GROUP,
			description = "Write the events as a TimelineJS timeline (JSON)",
			help = "export timeline FILE\nUnresolved events have no date and are left out.\nExample: export timeline timeline.json")
	public String exportTimeline(@Argument(index = 0, description = "the file to write") String file) {
		ExportReport report = this.exchange.exportTimeline(dataset(),
				Paths.resolve(required(file, "export timeline FILE")));
		return "Exported " + report.counts().get("events") + " events to " + report.path() + "; left out "
				+ report.leftOut() + " unresolved (`event edit ID --date ...` places them).";
	}

	private static String describe(AnnotationImport result) {
		StringBuilder out = new StringBuilder();
		result.orphans().forEach(line -> out.append("orphan    ").append(line).append('\n'));
		result.unmatched()
			.forEach(line -> out.append("no source ").append(Errors.phrase(line, Remedy.setUrl())).append('\n'));
		result.refused().forEach(line -> out.append("refused   ").append(line).append('\n'));
		out.append("Imported ")
			.append(result.anchored() + result.orphans().size())
			.append(" of ")
			.append(result.read())
			.append(" annotations into ")
			.append(result.dataset())
			.append(": anchored ")
			.append(result.anchored())
			.append(", orphans ")
			.append(result.orphans().size())
			.append(", already there ")
			.append(result.alreadyThere())
			.append(", no source ")
			.append(result.unmatched().size())
			.append(", refused ")
			.append(result.refused().size())
			.append('.');
		return out.toString();
	}

	private static String counts(Map<String, Integer> counts) {
		return counts.entrySet()
			.stream()
			.map(entry -> entry.getValue() + " " + entry.getKey())
			.collect(Collectors.joining(", "));
	}

	private static String required(String value, String usage) {
		if (value == null || value.isBlank()) {
			throw CrosscheckException.invalid("name the file: " + usage);
		}
		return value;
	}

	private String dataset() {
		return this.datasets.currentDataset();
	}

}
