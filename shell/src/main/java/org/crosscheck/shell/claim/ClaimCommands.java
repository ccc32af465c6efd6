package org.crosscheck.shell.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.crosscheck.extraction.Amounts;
import org.crosscheck.ledger.ClaimService;
import org.crosscheck.ledger.ContractInput;
import org.crosscheck.ledger.ContractView;
import org.crosscheck.ledger.EventInput;
import org.crosscheck.ledger.EventView;
import org.crosscheck.ledger.Evidence;
import org.crosscheck.ledger.VendorTotal;
import org.crosscheck.common.CrosscheckException;
import org.crosscheck.common.PartialDate;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.extraction.MoneyValue;
import org.crosscheck.shell.base.ConsoleMode;
import org.crosscheck.shell.base.Ids;
import org.crosscheck.shell.base.Output;
import org.crosscheck.shell.base.Output.Column;
import org.crosscheck.timeline.Timeline;
import org.crosscheck.timeline.TimelineItem;
import org.crosscheck.timeline.TimelineService;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * Contracts and events: add, list, show, edit, remove; the timeline; the chart of
 * contract values.
 */
@Component
public class ClaimCommands {

	static final String CONTRACTS = "Contracts";

	static final String EVENTS = "Events";

	private static final int CHART_WIDTH = 40;

	/**
	 * The timeline's date column at most: an interval of days fits, a long unresolved
	 * date text is cut.
	 */
	private static final int MAX_WHEN_WIDTH = 30;

	/** A description keeps at least this many characters however narrow the terminal. */
	private static final int MIN_DESCRIPTION_WIDTH = 20;

	private final ClaimService claims;

	private final DatasetService datasets;

	private final ConsoleMode mode;

	private final TimelineService timelines;

	ClaimCommands(ClaimService claims, DatasetService datasets, ConsoleMode mode, TimelineService timelines) {
		this.claims = claims;
		this.timelines = timelines;
		this.datasets = datasets;
		this.mode = mode;
	}

	@Command(name = { "contract", "add" }, group = CONTRACTS,
			description = "Record a contract with its values, dates and evidence",
			help = """
					contract add --vendor NAME [--agency NAME] [--obligated AMOUNT] [--ceiling AMOUNT] [--currency USD]
					  [--awarded YYYY[-MM[-DD]]] [--period-end DATE] [--options-end DATE] [--purpose TEXT] [--evidence ANN,...]
					Amounts: 18800000, 18.8m, "$18.8 million", "€80m".
					Example: contract add --vendor Palantir --agency ICE --obligated 139.3m --awarded 2022 --evidence 4""")
	public String addContract(@Option(longName = "vendor", description = "who is paid") String vendor,
			@Option(longName = "agency", description = "who pays") String agency,
			@Option(longName = "obligated", description = "the value committed") String obligated,
			@Option(longName = "ceiling", description = "the potential total with all options") String ceiling,
			@Option(longName = "currency", description = "ISO 4217 code (default USD)") String currency,
			@Option(longName = "awarded", description = "award date: YYYY, YYYY-MM or YYYY-MM-DD") String awarded,
			@Option(longName = "period-end", description = "end of the current period") String periodEnd,
			@Option(longName = "options-end", description = "end if all options are exercised") String optionsEnd,
			@Option(longName = "purpose", description = "what it pays for") String purpose,
			@Option(longName = "evidence", description = "annotation ids, comma-separated") String evidence) {
		ContractInput input = contractInput(vendor, agency, obligated, ceiling, currency, awarded, periodEnd,
				optionsEnd, purpose, evidence);
		return describe(this.claims.addContract(dataset(), input));
	}

