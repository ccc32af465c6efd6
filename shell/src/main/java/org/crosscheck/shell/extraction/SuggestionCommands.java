package org.crosscheck.shell.extraction;

import java.util.ArrayList;
import java.util.List;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.common.Remedy;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.extraction.AcceptReport;
import org.crosscheck.extraction.EntityView;
import org.crosscheck.extraction.SuggestReport;
import org.crosscheck.extraction.SuggestionService;
import org.crosscheck.extraction.SuggestionStatus;
import org.crosscheck.extraction.SuggestionView;
import org.crosscheck.shell.base.Errors;
import org.crosscheck.shell.base.Ids;
import org.crosscheck.shell.base.Output;
import org.crosscheck.shell.base.Output.Column;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** Runs the suggesters and lets the user accept or reject what they found. */
@Component
public class SuggestionCommands {

	static final String GROUP = "Suggestions";

	private final SuggestionService suggestions;

	private final DatasetService datasets;

	SuggestionCommands(SuggestionService suggestions, DatasetService datasets) {
		this.suggestions = suggestions;
		this.datasets = datasets;
	}

	@Command(name = "suggest", group = GROUP,
			description = "Find entities, money, dates, quotes, contracts and events in a source (or all) for review",
			help = """
					suggest SOURCE | suggest --all
					Relative dates resolve against the source's publication date; without one they stay unresolved.
					Running it again adds only what is new and refreshes pending suggestions.
					Example: suggest --all""")
	public String suggest(@Argument(index = 0, description = "the source's id") String source,
			@Option(longName = "all", description = "every source of the dataset") boolean all) {
		if ((source == null || source.isBlank()) && !all) {
			throw CrosscheckException.invalid("name a source or use --all: suggest 1, suggest --all");
		}
		SuggestReport report = this.suggestions.suggest(dataset(), all ? null : Ids.parse(source, "source"));
		StringBuilder out = new StringBuilder();
		int total = report.added().values().stream().mapToInt(Integer::intValue).sum();
		out.append("Read ")
			.append(report.sources())
			.append(report.sources() == 1 ? " source" : " sources")
			.append(": ")
			.append(total)
			.append(" new suggestions");
		if (!report.added().isEmpty()) {
			out.append(" (");
			report.added()
				.forEach((kind, count) -> out.append(out.charAt(out.length() - 1) == '(' ? "" : ", ")
					.append(count)
					.append(' ')
					.append(kind));
			out.append(')');
		}
		if (report.updated() > 0) {
			out.append(", ").append(report.updated()).append(" pending ones updated");
		}
		out.append(". `suggestion list` shows them.");
		hints(report).forEach(hint -> out.append('\n').append("hint: ").append(hint));
		return out.toString();
	}

	/** Sources named one by one in the hints about unresolved dates. */
	private static final int HINTS = 5;

	/**
	 * What to do about the dates that need a publication date: a hint per source for the
	 * first few; an import of thousands of undated files gets one line for the rest.
	 */
	private static List<String> hints(SuggestReport report) {
		List<String> hints = new ArrayList<>();
		report.unresolvedDates()
			.entrySet()
			.stream()
			.limit(HINTS)
			.forEach(e -> hints.add("source " + e.getKey() + " has " + e.getValue()
					+ " relative date(s) that need its publication date: "
					+ Errors.hint(Remedy.setPublished(e.getKey()))));
		if (report.unresolvedDates().size() > HINTS) {
			hints.add((report.unresolvedDates().size() - HINTS) + " more sources have relative dates that need their"
					+ " publication dates; `suggestion list --kind date --format csv` shows every date, the unresolved ones marked so");
		}
		return hints;
	}

