package org.crosscheck.shell.source;

import java.nio.file.Path;
import java.util.List;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.shell.base.ConsoleMode;
import org.crosscheck.shell.base.Errors;
import org.crosscheck.shell.base.Ids;
import org.crosscheck.shell.base.Output;
import org.crosscheck.shell.base.Output.Column;
import org.crosscheck.shell.base.Paths;
import org.crosscheck.shell.base.Progress;
import org.crosscheck.source.ImportOptions;
import org.crosscheck.source.ImportReport;
import org.crosscheck.source.SourceChanges;
import org.crosscheck.source.SourceDetail;
import org.crosscheck.source.SourceService;
import org.crosscheck.source.SourceSummary;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** Imports, lists, shows and corrects the sources of the current dataset. */
@Component
public class SourceCommands {

	static final String GROUP = "Sources";

	private final SourceService sources;

	private final DatasetService datasets;

	private final ConsoleMode mode;

	SourceCommands(SourceService sources, DatasetService datasets, ConsoleMode mode) {
		this.sources = sources;
		this.datasets = datasets;
		this.mode = mode;
	}

	@Command(name = { "source", "import" }, group = GROUP,
			description = "Import files and folders (text, HTML, Markdown) into the current dataset",
			help = """
					source import PATH... [--outlet NAME] [--published DATE] [--url URL] [--title TEXT] [--max-size MB]
					Folders are read recursively. Each file is imported on its own: a bad file is reported and the rest go on;
					content the dataset holds already is reported as a duplicate.
					Example: source import articles/ --outlet Reuters""")
	public void importSources(CommandContext context, @Arguments List<String> paths,
			@Option(longName = "outlet", description = "publication name for every imported file") String outlet,
			@Option(longName = "published",
					description = "publication date, YYYY-MM-DD or ISO date-time") String published,
			@Option(longName = "url", description = "address of the article") String url,
			@Option(longName = "title", description = "headline") String title, @Option(longName = "max-size",
					description = "largest file accepted, in MB (default 5)") Integer maxSizeMb) {
		if (paths == null || paths.isEmpty()) {
			throw CrosscheckException.invalid("name the files or folders to import: source import PATH...");
		}
		long maxBytes = ImportOptions.defaults().maxBytes();
		if (maxSizeMb != null) {
			if (maxSizeMb < 1) {
				throw CrosscheckException.invalid("--max-size is in MB and must be at least 1");
			}
			maxBytes = maxSizeMb * 1024L * 1024L;
		}
		List<Path> files = paths.stream().map(Paths::resolve).toList();
		ImportReport report = this.sources.importSources(dataset(), files,
				new ImportOptions(outlet, published, url, title, maxBytes), new Progress(this.mode, "files"));
		StringBuilder out = new StringBuilder();
		for (SourceSummary source : report.imported()) {
			out.append("imported  ").append(source.id()).append("  ").append(orDash(source.title())).append('\n');
		}
		for (ImportReport.Duplicate duplicate : report.duplicates()) {
			out.append("duplicate ")
				.append(duplicate.file())
				.append(" (same content as source ")
				.append(duplicate.existingId())
				.append(")\n");
		}
		for (ImportReport.Failure failure : report.failed()) {
			out.append("failed    ")
				.append(failure.file())
				.append(": ")
				.append(Errors.phrase(failure.reason(), failure.remedy()))
				.append('\n');
		}
		for (String warning : report.warnings()) {
			out.append("warning   ").append(warning).append('\n');
		}
		out.append("Imported ")
			.append(report.imported().size())
			.append(", duplicates ")
			.append(report.duplicates().size())
			.append(", failed ")
			.append(report.failed().size())
			.append('.');
		context.outputWriter().println(out);
		context.outputWriter().flush();
		if (!report.failed().isEmpty()) {
			// What could be imported is; the command still fails so that scripts and
			// replays notice.
			throw CrosscheckException.invalid(report.failed().size() + " of "
					+ (report.failed().size() + report.imported().size() + report.duplicates().size())
					+ " files were not imported (reasons above); fix or remove them and import again");
		}
	}

