package org.crosscheck.shell.discrepancy;

import java.util.Arrays;
import java.util.List;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.discrepancy.CheckReport;
import org.crosscheck.discrepancy.ComparisonView;
import org.crosscheck.discrepancy.DiscrepancyService;
import org.crosscheck.discrepancy.DiscrepancyStatus;
import org.crosscheck.discrepancy.DiscrepancyView;
import org.crosscheck.discrepancy.SpanView;
import org.crosscheck.shell.base.Ids;
import org.crosscheck.shell.base.Output;
import org.crosscheck.shell.base.Output.Column;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * Compares sources, runs the automatic check, and lets people review and decide
 * discrepancies.
 */
@Component
public class DiscrepancyCommands {

	static final String GROUP = "Discrepancies";

	private final DiscrepancyService discrepancies;

	private final DatasetService datasets;

	DiscrepancyCommands(DiscrepancyService discrepancies, DatasetService datasets) {
		this.discrepancies = discrepancies;
		this.datasets = datasets;
	}

	@Command(name = "compare", group = GROUP,
			description = "Pair the sentences of two sources that tell the same thing, show their differences and what one alone has",
			help = "compare A B [--all]\nWithout --all, identical pairs are counted but not shown.\nExample: compare 1 2")
	public String compare(@Argument(index = 0, description = "one source's id") String left,
			@Argument(index = 1, description = "the other source's id") String right,
			@Option(longName = "all", description = "show identical pairs too") boolean all) {
		ComparisonView view = this.discrepancies.compare(dataset(), Ids.parse(left, "source"),
				Ids.parse(right, "source"));
		StringBuilder out = new StringBuilder();
		long identical = view.pairs().stream().filter(p -> p.diff() == null || p.diff().isBlank()).count();
		out.append("Sources ")
			.append(view.left())
			.append(" and ")
			.append(view.right())
			.append(": ")
			.append(view.pairs().size())
			.append(" sentences tell the same thing (")
			.append(identical)
			.append(" word for word), ")
			.append(view.onlyLeft().size())
			.append(" only in ")
			.append(view.left())
			.append(", ")
			.append(view.onlyRight().size())
			.append(" only in ")
			.append(view.right())
			.append(".\n");
		for (ComparisonView.PairView pair : view.pairs()) {
			boolean same = pair.diff() == null || pair.diff().isBlank();
			if (same && !all) {
				continue;
			}
			out.append("\n≈ ")
				.append(String.format("%.2f", pair.similarity()))
				.append("  [")
				.append(view.left())
				.append("] ")
				.append(pair.left().exact())
				.append("\n        [")
				.append(view.right())
				.append("] ")
				.append(pair.right().exact())
				.append('\n');
			if (!same) {
				out.append("        diff: ").append(pair.diff()).append('\n');
			}
		}
		appendOnly(out, view.left(), view.onlyLeft());
		appendOnly(out, view.right(), view.onlyRight());
		return out.toString().stripTrailing();
	}

	private static void appendOnly(StringBuilder out, int source, List<SpanView> spans) {
		if (spans.isEmpty()) {
			return;
		}
		out.append("\nOnly in ").append(source).append(":\n");
		spans.forEach(span -> out.append("  - ").append(span.exact()).append('\n'));
	}

	@Command(name = { "discrepancy", "check" }, group = GROUP,
			description = "Check the dataset for wording, quote, number, date, attribution and omission discrepancies",
			help = """
					discrepancy check [--sources ID,ID...]
					Raises nothing twice: what was raised before, and what a person decided, stays as it is.
					Example: discrepancy check""")
	public String check(
			@Option(longName = "sources", description = "only these sources, comma-separated") String sources) {
		List<Integer> ids = sources == null ? null
				: Arrays.stream(sources.split(","))
					.map(String::strip)
					.filter(s -> !s.isEmpty())
					.map(s -> Ids.parse(s, "source"))
					.toList();
		CheckReport report = this.discrepancies.checkDataset(dataset(), ids);
		int raised = report.raised().values().stream().mapToInt(Integer::intValue).sum();
		StringBuilder out = new StringBuilder("Checked ").append(report.sources())
			.append(" sources in ")
			.append(report.stories())
			.append(report.stories() == 1 ? " story" : " stories");
		if (report.sharedStories() != report.stories()) {
			out.append(" (").append(report.sharedStories()).append(" told by more than one)");
		}
		out.append("; ").append(report.alignedPairs()).append(" sentence pairs tell the same thing");
		if (report.embedded() > 0) {
			out.append(" (").append(report.embedded()).append(" sentences compared by meaning)");
		}
		out.append(": ").append(raised).append(" new discrepancies");
		if (raised > 0) {
			out.append(" (");
			report.raised()
				.forEach((kind, count) -> out.append(out.charAt(out.length() - 1) == '(' ? "" : ", ")
					.append(count)
					.append(' ')
					.append(kind));
			out.append(')');
		}
		out.append(", ")
			.append(report.confirmations())
			.append(" confirmations, ")
			.append(report.known())
			.append(" known before. `discrepancy list` shows the open ones, `story list` the stories.");
		report.notes().forEach(note -> out.append("\n").append(note));
		return out.toString();
	}