	@Command(name = { "contract", "list" }, group = CONTRACTS, description = "List the contracts",
			help = "contract list [--format table|csv|json]\nExample: contract list --format csv")
	public String listContracts(@Option(longName = "format", description = "table, csv or json") String format) {
		return Output.render(format, this.claims.listContracts(dataset()),
				new Column<ContractView>("id", ContractView::id),
				new Column<ContractView>("vendor", ContractView::vendor),
				new Column<ContractView>("agency", ContractView::agency),
				new Column<ContractView>("currency", ContractView::currency),
				new Column<ContractView>("obligated", c -> plain(c.obligated())),
				new Column<ContractView>("ceiling", c -> plain(c.ceiling())),
				new Column<ContractView>("awarded", ContractView::awarded),
				new Column<ContractView>("period_end", ContractView::periodEnd),
				new Column<ContractView>("options_end", ContractView::optionsEnd),
				new Column<ContractView>("evidence", c -> evidenceIds(c.evidence())));
	}

	@Command(name = { "contract", "show" }, group = CONTRACTS, description = "Show a contract with its evidence words",
			help = "contract show ID [--format text|json]\nExample: contract show 1")
	public String showContract(@Argument(index = 0, description = "the contract's id") String id,
			@Option(longName = "format", description = "text or json") String format) {
		ContractView c = this.claims.contract(dataset(), Ids.parse(id, "contract"));
		return "json".equalsIgnoreCase(format) ? Output.json(c) : describe(c);
	}

	@Command(name = { "contract", "edit" }, group = CONTRACTS, description = "Change a contract's fields",
			help = "contract edit ID [--vendor ...] [--obligated ...] [--ceiling ...] [--awarded ...] [--evidence ANN,...] ...\nExample: contract edit 2 --ceiling 165.2m --options-end 2032")
	public String editContract(@Argument(index = 0, description = "the contract's id") String id,
			@Option(longName = "vendor", description = "who is paid") String vendor,
			@Option(longName = "agency", description = "who pays") String agency,
			@Option(longName = "obligated", description = "the value committed") String obligated,
			@Option(longName = "ceiling", description = "the potential total") String ceiling,
			@Option(longName = "currency", description = "ISO 4217 code") String currency,
			@Option(longName = "awarded", description = "award date") String awarded,
			@Option(longName = "period-end", description = "end of the current period") String periodEnd,
			@Option(longName = "options-end", description = "end of all options") String optionsEnd,
			@Option(longName = "purpose", description = "what it pays for") String purpose,
			@Option(longName = "evidence", description = "annotation ids, replacing the old") String evidence) {
		ContractInput input = contractInput(vendor, agency, obligated, ceiling, currency, awarded, periodEnd,
				optionsEnd, purpose, evidence);
		return describe(this.claims.editContract(dataset(), Ids.parse(id, "contract"), input));
	}

	@Command(name = { "contract", "remove" }, group = CONTRACTS, description = "Remove a contract",
			help = "contract remove ID\nExample: contract remove 3")
	public String removeContract(@Argument(index = 0, description = "the contract's id") String id) {
		ContractView c = this.claims.removeContract(dataset(), Ids.parse(id, "contract"));
		return "Removed contract " + c.id() + " (" + c.vendor() + ").";
	}

