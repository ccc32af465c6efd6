package org.crosscheck.shell.base;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.ledger.ClaimService;
import org.crosscheck.common.Keys;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.dataset.DatasetSummary;
import org.crosscheck.discrepancy.DiscrepancyKind;
import org.crosscheck.discrepancy.DiscrepancyStatus;
import org.crosscheck.extraction.SuggestionService;
import org.crosscheck.extraction.SuggestionStatus;
import org.crosscheck.notebook.NotebookService;
import org.crosscheck.source.SourceService;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.CommandCompleter;

/**
 * Completes what users type at the prompt: command names, a command's options, and the
 * values that fit where the cursor is: ids of sources, annotations, cells, contracts,
 * events and suggestions, dataset names, kinds, formats and file names.
 */
public class ConsoleCompleter extends CommandCompleter {

	private final CommandRegistry registry;

	// The services are looked up when the user first asks for a completion: the prompt
	// comes sooner.
	private final ObjectProvider<DatasetService> datasets;

	private final ObjectProvider<SourceService> sources;

	private final ObjectProvider<AnnotationService> annotations;

	private final ObjectProvider<NotebookService> notebook;

	private final ObjectProvider<ClaimService> claims;

	private final ObjectProvider<SuggestionService> suggestions;

	private final Completers.FileNameCompleter files = new Completers.FileNameCompleter();

	public ConsoleCompleter(CommandRegistry registry, ObjectProvider<DatasetService> datasets,
			ObjectProvider<SourceService> sources, ObjectProvider<AnnotationService> annotations,
			ObjectProvider<NotebookService> notebook, ObjectProvider<ClaimService> claims,
			ObjectProvider<SuggestionService> suggestions) {
		super(registry);
		this.registry = registry;
		this.datasets = datasets;
		this.sources = sources;
		this.annotations = annotations;
		this.notebook = notebook;
		this.claims = claims;
		this.suggestions = suggestions;
	}

	/** What the arguments of each command name. */
	private Map<String, Supplier<List<String>>> arguments() {
		Supplier<List<String>> sourceIds = () -> numbers(this.sources.getObject().sourceIds(dataset()));
		Supplier<List<String>> annotationIds = () -> this.annotations.getObject()
			.listAnnotations(dataset(), null, null, COMPLETIONS)
			.stream()
			.map(a -> String.valueOf(a.id()))
			.toList();
		Supplier<List<String>> cells = () -> this.notebook.getObject()
			.cells(dataset(), 0)
			.stream()
			.map(c -> String.valueOf(c.number()))
			.toList();
		Supplier<List<String>> contracts = () -> this.claims.getObject()
			.listContracts(dataset())
			.stream()
			.map(c -> String.valueOf(c.id()))
			.toList();
		Supplier<List<String>> events = () -> this.claims.getObject()
			.listEvents(dataset())
			.stream()
			.map(e -> String.valueOf(e.id()))
			.toList();
		Supplier<List<String>> pending = () -> this.suggestions.getObject()
			.listSuggestions(dataset(), null, null, SuggestionStatus.PENDING.key(), COMPLETIONS)
			.stream()
			.map(s -> String.valueOf(s.id()))
			.toList();
		Supplier<List<String>> datasetNames = () -> this.datasets.getObject()
			.listDatasets()
			.stream()
			.map(DatasetSummary::name)
			.toList();
		Supplier<List<String>> commands = () -> this.registry.getCommands()
			.stream()
			.map(Command::getName)
			.sorted()
			.toList();
		return Map.ofEntries(Map.entry("source show", sourceIds), Map.entry("source set", sourceIds),
				Map.entry("source correct", sourceIds), Map.entry("annotation add", sourceIds),
				Map.entry("suggest", sourceIds), Map.entry("annotation show", annotationIds),
				Map.entry("annotation edit", annotationIds), Map.entry("annotation remove", annotationIds),
				Map.entry("notebook show", cells), Map.entry("notebook rerun", cells),
				Map.entry("contract show", contracts), Map.entry("contract edit", contracts),
				Map.entry("contract remove", contracts), Map.entry("event show", events),
				Map.entry("event edit", events), Map.entry("event remove", events),
				Map.entry("suggestion accept", pending), Map.entry("suggestion reject", pending),
				Map.entry("dataset use", datasetNames), Map.entry("help", commands));
	}

