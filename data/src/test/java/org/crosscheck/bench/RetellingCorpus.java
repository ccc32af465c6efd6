package org.crosscheck.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seeded, reproducible generator of independent retellings: each story (a company
 * buying another, or a council awarding a contract) is told by three to five generated
 * outlets, each in its own sentence order and wording (synonyms, active or passive,
 * clauses turned round), its own currency (converted from dollars at the fixed rates
 * {@link #USD_PER_EUR} and {@link #USD_PER_GBP}, rounded as newsrooms round) and its own
 * way of dating the event relative to its own publication day ("yesterday", "on Tuesday",
 * "on October 14"). Fact differences are planted in one outlet of a story and returned as
 * ground truth, with the places where they stand; amounts that agree across currencies
 * are returned too, since flagging them is a false finding. A third of the stories share
 * their buyer with the story before, in the same weeks: two deals of one company that are
 * two stories. Dates fall in September and October 2025, where the fixed rates are within
 * about two percent of the European Central Bank's reference rates.
 */
public final class RetellingCorpus {

	/** Dollars per euro used to convert the generated amounts. */
	public static final double USD_PER_EUR = 1.17;

	/** Dollars per pound used to convert the generated amounts. */
	public static final double USD_PER_GBP = 1.34;

	/** The kinds of difference planted, named as the check's finding kinds. */
	public enum Kind {

		NUMBER, DATE, QUOTE, ATTRIBUTION, OMISSION

	}

	/** Words of one report: where they stand in its text. */
	public record Place(String reportId, int start, int end, String excerpt) {
	}

	/**
	 * One planted difference: {@code places.get(0)} is what the report that differs says,
	 * the others what the other reports of the story say in its stead (none for an
	 * omission: the passage only one report has).
	 */
	public record Planted(String storyId, Kind kind, List<Place> places) {
	}

	/**
	 * Amounts of one story that tell the same value, in different currencies or
	 * roundings: never a finding.
	 */
	public record Consistent(String storyId, List<Place> places) {
	}

	/**
	 * One generated report: the id it is checked under, its story, outlet, publication
	 * (ISO with offset) and text.
	 */
	public record Report(String id, String storyId, String outlet, String published, String title, String text) {

		public LocalDate publishedDay() {
			return LocalDate.parse(this.published.substring(0, 10));
		}

	}

	/** What {@link #generate(int)} gives. */
	public record Corpus(List<Report> reports, List<Planted> planted, List<Consistent> consistent) {
	}

	private static final String[] OUTLETS = { "Harbour Wire", "The Evening Standardbearer", "Ledger Business",
			"Northfield Gazette", "Deal Watch (blog)", "Metro Markets", "The Provincial Times", "Capital Desk",
			"Tech Ledger (blog)", "Riverside Courier", "Global Business Review", "The Morning Wire" };

	private static final String[] ORG_HEAD = { "Ardent", "Boreal", "Cinder", "Dovetail", "Ember", "Fjordline",
			"Granite", "Hollis", "Isotope", "Juniper", "Kinetic", "Lattice", "Mosaic", "Nordvik", "Oriel", "Parallax",
			"Quill", "Redwing", "Solace", "Tidewater", "Umbra", "Vireo", "Wexford", "Yarrow" };

	private static final String[] ORG_TAIL = { "Systems", "Software", "Analytics", "Robotics", "Networks", "Health",
			"Payments", "Labs" };

	private static final String[] CITIES = { "Leeds", "Rotterdam", "Lyon", "Austin", "Porto", "Gdansk", "Cork",
			"Tampere", "Bilbao", "Graz", "Malmo", "Utrecht" };

	private static final String[] PRODUCTS = { "payroll software", "warehouse robots", "fraud detection tools",
			"hospital scheduling software", "route planning software", "energy metering systems", "chip design tools",
			"customer service chatbots" };

	private static final String[] FIRST = { "Alma", "Bruno", "Celia", "Dmitri", "Esther", "Farid", "Greta", "Hugo",
			"Ines", "Jasper", "Katya", "Leon", "Marta", "Niall", "Olga", "Pavel", "Rosa", "Stefan", "Tove", "Viktor" };

	private static final String[] LAST = { "Arnesen", "Baptiste", "Cortez", "Duval", "Ekwueme", "Falk", "Gallo",
			"Hartmann", "Iqbal", "Janssen", "Kovacs", "Lindahl", "Moretti", "Nakamura", "Olsen", "Petrov", "Quiroga",
			"Reyes", "Sorensen", "Tremblay" };

	private static final String[] BANKS = { "Harlow & Finch", "Brookmere Capital", "Stanton Securities",
			"Kellner Partners", "Oakridge Research" };

	private static final String[] QUOTE_START = { "This deal gives us", "Together we can offer", "We are buying",
			"Our customers will get", "This acquisition brings us" };

	private static final String[] QUOTE_END = { "the best team in the industry", "tools our customers have asked for",
			"a foothold in a market that is growing fast", "the engineers we could not hire ourselves",
			"a product that fits ours perfectly" };

	private static final String[] QUOTE_SWAPS = { "exactly what we needed", "a chance we could not miss",
			"the scale we were missing" };

	private static final String[] EXCLUSIVES = {
			"{target} will keep its headquarters in {city} for at least five years, according to a letter to staff.",
			"{buyer} has set aside a retention bonus for {target_pos} senior engineers, a person familiar with the deal said.",
			"{target} had rejected an earlier approach from a rival bidder last year.",
			"The two companies already work together on a project for a large European retailer." };

	// Each fact in two or three wordings; {UPPER} placeholders are tracked places,
	// {lower} plain words.
	private static final String[][] LEAD = { {
			"{buyer} has agreed to {buy} {target}, a {city}-based maker of {product}, for {AMOUNT}, the companies said {DATE}." },
			{ "{target}, which makes {product} in {city}, is to be {bought} by {buyer} for {AMOUNT}, the companies announced {DATE}." },
			{ "In a deal worth {AMOUNT}, {buyer} will {buy} {city}-based {target}, the two companies said {DATE}." } };

	private static final String[][] FACTS = {
			{ "{target} employs about {staff} people.", "The company has around {staff} staff.",
					"About {staff} people work for {target}." },
			{ "The deal is expected to close in the {quarter} quarter.",
					"Completion is expected in the {quarter} quarter, subject to regulatory approval.",
					"The companies expect to complete the transaction in the {quarter} quarter." },
			{ "{target} was founded in {founded}.",
					"Founded in {founded}, {target} is still run by its founder, {founder}.",
					"{founder} started {target} in {founded}." },
			{ "{analyst}, an analyst at {bank}, said the price looked {verdict}.",
					"The price looked {verdict}, said {analyst} of {bank}.",
					"According to {analyst} at {bank}, the price was {verdict}." },
			{ "Shares in {buyer} {moved} {percent} percent after the announcement.",
					"{buyer_pos} shares {moved} {percent} percent on the news.",
					"After the announcement, {buyer} stock {moved} {percent} percent." },
			{ "{buyer} has made {deals} acquisitions in the past three years.",
					"It is the {nth} acquisition {buyer} has announced since 2022.",
					"Over the past three years {buyer} has bought {deals} companies." } };

	private static final String[] QUOTE_LINES = { "“{QUOTE},” said {SPEAKER}, {role}.",
			"{role_cap} {SPEAKER} said: “{QUOTE}.”", "“{QUOTE},” {SPEAKER}, {role}, told reporters." };

	// Each outlet's own words for the templates' plain words (never inside a
	// placeholder).
	private static final String[][] SYNONYMS = { { "about", "around", "some", "roughly" },
			{ "people", "employees", "workers" }, { "staff", "employees", "people" }, { "expected", "likely", "due" },
			{ "the companies said", "the firms said", "the two companies said" },
			{ "has agreed to", "is set to", "will" }, { "maker of", "developer of", "supplier of" },
			{ "the price", "the valuation", "the sum" },
			{ "after the announcement", "after the news", "once the deal was made public" },
			{ "acquisitions", "deals", "takeovers" },
			{ "told reporters", "told journalists", "said on a call with reporters" } };

	/**
	 * The sentences one kind of story is told in: its lead, its other facts, its quotes
	 * and a detail one report alone has.
	 */
	private record Frame(String title, String[][] lead, String[][] facts, String[] quoteLines, String[] exclusives,
			String[] quoteStart, String[] quoteEnd, String[] quoteSwaps) {
	}

	private static final Frame DEAL = new Frame("{buyer} to {buy} {target}", LEAD, FACTS, QUOTE_LINES, EXCLUSIVES,
			QUOTE_START, QUOTE_END, QUOTE_SWAPS);

	private static final Frame CONTRACT = new Frame("{winner} wins {council} contract", new String[][] {
			{ "{council} voted {DATE} to award a contract worth {AMOUNT} for {project} to {winner}." },
			{ "A contract worth {AMOUNT} for {project} has gone to {winner} after {council} approved it {DATE}." },
			{ "{winner} will deliver {project} for {AMOUNT} under a contract that {council} approved {DATE}." } },
			new String[][] {
					{ "Councillors backed the plan by {for} votes to {against}.", "The vote was {for}-{against}.",
							"{for} councillors voted in favour and {against} against." },
					{ "The contract runs for {years} years.", "The deal covers the next {years} years.",
							"The contract is for {years} years." },
					{ "{winner} says the work will create {jobs} jobs.",
							"About {jobs} jobs are expected to be created.",
							"The project should bring {jobs} jobs to the area." },
					{ "Work is due to start in {month}.", "{winner} expects to begin in {month}.",
							"The first work is planned for {month}." },
					{ "{other}, who leads the opposition group, said the council should have waited.",
							"The opposition, led by {other}, wanted the decision delayed.",
							"Opposition leader {other} argued for a delay." },
					{ "{bidders} companies bid for the contract.", "The council received {bidders} bids.",
							"{winner} beat {rivals} other bidders." } },
			QUOTE_LINES,
			new String[] {
					"{winner} will also pay for a new community centre as part of the deal, according to council papers.",
					"The council's auditors had raised concerns about the cost in a report last year.",
					"The contract includes penalties if the work runs late." },
			new String[] { "This contract means", "Residents will see", "We have chosen", "This decision delivers" },
			new String[] { "better services for every household", "a fair price for taxpayers",
					"the best value on offer", "a cleaner town within two years" },
			new String[] { "real savings for the council", "the change people voted for",
					"a service we can be proud of" });

	private static final String[] PROJECTS = { "a new recycling plant", "the repair of the ring road", "school meals",
			"street lighting", "a new swimming pool", "social care visits", "bus shelters" };

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_]+)\\}");

	private final Random random;

	public RetellingCorpus(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * {@code stories} stories of three to five reports each, with their planted
	 * differences.
	 */
	public Corpus generate(int stories) {
		List<Report> reports = new ArrayList<>();
		List<Planted> planted = new ArrayList<>();
		List<Consistent> consistent = new ArrayList<>();
		Map<String, String> previous = null;
		for (int s = 0; s < stories; s++) {
			Map<String, String> story = story(s, previous);
			new Telling(story).tell(reports, planted, consistent);
			previous = story;
		}
		return new Corpus(List.copyOf(reports), List.copyOf(planted), List.copyOf(consistent));
	}

	/**
	 * Writes each report into {@code folder} as Markdown with front matter (title,
	 * outlet, date), as users import them.
	 */
	public static void write(List<Report> reports, java.nio.file.Path folder) {
		try {
			java.nio.file.Files.createDirectories(folder);
			for (Report report : reports) {
				java.nio.file.Files.writeString(folder.resolve(report.id() + ".md"),
						"---\ntitle: " + report.title() + "\noutlet: " + report.outlet() + "\ndate: "
								+ report.published() + "\n---\n\n" + report.text() + "\n");
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * One story told by {@code reports} reports (outlets repeat with a number once the
	 * list runs out).
	 */
	public Corpus oneStory(int reports) {
		List<Report> told = new ArrayList<>();
		List<Planted> planted = new ArrayList<>();
		List<Consistent> consistent = new ArrayList<>();
		new Telling(story(0, null)).tell(told, planted, consistent, reports);
		return new Corpus(List.copyOf(told), List.copyOf(planted), List.copyOf(consistent));
	}

	private Map<String, String> story(int index, Map<String, String> previous) {
		return this.random.nextInt(3) == 0 ? contract(index)
				: deal(index, previous != null && previous.containsKey("buyer") ? previous : null);
	}

	private Map<String, String> contract(int index) {
		Map<String, String> v = common(index, LocalDate.of(2025, 9, 1).plusDays(this.random.nextInt(50)));
		v.put("frame", "contract");
		v.put("council", pick(CITIES) + " City Council");
		v.put("winner", org());
		v.put("project", pick(PROJECTS));
		v.put("usd", String.valueOf(5 + this.random.nextInt(90)));
		int seats = 9 + this.random.nextInt(40);
		int against = 1 + this.random.nextInt(seats / 3);
		v.put("for", String.valueOf(seats - against));
		v.put("against", String.valueOf(against));
		v.put("years", String.valueOf(3 + this.random.nextInt(8)));
		v.put("jobs", String.valueOf(20 + this.random.nextInt(300)));
		v.put("month", pick(new String[] { "January", "February", "March", "April", "May", "June" }));
		int bidders = 2 + this.random.nextInt(6);
		v.put("bidders", String.valueOf(bidders));
		v.put("rivals", String.valueOf(bidders - 1));
		v.put("speaker", person());
		v.put("other", person());
		v.put("role_main", "leader of " + v.get("council"));
		v.put("role_main_cap", v.get("council") + " leader");
		v.put("role_other", "an opposition councillor");
		v.put("role_other_cap", "Opposition councillor");
		return v;
	}

	private Map<String, String> common(int index, LocalDate day) {
		Map<String, String> v = new HashMap<>();
		v.put("story", String.format("s%03d", index));
		while (day.getDayOfWeek().getValue() > 5) {
			day = day.plusDays(1);
		}
		v.put("day", day.toString());
		return v;
	}

	private Map<String, String> deal(int index, Map<String, String> previous) {
		Map<String, String> v = new HashMap<>();
		v.put("story", String.format("s%03d", index));
		v.put("frame", "deal");
		boolean sameBuyer = previous != null && this.random.nextInt(3) == 0;
		v.put("buyer", sameBuyer ? previous.get("buyer") : org());
		String target;
		do {
			target = org();
		}
		while (target.equals(v.get("buyer")));
		v.put("target", target);
		v.put("city", pick(CITIES));
		v.put("product", pick(PRODUCTS));
		v.put("usd", String.valueOf(120 + this.random.nextInt(860)));
		LocalDate day = sameBuyer ? LocalDate.parse(previous.get("day")).plusDays(3 + this.random.nextInt(10))
				: LocalDate.of(2025, 9, 1).plusDays(this.random.nextInt(50));
		while (day.getDayOfWeek().getValue() > 5) {
			day = day.plusDays(1);
		}
		v.put("day", day.toString());
		v.put("ceo", sameBuyer ? previous.get("ceo") : person());
		v.put("founder", person());
		v.put("analyst", person());
		v.put("bank", pick(BANKS));
		v.put("staff", String.valueOf(80 + this.random.nextInt(820)));
		v.put("quarter", pick(new String[] { "first", "second", "third", "fourth" }));
		v.put("founded", String.valueOf(1995 + this.random.nextInt(25)));
		v.put("verdict", pick(new String[] { "high", "fair", "generous", "cheap" }));
		v.put("moved", pick(new String[] { "rose", "fell" }));
		v.put("percent", String.valueOf(1 + this.random.nextInt(9)));
		int deals = 2 + this.random.nextInt(4);
		v.put("deals", String.valueOf(deals));
		v.put("nth", new String[] { "", "", "third", "fourth", "fifth", "sixth" }[deals]);
		v.put("buyer_pos", possessive(v.get("buyer")));
		v.put("target_pos", possessive(v.get("target")));
		v.put("speaker", v.get("ceo"));
		v.put("other", v.get("founder"));
		v.put("role_main", possessive(v.get("buyer")) + " chief executive");
		v.put("role_main_cap", v.get("buyer") + " chief executive");
		v.put("role_other", possessive(v.get("target")) + " founder");
		v.put("role_other_cap", v.get("target") + " founder");
		return v;
	}

	/** One story's reports: who tells it, in which currency, and what each plants. */
	private final class Telling {

		private final Map<String, String> story;

		private final String id;

		private final LocalDate day;

		private final Frame frame;

		Telling(Map<String, String> story) {
			this.frame = story.get("frame").equals("deal") ? DEAL : CONTRACT;
			story.put("quote_start", pick(this.frame.quoteStart()));
			story.put("quote_end", pick(this.frame.quoteEnd()));
			story.put("exclusive", pick(this.frame.exclusives()));
			this.story = story;
			this.id = story.get("story");
			this.day = LocalDate.parse(story.get("day"));
		}

		void tell(List<Report> reports, List<Planted> planted, List<Consistent> consistent) {
			tell(reports, planted, consistent, 3 + RetellingCorpus.this.random.nextInt(3));
		}

		void tell(List<Report> reports, List<Planted> planted, List<Consistent> consistent, int n) {
			List<String> outlets = new ArrayList<>(List.of(OUTLETS));
			Collections.shuffle(outlets, RetellingCorpus.this.random);
			for (int k = 0; outlets.size() < n; k++) {
				outlets.add(OUTLETS[k % OUTLETS.length] + " " + (2 + k / OUTLETS.length));
			}
			// Which facts each report tells: each fact in at least two reports, so that
			// only planted passages are
			// told by one report alone.
			boolean[][] tells = new boolean[n][this.frame.facts().length];
			for (int f = 0; f < this.frame.facts().length; f++) {
				int count = 0;
				for (int r = 0; r < n; r++) {
					tells[r][f] = RetellingCorpus.this.random.nextInt(100) < 80;
					count += tells[r][f] ? 1 : 0;
				}
				for (int r = 0; count < 2 && r < n; r++) {
					if (!tells[r][f]) {
						tells[r][f] = true;
						count++;
					}
				}
			}
			// Two kinds planted, each in its own report.
			List<Kind> kinds = new ArrayList<>(List.of(Kind.values()));
			Collections.shuffle(kinds, RetellingCorpus.this.random);
			Map<Kind, Integer> plantedIn = new HashMap<>();
			plantedIn.put(kinds.get(0), 0);
			plantedIn.put(kinds.get(1), 1 + RetellingCorpus.this.random.nextInt(n - 1));
			List<Written> written = new ArrayList<>();
			for (int r = 0; r < n; r++) {
				written.add(write(r, outlets.get(r), tells[r], plantedIn));
			}
			for (Written w : written) {
				reports.add(w.report());
			}
			for (Map.Entry<Kind, Integer> plant : plantedIn.entrySet()) {
				Kind kind = plant.getKey();
				List<Place> places = new ArrayList<>();
				places.add(written.get(plant.getValue()).places().get(kind));
				if (kind != Kind.OMISSION) {
					for (int r = 0; r < n; r++) {
						if (r != plant.getValue() && written.get(r).places().containsKey(kind)) {
							places.add(written.get(r).places().get(kind));
						}
					}
				}
				planted.add(new Planted(this.id, kind, List.copyOf(places)));
			}
			List<Place> amounts = new ArrayList<>();
			Integer changed = plantedIn.get(Kind.NUMBER);
			for (int r = 0; r < n; r++) {
				if (changed == null || changed != r) {
					amounts.add(written.get(r).places().get(Kind.NUMBER));
				}
			}
			consistent.add(new Consistent(this.id, List.copyOf(amounts)));
		}

		private record Written(Report report, Map<Kind, Place> places) {
		}

		private Written write(int index, String outlet, boolean[] tells, Map<Kind, Integer> plantedIn) {
			Random random = RetellingCorpus.this.random;
			String reportId = this.id + "-r" + index;
			LocalDate published = this.day.plusDays(random.nextInt(4));
			Map<String, String> v = new HashMap<>(this.story);
			boolean plantsNumber = Integer.valueOf(index).equals(plantedIn.get(Kind.NUMBER));
			boolean plantsDate = Integer.valueOf(index).equals(plantedIn.get(Kind.DATE));
			double usd = Double.parseDouble(v.get("usd"));
			if (plantsNumber) {
				usd *= random.nextBoolean() ? 0.7 + random.nextDouble() * 0.15 : 1.15 + random.nextDouble() * 0.25;
			}
			v.put("AMOUNT", amount(usd, index == 0 ? "USD" : pick(new String[] { "USD", "USD", "EUR", "GBP" })));
			LocalDate eventDay = this.day;
			if (plantsDate) {
				eventDay = eventDay.minusDays(1 + random.nextInt(2));
				while (eventDay.getDayOfWeek().getValue() > 5) {
					eventDay = eventDay.minusDays(1);
				}
			}
			v.put("DATE", dateSaid(eventDay, published));
			String[] synonyms = pick(new String[][] { { "buy", "bought" }, { "acquire", "acquired" },
					{ "purchase", "purchased" }, { "take over", "taken over" } });
			v.put("buy", synonyms[0]);
			v.put("bought", synonyms[1]);
			v.put("QUOTE", v.get("quote_start") + " " + (Integer.valueOf(index).equals(plantedIn.get(Kind.QUOTE))
					? pick(this.frame.quoteSwaps()) : v.get("quote_end")));
			boolean misattributes = Integer.valueOf(index).equals(plantedIn.get(Kind.ATTRIBUTION));
			v.put("SPEAKER", misattributes ? v.get("other") : v.get("speaker"));
			v.put("role", misattributes ? v.get("role_other") : v.get("role_main"));
			v.put("role_cap", misattributes ? v.get("role_other_cap") : v.get("role_main_cap"));

			Map<String, String> words = new HashMap<>();
			for (String[] choices : SYNONYMS) {
				words.put(choices[0], choices[random.nextInt(choices.length)]);
			}
			List<Sentence> body = new ArrayList<>();
			Sentence lead = fill(reword(pick(pick(this.frame.lead())), words), v);
			Sentence quote = fill(reword(pick(this.frame.quoteLines()), words), v);
			List<Sentence> rest = new ArrayList<>();
			rest.add(quote);
			for (int f = 0; f < this.frame.facts().length; f++) {
				if (tells[f]) {
					rest.add(fill(reword(pick(this.frame.facts()[f]), words), v));
				}
			}
			Sentence exclusive = null;
			if (Integer.valueOf(index).equals(plantedIn.get(Kind.OMISSION))) {
				exclusive = fill(v.get("exclusive"), v);
				rest.add(exclusive);
			}
			Collections.shuffle(rest, random);
			body.add(lead);
			body.addAll(rest);
			// Wires write one sentence a paragraph, others two.
			boolean pairs = random.nextBoolean();
			StringBuilder text = new StringBuilder();
			Map<Sentence, Integer> at = new HashMap<>();
			for (int i = 0; i < body.size(); i++) {
				if (i > 0) {
					text.append(pairs && i % 2 == 0 ? " " : "\n");
				}
				at.put(body.get(i), text.length());
				text.append(body.get(i).text());
			}
			String content = text.toString();
			Map<Kind, Place> places = new HashMap<>();
			places.put(Kind.NUMBER, place(reportId, content, at.get(lead), lead.tracked().get("AMOUNT")));
			places.put(Kind.DATE, place(reportId, content, at.get(lead), lead.tracked().get("DATE")));
			places.put(Kind.QUOTE, place(reportId, content, at.get(quote), quote.tracked().get("QUOTE")));
			places.put(Kind.ATTRIBUTION,
					place(reportId, content, at.get(quote), new int[] { 0, quote.text().length() }));
			if (exclusive != null) {
				places.put(Kind.OMISSION,
						place(reportId, content, at.get(exclusive), new int[] { 0, exclusive.text().length() }));
			}
			String time = LocalTime.of(6 + random.nextInt(14), random.nextInt(4) * 15).toString();
			String iso = published + "T" + time + ":00" + ZoneOffset.ofHours(pick(new Integer[] { 0, 1, 2, -4, -5 }));
			String title = fill(this.frame.title(), v).text();
			return new Written(new Report(reportId, this.id, outlet, iso.replace("Z", "+00:00"), title, content),
					places);
		}

		private static Place place(String reportId, String content, int offset, int[] span) {
			int start = offset + span[0];
			int end = offset + span[1];
			return new Place(reportId, start, end, content.substring(start, end));
		}

	}

	/** One generated sentence and where its tracked values stand in it. */
	private record Sentence(String text, Map<String, int[]> tracked) {
	}

	private static String reword(String template, Map<String, String> words) {
		String out = template;
		for (Map.Entry<String, String> word : words.entrySet()) {
			out = out.replaceAll("(?<![{\\w])" + Pattern.quote(word.getKey()) + "(?![}\\w])",
					Matcher.quoteReplacement(word.getValue()));
		}
		// "After the news, ..." keeps its capital when the phrase opens the sentence.
		return Character.toUpperCase(out.charAt(0)) + out.substring(1);
	}

	private static Sentence fill(String template, Map<String, String> values) {
		StringBuilder out = new StringBuilder();
		Map<String, int[]> tracked = new HashMap<>();
		Matcher m = PLACEHOLDER.matcher(template);
		int last = 0;
		while (m.find()) {
			out.append(template, last, m.start());
			String key = m.group(1);
			String value = values.get(key);
			if (value == null) {
				throw new IllegalStateException("no value for {" + key + "} in " + template);
			}
			// A sentence opening with a lower-case word (a template's clause) is
			// capitalised.
			if (out.isEmpty() && !value.isEmpty()) {
				value = Character.toUpperCase(value.charAt(0)) + value.substring(1);
			}
			if (Character.isUpperCase(key.charAt(0)) && !key.contains("_")) {
				tracked.put(key, new int[] { out.length(), out.length() + value.length() });
			}
			out.append(value);
			last = m.end();
		}
		out.append(template.substring(last));
		return new Sentence(out.toString(), tracked);
	}

	/** {@code usd} millions of dollars as an outlet writes it in {@code currency}. */
	private String amount(double usd, String currency) {
		double value = switch (currency) {
			case "EUR" -> usd / USD_PER_EUR;
			case "GBP" -> usd / USD_PER_GBP;
			default -> usd;
		};
		String number = value >= 100 ? String.valueOf(Math.round(value))
				: String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
		int style = this.random.nextInt(3);
		return switch (currency) {
			case "EUR" -> style == 0 ? number + " million euros" : "€" + number + (style == 1 ? " million" : "m");
			case "GBP" -> "£" + number + (style == 2 ? "m" : " million");
			default -> style == 0 && value >= 100 ? "about $" + Math.round(value / 10) * 10 + " million"
					: "$" + number + (style == 1 ? "m" : " million");
		};
	}

	/** How a report published on {@code published} dates an event of {@code day}. */
	private String dateSaid(LocalDate day, LocalDate published) {
		long before = published.toEpochDay() - day.toEpochDay();
		String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		int style = this.random.nextInt(3);
		if (before == 1 && style == 0) {
			return "yesterday";
		}
		if (before >= 1 && before <= 5 && style < 2 && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
			return "on " + weekday;
		}
		return this.random.nextBoolean() ? "on " + month + " " + day.getDayOfMonth()
				: "on " + day.getDayOfMonth() + " " + month + " " + day.getYear();
	}

	private static String possessive(String name) {
		return name.endsWith("s") ? name + "'" : name + "'s";
	}

	private String org() {
		return pick(ORG_HEAD) + " " + pick(ORG_TAIL);
	}

	private String person() {
		return pick(FIRST) + " " + pick(LAST);
	}

	private <T> T pick(T[] options) {
		return options[this.random.nextInt(options.length)];
	}

}