	@Command(name = { "chart", "contracts" }, group = CONTRACTS,
			description = "Draw the obligated value and ceiling of each vendor's contracts as bars",
			help = "chart contracts\nExample: chart contracts")
	public String chartContracts() {
		List<VendorTotal> totals = this.claims.contractsByVendor(dataset());
		if (totals.isEmpty()) {
			return "No contracts yet: `suggest` proposes them, `contract add` records one.";
		}
		BigDecimal max = totals.stream()
			.map(t -> (t.ceiling() != null ? t.ceiling() : t.obligated() != null ? t.obligated() : BigDecimal.ZERO))
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ONE);
		int nameWidth = totals.stream().mapToInt(t -> t.vendor().length()).max().orElse(6);
		StringBuilder out = new StringBuilder();
		out.append("█ obligated   ░ ceiling (potential total with options)\n");
		for (VendorTotal t : totals) {
			int obligated = bar(t.obligated(), max);
			int ceiling = Math.max(obligated, bar(t.ceiling(), max));
			out.append(String.format("%-" + nameWidth + "s ", t.vendor()))
				.append("█".repeat(obligated))
				.append("░".repeat(ceiling - obligated))
				.append(" ".repeat(CHART_WIDTH - ceiling + 1))
				.append(money(t.obligated(), t.currency()));
			if (t.ceiling() != null && t.obligated() != null && t.ceiling().compareTo(t.obligated()) > 0) {
				out.append(" of up to ").append(money(t.ceiling(), t.currency()));
			}
			out.append('\n');
		}
		return out.toString().stripTrailing();
	}

	@Command(name = { "event", "add" }, group = EVENTS, description = "Record an event with its date and evidence",
			help = """
					event add --date YYYY[-MM[-DD]] [--until YYYY[-MM[-DD]]] --description TEXT [--entity NAME]... [--evidence ANN,...]
					Without --date the event is listed as unresolved.
					Example: event add --date 2025-09 --description "Microsoft disables services used by an Israeli military unit" --evidence 7""")
	public String addEvent(@Option(longName = "date", description = "when: YYYY, YYYY-MM or YYYY-MM-DD") String date,
			@Option(longName = "until", description = "end of an interval") String until,
			@Option(longName = "description", description = "what happened") String description,
			@Option(longName = "entity", description = "who was involved; repeat for more") String entities,
			@Option(longName = "evidence", description = "annotation ids, comma-separated") String evidence) {
		return describe(this.claims.addEvent(dataset(), eventInput(date, until, description, entities, evidence)));
	}

	@Command(name = { "event", "list" }, group = EVENTS, description = "List the events in time order",
			help = "event list [--format table|csv|json]\nExample: event list --format json")
	public String listEvents(@Option(longName = "format", description = "table, csv or json") String format) {
		return Output.render(format, this.claims.listEvents(dataset()), new Column<EventView>("id", EventView::id),
				new Column<EventView>("date", ClaimCommands::when),
				new Column<EventView>("precision", EventView::precision),
				new Column<EventView>("status", EventView::status),
				new Column<EventView>("description", EventView::description),
				new Column<EventView>("evidence", e -> evidenceIds(e.evidence())));
	}

	@Command(name = { "event", "show" }, group = EVENTS, description = "Show an event with its evidence words",
			help = "event show ID [--format text|json]\nExample: event show 2")
	public String showEvent(@Argument(index = 0, description = "the event's id") String id,
			@Option(longName = "format", description = "text or json") String format) {
		EventView e = this.claims.event(dataset(), Ids.parse(id, "event"));
		return "json".equalsIgnoreCase(format) ? Output.json(e) : describe(e);
	}

	@Command(name = { "event", "edit" }, group = EVENTS,
			description = "Change an event's date, description or evidence",
			help = "event edit ID [--date ...] [--until ...] [--description ...] [--entity ...] [--evidence ...]\nExample: event edit 3 --date 2025-09")
	public String editEvent(@Argument(index = 0, description = "the event's id") String id,
			@Option(longName = "date", description = "when") String date,
			@Option(longName = "until", description = "end of an interval") String until,
			@Option(longName = "description", description = "what happened") String description,
			@Option(longName = "entity", description = "who was involved") String entities,
			@Option(longName = "evidence", description = "annotation ids, replacing the old") String evidence) {
		return describe(this.claims.editEvent(dataset(), Ids.parse(id, "event"),
				eventInput(date, until, description, entities, evidence)));
	}

	@Command(name = { "event", "remove" }, group = EVENTS, description = "Remove an event",
			help = "event remove ID\nExample: event remove 3")
	public String removeEvent(@Argument(index = 0, description = "the event's id") String id) {
		EventView e = this.claims.removeEvent(dataset(), Ids.parse(id, "event"));
		return "Removed event " + e.id() + ".";
	}

	@Command(name = "timeline", group = EVENTS,
			description = "Print what happened in time order, each happening once with all the sources that report it",
			help = """
					timeline [--story ID] [--width COLUMNS] [--format text|json]
					One line per happening: the events that sources of one story report of the same happening are one
					line with all their sources, and a line below says so when their dates disagree. Unresolved ones
					come apart at the end. Lines are cut with … to fit the terminal (else $COLUMNS, else 100 columns);
					`event show ID` prints the whole description; --story shows one story's (`story list` has their ids).
					Example: timeline --story 1 --width 120""")
	public String timeline(
			@Option(longName = "width", description = "columns per line (default: the terminal's)") String width,
			@Option(longName = "format", description = "text or json") String format,
			@Option(longName = "story", description = "only this story's happenings") String story) {
		Timeline timeline = this.timelines.timeline(dataset(), story == null ? null : Ids.parse(story, "story"));
		if ("json".equalsIgnoreCase(format)) {
			return Output.json(timeline);
		}
		if (format != null && !"text".equalsIgnoreCase(format)) {
			throw CrosscheckException
				.invalid("--format takes text or json for the timeline; '" + format + "' is neither");
		}
		int columns = width == null ? this.mode.width() : columns(width);
		if (timeline.items().isEmpty()) {
			return "No events yet: `suggest` proposes them, `event add` records one.";
		}
		List<TimelineItem> items = timeline.items();
		int whenWidth = Math.min(MAX_WHEN_WIDTH,
				items.stream().mapToInt(item -> when(item.lead()).length()).max().orElse(0));
		int precisionWidth = items.stream().mapToInt(item -> precisionOf(item.lead()).length()).max().orElse(0);
		StringBuilder out = new StringBuilder();
		boolean unresolvedHeader = false;
		for (TimelineItem item : items) {
			EventView e = item.lead();
			if (e.start() == null && !unresolvedHeader) {
				out.append("\nNot placed (no date; `source set ID --published ...` or `event edit ID --date ...`):\n");
				unresolvedHeader = true;
			}
			String head = String.format("%-" + whenWidth + "s %-" + precisionWidth + "s ", fit(when(e), whenWidth),
					precisionOf(e)) + ("AMBIGUOUS".equals(e.status()) ? "(ambiguous) " : "");
			String tail = sources(item.sources());
			String description = e.description().replaceAll("\\s+", " ").strip();
			out.append(head)
				.append(fit(description, columns - head.length() - tail.length()))
				.append(tail)
				.append('\n');
			if (item.datesDisagree()) {
				String indent = " ".repeat(Math.min(head.length(), columns / 3));
				out.append(wrap("dates disagree: " + String.join(" · ",
						item.events()
							.stream()
							.map(event -> when(event) + " (source " + sourceOf(event) + ", event " + event.id() + ")")
							.toList()),
						indent, columns));
			}
		}
		out.append(summary(timeline, columns));
		return out.toString().stripTrailing();
	}

	/** What the timeline joined, or why it could not yet: a line or two at the end. */
	private static String summary(Timeline timeline, int columns) {
		long sources = timeline.items().stream().flatMap(item -> item.sources().stream()).distinct().count();
		if (sources < 2) {
			return "";
		}
		if (!timeline.storiesFormed()) {
			return "\n" + wrap("Each event is a line of its own: the sources are not grouped into stories yet. "
					+ "`discrepancy check` groups them; then a happening that several sources report is one line.", "",
					columns);
		}
		StringBuilder line = new StringBuilder().append(timeline.events())
			.append(timeline.events() == 1 ? " event, " : " events, ")
			.append(timeline.items().size())
			.append(" on the timeline; ")
			.append(timeline.toldBySeveral())
			.append(" told by more than one source");
		if (timeline.disagreeing() > 0) {
			line.append(", ").append(timeline.disagreeing()).append(" of them with dates that disagree");
		}
		line.append('.');
		timeline.notes().forEach(note -> line.append(' ').append(note).append('.'));
		return "\n" + wrap(line.toString(), "", columns);
	}

	/**
	 * {@code text} in lines of at most {@code columns}, each after {@code indent}, broken
	 * between words.
	 */
	static String wrap(String text, String indent, int columns) {
		StringBuilder out = new StringBuilder();
		StringBuilder line = new StringBuilder(indent);
		for (String word : text.split(" ")) {
			if (line.length() > indent.length() && line.length() + 1 + word.length() > columns) {
				out.append(line.toString().stripTrailing()).append('\n');
				line = new StringBuilder(indent);
			}
			if (line.length() > indent.length()) {
				line.append(' ');
			}
			line.append(fit(word, columns - line.length()));
		}
		return out.append(line.toString().stripTrailing()).append('\n').toString();
	}

	private static String sourceOf(EventView event) {
		return event.source() == null ? "-" : String.valueOf(event.source());
	}

	private static int columns(String width) {
		if (width.strip().matches("\\d{1,4}") && Integer.parseInt(width.strip()) >= 40) {
			return Integer.parseInt(width.strip());
		}
		throw CrosscheckException
			.invalid("--width takes a number of columns from 40, such as --width 100; '" + width + "' is not one");
	}

	/**
	 * {@code text} in at most {@code width} characters, cut with an ellipsis; never cut
	 * below a few words.
	 */
	static String fit(String text, int width) {
		int room = Math.max(MIN_DESCRIPTION_WIDTH, width);
		return text.length() <= room ? text : text.substring(0, room - 1).stripTrailing() + "…";
	}

	private static String precisionOf(EventView e) {
		return e.precision() == null ? "" : e.precision().toLowerCase(java.util.Locale.ROOT);
	}

	private ContractInput contractInput(String vendor, String agency, String obligated, String ceiling, String currency,
			String awarded, String periodEnd, String optionsEnd, String purpose, String evidence) {
		MoneyValue obligatedValue = Amounts.parse(obligated, currency);
		MoneyValue ceilingValue = Amounts.parse(ceiling, currency);
		String code = currency != null ? currency : obligatedValue != null && obligatedValue.currency() != null
				? obligatedValue.currency() : ceilingValue != null ? ceilingValue.currency() : null;
		return new ContractInput(vendor, agency, code, obligatedValue == null ? null : obligatedValue.amount(),
				ceilingValue == null ? null : ceilingValue.amount(), PartialDate.parse(awarded),
				PartialDate.parse(periodEnd), PartialDate.parse(optionsEnd), purpose, ids(evidence));
	}

	private static EventInput eventInput(String date, String until, String description, String entities,
			String evidence) {
		PartialDate from = PartialDate.parse(date);
		PartialDate to = PartialDate.parse(until);
		LocalDate start = from == null ? null : from.first();
		LocalDate end = to != null ? to.last() : from == null ? null : from.last();
		return new EventInput(start, end, from == null ? null : from.precision().name(), null, date, description,
				entities == null ? null
						: Arrays.stream(entities.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
				ids(evidence));
	}

	static List<Integer> ids(String text) {
		if (text == null) {
			return null;
		}
		try {
			return Arrays.stream(text.split(","))
				.map(String::strip)
				.filter(s -> !s.isEmpty())
				.map(Integer::valueOf)
				.toList();
		}
		catch (NumberFormatException ex) {
			throw CrosscheckException
				.invalid("--evidence takes annotation ids separated by commas, e.g. --evidence 3,4");
		}
	}

	private static String describe(ContractView c) {
		StringBuilder out = new StringBuilder();
		out.append("contract ")
			.append(c.id())
			.append(": ")
			.append(c.vendor())
			.append(c.agency() == null ? "" : " for " + c.agency())
			.append('\n');
		out.append("  obligated   ").append(money(c.obligated(), c.currency())).append('\n');
		out.append("  ceiling     ").append(money(c.ceiling(), c.currency())).append('\n');
		out.append("  awarded     ").append(orDash(c.awarded())).append('\n');
		out.append("  period end  ").append(orDash(c.periodEnd())).append('\n');
		out.append("  options end ").append(orDash(c.optionsEnd())).append('\n');
		out.append("  purpose     ").append(orDash(c.purpose()));
		for (Evidence e : c.evidence()) {
			out.append("\n  evidence    annotation ")
				.append(e.annotation())
				.append(", source ")
				.append(e.source())
				.append(": «")
				.append(e.exact())
				.append('»');
		}
		return out.toString();
	}

	private static String describe(EventView e) {
		StringBuilder out = new StringBuilder();
		out.append("event ")
			.append(e.id())
			.append(": ")
			.append(when(e))
			.append(" (")
			.append(e.precision() == null ? "no date" : e.precision().toLowerCase())
			.append(", ")
			.append(e.status().toLowerCase())
			.append(")\n  ")
			.append(e.description());
		if (!e.entities().isEmpty()) {
			out.append("\n  involves  ").append(String.join(", ", e.entities()));
		}
		for (Evidence ev : e.evidence()) {
			out.append("\n  evidence  annotation ")
				.append(ev.annotation())
				.append(", source ")
				.append(ev.source())
				.append(": «")
				.append(ev.exact())
				.append('»');
		}
		return out.toString();
	}

	/** The event's date at its precision: 2025-09, 2021, 2026-02-18, or an interval. */
	static String when(EventView e) {
		if (e.start() == null) {
			return e.dateText() == null ? "unresolved" : "unresolved: " + e.dateText();
		}
		String start = atPrecision(e.start(), e.precision());
		String end = e.end() == null ? start : atPrecision(e.end(), e.precision());
		return start.equals(end) ? start : start + " – " + end;
	}

	private static String atPrecision(String isoDate, String precision) {
		if (precision == null) {
			return isoDate;
		}
		return switch (precision) {
			case "YEAR" -> isoDate.substring(0, 4);
			case "MONTH", "QUARTER" -> isoDate.substring(0, 7);
			default -> isoDate;
		};
	}

	private static String sources(List<Integer> sources) {
		return sources.isEmpty() ? "" : (sources.size() == 1 ? "  [source " : "  [sources ")
				+ String.join(", ", sources.stream().map(String::valueOf).toList()) + "]";
	}

	private static String evidenceIds(List<Evidence> evidence) {
		return String.join(",", evidence.stream().map(e -> String.valueOf(e.annotation())).toList());
	}

	private static int bar(BigDecimal value, BigDecimal max) {
		if (value == null || max.signum() == 0) {
			return 0;
		}
		return value.multiply(BigDecimal.valueOf(CHART_WIDTH)).divide(max, 0, RoundingMode.HALF_UP).intValue();
	}

	/** An amount as a reader says it: $18.8M, €80M, $1.2B. */
	public static String money(BigDecimal amount, String currency) {
		if (amount == null) {
			return "-";
		}
		String symbol = switch (currency == null ? "USD" : currency) {
			case "USD" -> "$";
			case "EUR" -> "€";
			case "GBP" -> "£";
			case "JPY" -> "¥";
			default -> currency + " ";
		};
		BigDecimal abs = amount.abs();
		if (abs.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
			return symbol + abs.divide(BigDecimal.valueOf(1_000_000_000L))
				.setScale(2, RoundingMode.HALF_UP)
				.stripTrailingZeros()
				.toPlainString() + "B";
		}
		if (abs.compareTo(BigDecimal.valueOf(1_000_000L)) >= 0) {
			return symbol + abs.divide(BigDecimal.valueOf(1_000_000L))
				.setScale(2, RoundingMode.HALF_UP)
				.stripTrailingZeros()
				.toPlainString() + "M";
		}
		return symbol + abs.stripTrailingZeros().toPlainString();
	}

	private static String plain(BigDecimal amount) {
		return amount == null ? null : amount.toPlainString();
	}

	private static String orDash(String value) {
		return value == null ? "-" : value;
	}

	private String dataset() {
		return this.datasets.currentDataset();
	}

}