	/**
	 * What the values of an option are, by option name (and command, where it matters).
	 */
	private List<String> optionValues(String command, String option) {
		return switch (option) {
			case "format" -> command.endsWith("show") ? List.of("text", "json") : List.of("table", "csv", "json");
			case "kind" ->
				command.startsWith("suggest") ? List.of("entity", "money", "date", "quote", "contract", "event")
						: command.startsWith("discrepancy") ? DiscrepancyKind.keys() : Keys.keys(AnnotationKind.class);
			case "status" -> command.startsWith("suggestion")
					? Stream.concat(SuggestionStatus.keys().stream(), Stream.of("all")).toList()
					: DiscrepancyStatus.keys();
			case "as" -> Arrays.stream(DiscrepancyStatus.values())
				.filter(DiscrepancyStatus::isDecided)
				.map(DiscrepancyStatus::key)
				.toList();
			case "source" -> numbers(this.sources.getObject().sourceIds(dataset()));
			case "evidence" -> this.annotations.getObject()
				.listAnnotations(dataset(), null, null, COMPLETIONS)
				.stream()
				.map(a -> String.valueOf(a.id()))
				.toList();
			case "into" -> this.datasets.getObject().listDatasets().stream().map(DatasetSummary::name).toList();
			default -> List.of();
		};
	}

	/**
	 * At most this many ids are offered for annotations and suggestions: a list of a
	 * hundred thousand is no help at a prompt.
	 */
	private static final int COMPLETIONS = 200;

	private static final List<String> FILE_COMMANDS = List.of("source import", "notebook run", "run",
			"notebook export");

	@Override
	public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
		List<String> words = line.words().subList(0, line.wordIndex());
		Command command = null;
		int used = 0;
		for (int n = Math.min(3, words.size()); n >= 1 && command == null; n--) {
			command = this.registry.getCommandByName(String.join(" ", words.subList(0, n)));
			if (command == null) {
				command = this.registry.getCommandByAlias(String.join(" ", words.subList(0, n)));
			}
			used = n;
		}
		if (command == null) {
			super.complete(reader, line, candidates);
			return;
		}
		String current = line.word().substring(0, Math.min(line.word().length(), line.wordCursor()));
		String previous = words.size() > used ? words.get(words.size() - 1) : null;
		try {
			if (current.startsWith("-")) {
				for (CommandOption option : command.getOptions()) {
					candidates.add(new Candidate("--" + option.longName(), "--" + option.longName(), null,
							option.description(), null, null, true));
				}
			}
			else if (previous != null && previous.startsWith("--") && !isFlag(command, previous.substring(2))) {
				optionValues(command.getName(), previous.substring(2))
					.forEach(value -> candidates.add(new Candidate(value)));
			}
			else if (FILE_COMMANDS.contains(command.getName()) || command.getName().startsWith("export ")
					|| command.getName().startsWith("import ")) {
				this.files.complete(reader, line, candidates);
			}
			else {
				Supplier<List<String>> values = arguments().get(command.getName());
				if (values != null) {
					values.get().forEach(value -> candidates.add(new Candidate(value)));
				}
			}
		}
		catch (RuntimeException ex) {
			// Completion must never break the prompt: no dataset yet, a database
			// hiccup... offer nothing.
		}
	}

	private static boolean isFlag(Command command, String name) {
		return command.getOptions()
			.stream()
			.anyMatch(o -> name.equals(o.longName()) && (o.type() == boolean.class || o.type() == Boolean.class));
	}

	private String dataset() {
		return this.datasets.getObject().currentDataset();
	}

	private static List<String> numbers(List<Integer> ids) {
		List<String> out = new ArrayList<>(ids.size());
		ids.forEach(id -> out.add(String.valueOf(id)));
		return out;
	}

}
