package org.crosscheck.shell.annotation;

import java.util.Arrays;
import java.util.List;

import org.crosscheck.annotation.AnnotationChanges;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.AnnotationView;
import org.crosscheck.annotation.NewAnnotation;
import org.crosscheck.common.CrosscheckException;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.shell.base.Ids;
import org.crosscheck.shell.base.Output;
import org.crosscheck.shell.base.Output.Column;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * Annotates sources by quoting their words; lists, shows, edits and removes annotations.
 */
@Component
public class AnnotationCommands {

	static final String GROUP = "Annotations";

	private final AnnotationService annotations;

	private final DatasetService datasets;

	AnnotationCommands(AnnotationService annotations, DatasetService datasets) {
		this.annotations = annotations;
		this.datasets = datasets;
	}

	@Command(name = { "annotation", "add" }, group = GROUP,
			description = "Annotate a span of a source by quoting its words",
			help = """
					annotation add SOURCE "exact words" --kind quote|claim|money|date|entity|note [--note TEXT] [--tag T]... [--occurrence N]
					Words that occur more than once need --occurrence (the error lists each occurrence with its context).
					Example: annotation add 1 "suspended certain services" --kind claim --tag wording""")
	public String add(@Argument(index = 0, description = "the source's id") String source,
			@Argument(index = 1, description = "the words, as they stand in the source") String exact,
			@Option(longName = "kind", description = "quote, claim, money, date, entity or note") String kind,
			@Option(longName = "note", description = "a comment") String note,
			@Option(longName = "tag", description = "a tag; repeat for more") String tags,
			@Option(longName = "occurrence",
					description = "which occurrence, when the words occur more than once") Integer occurrence) {
		if (exact == null || exact.isBlank()) {
			throw CrosscheckException.invalid("quote the words: annotation add " + (source == null ? "SOURCE" : source)
					+ " \"exact words\" --kind claim");
		}
		AnnotationView view = this.annotations.annotate(dataset(), new NewAnnotation(Ids.parse(source, "source"), exact,
				AnnotationKind.of(kind), note, tagList(tags), occurrence));
		return "Annotation " + view.id() + ": " + view.kind() + " on source " + view.source() + " at " + view.start()
				+ "-" + view.end() + " «" + view.exact() + "»";
	}

	@Command(name = { "annotation", "list" }, group = GROUP, description = "List annotations, orphans marked",
			help = "annotation list [--source ID] [--kind K] [--format table|csv|json] [--limit N]\nExample: annotation list --kind quote")
	public String list(@Option(longName = "source", description = "only this source's") Integer source,
			@Option(longName = "kind", description = "only this kind") String kind,
			@Option(longName = "format", description = "table, csv or json") String format,
			@Option(longName = "limit", description = "at most N") Integer limit) {
		String dataset = dataset();
		AnnotationKind only = kind == null ? null : AnnotationKind.of(kind);
		Integer shownLimit = Output.shownLimit(format, limit);
		List<AnnotationView> shown = this.annotations.listAnnotations(dataset, source, only, shownLimit);
		int total = Output.total(shown, shownLimit, () -> this.annotations.countAnnotations(dataset, source, only));
		return Output.render(format, shown, total, new Column<AnnotationView>("id", AnnotationView::id),
				new Column<AnnotationView>("source", AnnotationView::source),
				new Column<AnnotationView>("kind", AnnotationView::kind),
				new Column<AnnotationView>("anchor",
						a -> a.anchor().equals("fuzzy") ? "fuzzy " + a.confidence() : a.anchor()),
				new Column<AnnotationView>("span", a -> a.orphan() ? "orphan" : a.start() + "-" + a.end()),
				new Column<AnnotationView>("exact", AnnotationView::exact),
				new Column<AnnotationView>("note", AnnotationView::note),
				new Column<AnnotationView>("tags", a -> String.join(",", a.tags())));
	}

	@Command(name = { "annotation", "show" }, group = GROUP, description = "Show an annotation with its context",
			help = "annotation show ID [--format text|json]\nExample: annotation show 3")
	public String show(@Argument(index = 0, description = "the annotation's id") String id,
			@Option(longName = "format", description = "text or json") String format) {
		AnnotationView a = this.annotations.show(dataset(), Ids.parse(id, "annotation"));
		if ("json".equalsIgnoreCase(format)) {
			return Output.json(a);
		}
		return "annotation " + a.id() + " · " + a.kind() + " · source " + a.source() + " · "
				+ (a.orphan() ? "ORPHAN: its words are no longer in the source"
						: a.start() + "-" + a.end() + " (" + a.anchor()
								+ (a.anchor().equals("fuzzy") ? ", confidence " + a.confidence() : "") + ")")
				+ "\n…" + a.prefix() + "[" + a.exact() + "]" + a.suffix() + "…"
				+ (a.note() == null ? "" : "\nnote: " + a.note())
				+ (a.tags().isEmpty() ? "" : "\ntags: " + String.join(", ", a.tags()))
				+ (a.value() == null ? "" : "\nvalue: " + a.value()) + "\nby " + a.author() + " (" + a.origin() + "), "
				+ a.created();
	}

	@Command(name = { "annotation", "edit" }, group = GROUP, description = "Change an annotation's kind, note or tags",
			help = "annotation edit ID [--kind K] [--note TEXT] [--tag T]...\nExample: annotation edit 3 --note \"checked against the filing\"")
	public String edit(@Argument(index = 0, description = "the annotation's id") String id,
			@Option(longName = "kind", description = "new kind") String kind,
			@Option(longName = "note", description = "new comment (\"\" clears it)") String note,
			@Option(longName = "tag", description = "new tags, replacing the old; repeat for more") String tags) {
		if (kind == null && note == null && tags == null) {
			throw CrosscheckException.invalid("say what to change: --kind, --note or --tag");
		}
		AnnotationView a = this.annotations.edit(dataset(), Ids.parse(id, "annotation"), new AnnotationChanges(
				kind == null ? null : AnnotationKind.of(kind), note, tags == null ? null : tagList(tags)));
		return "Annotation " + a.id() + ": " + a.kind() + (a.note() == null ? "" : ", note «" + a.note() + "»")
				+ (a.tags().isEmpty() ? "" : ", tags " + String.join(",", a.tags()));
	}

	@Command(name = { "annotation", "remove" }, group = GROUP, description = "Remove an annotation",
			help = "annotation remove ID\nExample: annotation remove 3")
	public String remove(@Argument(index = 0, description = "the annotation's id") String id) {
		AnnotationView a = this.annotations.remove(dataset(), Ids.parse(id, "annotation"));
		return "Removed annotation " + a.id() + " «" + a.exact() + "».";
	}

	private String dataset() {
		return this.datasets.currentDataset();
	}

	private static List<String> tagList(String tags) {
		return tags == null ? List.of()
				: Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
	}

}