	@Command(name = { "discrepancy", "list" }, group = GROUP, description = "List discrepancies (open ones by default)",
			help = "discrepancy list [--status open|confirmed|dismissed|resolved|all] [--kind K] [--source ID] [--story ID] [--format table|csv|json] [--limit N]\nExample: discrepancy list --kind wording")
	public String list(
			@Option(longName = "status",
					description = "open (default), confirmed, dismissed, resolved or all") String status,
			@Option(longName = "kind",
					description = "wording, quote, number, date, attribution or omission") String kind,
			@Option(longName = "source", description = "only those touching this source") Integer source,
			@Option(longName = "story",
					description = "only those of this story (story list shows the ids)") Integer story,
			@Option(longName = "format", description = "table, csv or json") String format,
			@Option(longName = "limit", description = "at most N") Integer limit) {
		String filter = status == null ? DiscrepancyStatus.OPEN.key() : status.equalsIgnoreCase("all") ? null : status;
		String dataset = dataset();
		// The gravest first.
		Integer shownLimit = Output.shownLimit(format, limit);
		List<DiscrepancyView> shown = this.discrepancies.listDiscrepancies(dataset, filter, kind, source, story,
				shownLimit);
		int total = Output.total(shown, shownLimit,
				() -> this.discrepancies.countDiscrepancies(dataset, filter, kind, source, story));
		return Output.render(format, shown, total, new Column<DiscrepancyView>("id", DiscrepancyView::id),
				new Column<DiscrepancyView>("kind", DiscrepancyView::kind),
				new Column<DiscrepancyView>("severity", DiscrepancyView::severity),
				new Column<DiscrepancyView>("status", DiscrepancyView::status),
				new Column<DiscrepancyView>("sources",
						d -> String.join(",",
								d.spans().stream().map(s -> String.valueOf(s.source())).distinct().toList())),
				new Column<DiscrepancyView>("summary", DiscrepancyView::summary));
	}

	@Command(name = { "discrepancy", "show" }, group = GROUP,
			description = "Show a discrepancy: both spans side by side with the difference marked, its status and notes",
			help = "discrepancy show ID [--format text|json]\nExample: discrepancy show 1")
	public String show(@Argument(index = 0, description = "the discrepancy's id") String id,
			@Option(longName = "format", description = "text or json") String format) {
		DiscrepancyView d = this.discrepancies.show(dataset(), Ids.parse(id, "discrepancy"));
		if ("json".equalsIgnoreCase(format)) {
			return Output.json(d);
		}
		StringBuilder out = new StringBuilder();
		out.append("discrepancy ")
			.append(d.id())
			.append(" · ")
			.append(d.kind())
			.append(" · ")
			.append(d.severity())
			.append(" · ")
			.append(d.status())
			.append(" · raised by ")
			.append(d.raisedBy())
			.append('\n')
			.append(d.summary())
			.append('\n');
		for (SpanView span : d.spans()) {
			out.append("\n  [source ")
				.append(span.source())
				.append(span.start() == null ? "" : ", " + span.start() + "-" + span.end())
				.append("] ")
				.append(span.exact());
		}
		if (d.diff() != null) {
			out.append("\n\n  difference: ").append(d.diff());
		}
		if (d.notes() != null) {
			out.append("\n\nnotes:\n").append(d.notes().indent(2).stripTrailing());
		}
		return out.toString();
	}

	@Command(name = { "discrepancy", "flag" }, group = GROUP,
			description = "Record a discrepancy you found between two annotations",
			help = "discrepancy flag ANN ANN --kind K [--note TEXT]\nExample: discrepancy flag 12 31 --kind attribution --note \"one credits the company, the other a spokesperson\"")
	public String flag(@Argument(index = 0, description = "one annotation's id") String left,
			@Argument(index = 1, description = "the other annotation's id") String right,
			@Option(longName = "kind",
					description = "wording, quote, number, date, attribution or omission") String kind,
			@Option(longName = "note", description = "why") String note) {
		if (kind == null) {
			throw CrosscheckException
				.invalid("say what kind of discrepancy with --kind wording|quote|number|date|attribution|omission");
		}
		DiscrepancyView d = this.discrepancies.flag(dataset(), Ids.parse(left, "annotation"),
				Ids.parse(right, "annotation"), kind, note);
		return "Flagged discrepancy " + d.id() + " (" + d.kind() + ", open).";
	}

	@Command(name = { "discrepancy", "resolve" }, group = GROUP,
			description = "Decide a discrepancy: confirmed, dismissed or resolved, with a note",
			help = "discrepancy resolve ID --as confirmed|dismissed|resolved|open [--note TEXT]\nA dismissed discrepancy stays dismissed when the check runs again.\nExample: discrepancy resolve 2 --as dismissed --note \"same month, said differently\"")
	public String resolve(@Argument(index = 0, description = "the discrepancy's id") String id,
			@Option(longName = "as", description = "confirmed, dismissed, resolved or open") String status,
			@Option(longName = "note", description = "why") String note) {
		if (status == null) {
			throw CrosscheckException.invalid("say the decision with --as confirmed|dismissed|resolved");
		}
		DiscrepancyView d = this.discrepancies.resolve(dataset(), Ids.parse(id, "discrepancy"), status, note);
		return "Discrepancy " + d.id() + " is " + d.status() + ".";
	}

	private String dataset() {
		return this.datasets.currentDataset();
	}

}