	@Command(name = { "source", "list" }, group = GROUP, description = "List the sources of the current dataset",
			help = "source list [--format table|csv|json] [--limit N]\nExample: source list --format json")
	public String list(@Option(longName = "format", description = "table, csv or json") String format,
			@Option(longName = "limit", description = "show at most N sources") Integer limit) {
		String dataset = dataset();
		Integer shownLimit = Output.shownLimit(format, limit);
		List<SourceSummary> shown = this.sources.listSources(dataset, 0,
				shownLimit == null ? Integer.MAX_VALUE : shownLimit);
		int total = Output.total(shown, shownLimit, () -> this.sources.countSources(dataset));
		return Output.render(format, shown, total, new Column<SourceSummary>("id", SourceSummary::id),
				new Column<SourceSummary>("published", SourceSummary::published),
				new Column<SourceSummary>("outlet", SourceSummary::outlet),
				new Column<SourceSummary>("title", SourceSummary::title),
				new Column<SourceSummary>("chars", SourceSummary::length));
	}

	@Command(name = { "source", "show" }, group = GROUP, description = "Show a source's metadata and cleaned text",
			help = "source show ID [--raw] [--format text|json]\nExample: source show 1 --raw")
	public String show(@Argument(index = 0, description = "the source's id (source list shows them)") String id,
			@Option(longName = "raw", description = "show the original text as imported") boolean raw,
			@Option(longName = "format", description = "text or json") String format) {
		SourceDetail detail = this.sources.showSource(dataset(), Ids.parse(id, "source"));
		if ("json".equalsIgnoreCase(format)) {
			return Output.json(detail);
		}
		SourceSummary s = detail.summary();
		StringBuilder out = new StringBuilder();
		out.append("source    ").append(s.id()).append('\n');
		out.append("title     ").append(orDash(s.title())).append('\n');
		out.append("outlet    ").append(orDash(s.outlet())).append('\n');
		out.append("published ").append(orDash(s.published())).append('\n');
		out.append("url       ").append(orDash(s.url())).append('\n');
		out.append("author    ").append(orDash(s.author())).append('\n');
		out.append("file      ")
			.append(orDash(detail.fileName()))
			.append(" (")
			.append(detail.format().toLowerCase())
			.append(")\n");
		out.append("sha-256   ").append(s.contentHash()).append('\n');
		out.append('\n').append(raw ? detail.rawText().stripTrailing() : detail.text());
		return out.toString();
	}

	@Command(name = { "source", "set" }, group = GROUP, description = "Correct a source's metadata", help = """
			source set ID [--published DATE] [--outlet NAME] [--url URL] [--title TEXT] [--author NAME]
			An empty value ("") clears a field. Relative dates in the text resolve against --published.
			Example: source set 2 --published 2026-02-18 --outlet Reuters""")
	public String set(@Argument(index = 0, description = "the source's id") String id,
			@Option(longName = "published", description = "YYYY-MM-DD or ISO date-time with offset") String published,
			@Option(longName = "outlet", description = "publication name") String outlet,
			@Option(longName = "url", description = "address") String url,
			@Option(longName = "title", description = "headline") String title,
			@Option(longName = "author", description = "byline") String author) {
		if (published == null && outlet == null && url == null && title == null && author == null) {
			throw CrosscheckException.invalid("say what to change, e.g. source set " + id + " --published 2026-02-18");
		}
		SourceSummary s = this.sources.updateSource(dataset(), Ids.parse(id, "source"),
				new SourceChanges(published, outlet, url, title, author));
		return "Source " + s.id() + ": published " + orDash(s.published()) + ", outlet " + orDash(s.outlet())
				+ ", title " + orDash(s.title());
	}

	@Command(name = { "source", "correct" }, group = GROUP,
			description = "Replace words in a source's cleaned text; annotations are re-anchored or become orphans",
			help = """
					source correct ID "old words" "new words"
					Example: source correct 1 "Departmnet" "Department"
					""")
	public String correct(@Argument(index = 0, description = "the source's id") String id,
			@Argument(index = 1, description = "the words to replace") String find,
			@Argument(index = 2, description = "the words to put instead (\"\" deletes)") String replacement) {
		int count = this.sources.correctText(dataset(), Ids.parse(id, "source"), find,
				replacement == null ? "" : replacement);
		return "Replaced " + count + (count == 1 ? " place" : " places") + " in source " + id
				+ "; `annotation list --source " + id + "` shows how the annotations followed.";
	}

	private String dataset() {
		return this.datasets.currentDataset();
	}

	private static String orDash(String value) {
		return value == null || value.isBlank() ? "-" : value;
	}

}