	@Command(name = { "suggestion", "list" }, group = GROUP, description = "List suggestions (pending by default)",
			help = "suggestion list [--kind K] [--source ID] [--status pending|accepted|rejected|all] [--format table|csv|json] [--limit N]\nExample: suggestion list --kind date --source 2")
	public String list(
			@Option(longName = "kind", description = "entity, money, date, quote, contract or event") String kind,
			@Option(longName = "source", description = "only this source's") Integer source,
			@Option(longName = "status", description = "pending (default), accepted, rejected or all") String status,
			@Option(longName = "format", description = "table, csv or json") String format,
			@Option(longName = "limit", description = "at most N") Integer limit) {
		String filter = status == null ? SuggestionStatus.PENDING.key()
				: status.equalsIgnoreCase("all") ? null : status;
		String dataset = dataset();
		Integer shownLimit = Output.shownLimit(format, limit);
		List<SuggestionView> shown = this.suggestions.listSuggestions(dataset, kind, source, filter, shownLimit);
		int total = Output.total(shown, shownLimit,
				() -> this.suggestions.countSuggestions(dataset, kind, source, filter));
		return Output.render(format, shown, total, new Column<SuggestionView>("id", SuggestionView::id),
				new Column<SuggestionView>("source", SuggestionView::source),
				new Column<SuggestionView>("kind", SuggestionView::kind),
				new Column<SuggestionView>("status", SuggestionView::status),
				new Column<SuggestionView>("words", SuggestionView::exact),
				new Column<SuggestionView>("reading", s -> Errors.phrase(s.label(), Remedy.setPublished(null))));
	}

	@Command(name = { "suggestion", "accept" }, group = GROUP,
			description = "Accept suggestions: they become annotations (and entities, contracts, events)",
			help = "suggestion accept ID... | suggestion accept --all [--kind K]\nExample: suggestion accept --all --kind contract")
	public String accept(@Arguments List<String> ids,
			@Option(longName = "all", description = "every pending suggestion") boolean all,
			@Option(longName = "kind", description = "with --all: only this kind") String kind) {
		AcceptReport report;
		if (all) {
			report = this.suggestions.acceptPending(dataset(), kind);
		}
		else {
			if (ids == null || ids.isEmpty()) {
				throw CrosscheckException.invalid(
						"name the suggestions to accept, or use --all: suggestion accept 3 4, suggestion accept --all --kind money");
			}
			report = this.suggestions.accept(dataset(), ids.stream().map(id -> Ids.parse(id, "suggestion")).toList());
		}
		StringBuilder out = new StringBuilder("Accepted ").append(report.accepted())
			.append(": ")
			.append(report.annotations().size())
			.append(" annotations");
		if (!report.contracts().isEmpty()) {
			out.append(", contracts ").append(join(report.contracts()));
		}
		if (!report.events().isEmpty()) {
			out.append(", events ").append(join(report.events()));
		}
		if (report.entities() > 0) {
			out.append(", ").append(report.entities()).append(" entity mentions");
		}
		if (!report.skipped().isEmpty()) {
			out.append("; not pending, left as they were: ").append(join(report.skipped()));
		}
		return out.append('.').toString();
	}

	@Command(name = { "suggestion", "reject" }, group = GROUP,
			description = "Reject suggestions; they do not come back",
			help = "suggestion reject ID...\nExample: suggestion reject 12 13")
	public String reject(@Arguments List<String> ids) {
		if (ids == null || ids.isEmpty()) {
			throw CrosscheckException.invalid("name the suggestions to reject: suggestion reject 12 13");
		}
		int rejected = this.suggestions.reject(dataset(), ids.stream().map(id -> Ids.parse(id, "suggestion")).toList());
		return "Rejected " + rejected + ".";
	}

	@Command(name = { "entity", "list" }, group = GROUP, description = "List the dataset's entities with their aliases",
			help = "entity list [--format table|csv|json]\nExample: entity list")
	public String entities(@Option(longName = "format", description = "table, csv or json") String format) {
		return Output.render(format, this.suggestions.listEntities(dataset()),
				new Column<EntityView>("id", EntityView::id), new Column<EntityView>("kind", EntityView::kind),
				new Column<EntityView>("name", EntityView::name),
				new Column<EntityView>("aliases", e -> String.join(", ", e.aliases())),
				new Column<EntityView>("mentions", EntityView::mentions));
	}

	private static String join(List<Integer> ids) {
		return String.join(",", ids.stream().map(String::valueOf).toList());
	}

	private String dataset() {
		return this.datasets.currentDataset();
	}

}
