package org.crosscheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded, reproducible generator of news-like articles (300-1500 words, outlets, dates,
 * amounts, quotes with speakers, page boilerplate), a share of which are syndicated
 * copies of others with planted edits; the edits are returned as ground truth. Used by
 * the discrepancy benchmark and reusable by the import and dashboard benchmarks.
 */
public final class CorpusGenerator {

	/** The kinds of edit planted in syndicated copies. */
	public enum EditKind {

		NUMBER_CHANGED, VERB_CHANGED, HEDGE_ADDED, QUOTE_ALTERED, SENTENCE_DROPPED, PARAGRAPHS_REORDERED

	}

	/**
	 * One planted edit: where it stands in the original's and in the copy's clean text
	 * (offsets -1 when it has no place, such as reordered paragraphs; the copy side of a
	 * dropped sentence is empty).
	 */
	public record PlantedEdit(EditKind kind, String originalId, String copyId, String originalExcerpt,
			String copyExcerpt, int originalStart, int originalEnd, int copyStart, int copyEnd) {
	}

	/**
	 * One generated article.
	 *
	 * @param id a stable id such as {@code a00042}
	 * @param title the headline
	 * @param outlet the publication
	 * @param published ISO date of publication
	 * @param text the page text: boilerplate lines, the headline, the paragraphs (one per
	 * line), more boilerplate
	 * @param cleanText the article's paragraphs only, one per line: what a perfect
	 * cleaner gives
	 * @param syndicatedFrom the id of the article this one copies, or null for an
	 * original
	 * @param edits the edits planted in this copy (empty for an original)
	 */
	public record GeneratedArticle(String id, String title, String outlet, String published, String text,
			String cleanText, String syndicatedFrom, List<PlantedEdit> edits) {
	}

	private static final String[] OUTLETS = { "The Daily Ledger", "Northern Courier", "Metro Times", "Capital Wire",
			"Harbour Post", "The Evening Record", "Valley Gazette", "National Observer", "Coastal Herald",
			"The Morning Signal", "Tech Policy Review", "Civic Monitor", "The Public Register", "Frontline News",
			"Westbridge Journal", "Eastgate Tribune", "The Inquirer Desk", "Market Watchers", "Global Dispatch",
			"The Citizen Report" };

	private static final String[] FIRST = { "Helen", "Marcus", "Aisha", "Tomas", "Priya", "Daniel", "Grace", "Omar",
			"Lena", "Victor", "Sofia", "Kwame", "Ingrid", "Rafael", "Mei", "Jonas", "Nadia", "Peter", "Amara", "Luis",
			"Claire", "Hassan", "Yuki", "Martin", "Elena", "Samuel", "Fatima", "George", "Irene", "Pablo" };

	private static final String[] LAST = { "Carter", "Okafor", "Lindqvist", "Moreau", "Patel", "Novak", "Schmidt",
			"Haddad", "Brennan", "Kowalski", "Tanaka", "Mensah", "Ferreira", "Dubois", "Larsen", "Rossi", "Nguyen",
			"Abadi", "Whitfield", "Castillo", "Bergman", "Osei", "Keller", "Ivanova", "Murphy", "Santos", "Varga",
			"Holm", "Quinn", "Amsel" };

	private static final String[] ROLES = { "spokesperson", "chief executive", "director", "senior analyst",
			"deputy minister", "procurement officer", "board member", "press officer", "general counsel",
			"programme manager" };

	private static final String[] ORG_HEAD = { "Norcast", "Veltrix", "Aldermoor", "Quantora", "Brightwell", "Kestrel",
			"Orbison", "Talvik", "Meridian", "Halcyon", "Corvane", "Stratos", "Pellucid", "Ironbridge", "Lumio",
			"Sablewood", "Tessaract", "Northgate", "Avantis", "Greyfield", "Zephyra", "Cobalt", "Rendal", "Opaline",
			"Marlow", "Vantage", "Heliox", "Calder", "Nimbus", "Westerly" };

	private static final String[] ORG_TAIL = { "Systems", "Holdings", "Networks", "Logistics", "Labs", "Group",
			"Analytics", "Defence", "Health", "Energy", "Software", "Telecom" };

	private static final String[] AGENCIES = { "the Department of Transport", "the Ministry of Health",
			"the Border Agency", "the Federal Procurement Office", "the Interior Ministry", "the Tax Authority",
			"the Data Protection Board", "the Energy Regulator", "the Department of Education", "the Port Authority",
			"the National Police Service", "the Civil Aviation Office", "the Water Board", "the Housing Agency",
			"the Election Commission", "the Treasury", "the Coast Guard", "the Prison Service",
			"the Food Safety Agency", "the Statistics Office" };

	private static final String[] TOPICS = { "data centre", "border surveillance system", "payroll platform",
			"cloud migration", "traffic camera network", "patient records system", "fraud detection tool",
			"satellite link", "facial recognition pilot", "cyber security upgrade", "fleet of electric buses",
			"water metering scheme", "benefits portal", "drone programme", "case management software",
			"smart grid project", "emergency radio network", "translation service", "licence plate reader network",
			"tax filing app" };

	private static final String[] CITY_HEAD = { "Ash", "Bell", "Carr", "Dun", "Elm", "Fair", "Glen", "Holl", "Ivy",
			"Jar", "Kings", "Low", "Mar", "New", "Oak", "Pen", "Red", "Stan", "Thorn", "Up", "Ver", "Whit", "Yar",
			"Brook", "Cold", "Deep", "East", "Far", "Green", "High" };

	private static final String[] CITY_TAIL = { "ton", "mouth", "ford", "more", "haven", "rock", "wick", "bridge",
			"field", "bury", "wood", "by", "ham", "stead", "port" };

	private static final String[] TOPIC_ADJECTIVES = { "regional", "national", "new", "digital", "pilot", "municipal",
			"automated", "shared", "upgraded", "temporary" };

	private static final String[] REGIONS = { "Northern", "Southern", "Eastern", "Western", "Central", "Coastal",
			"Highland", "Lowland", "Metropolitan", "Rural" };

	private static final String[] VERBS = { "approved", "rejected", "expanded", "reduced", "signed", "cancelled",
			"extended", "suspended", "renewed", "delayed", "blocked", "backed", "funded", "halted", "launched" };

	private static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December" };

	private static final String[] WEEKDAYS = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" };

	private static final String[] QUOTE_OPENINGS = { "We are committed to", "Our priority is", "We will keep",
			"The public deserves", "Nobody should be surprised by", "We have always supported", "It is too early for",
			"Our teams have worked hard on", "There is no evidence of", "We intend to continue" };

	private static final String[] QUOTE_MIDDLES = { "delivering the", "protecting the", "improving the",
			"explaining the", "reviewing the", "funding the", "completing the", "questioning the" };

	private static final String[] QUOTE_ENDINGS = { "in a responsible way", "for every resident of the region",
			"before the end of the year", "with full transparency", "under strict legal safeguards",
			"as quickly as we safely can", "without any hidden costs", "together with our partners" };

	private static final String[] QUOTE_SUBSTITUTES = { "largely", "partly", "quietly", "fully", "broadly", "carefully",
			"firmly", "mostly" };

	private static final String[] BOILERPLATE_HEAD = { "Advertisement", "Audio By Carbonatix", "Share this article",
			"Listen to this article", "Image used for representation", "Subscribe to our newsletter" };

	private static final String[] HEADLINE_WORDS = { "council", "storm", "market", "minister", "festival", "bridge",
			"strike", "court", "school", "budget", "election", "hospital", "police", "derby", "harvest" };

	/** 20 templates, each at most three times in an article. */
	private static final int MAX_SENTENCES = 60;

	private final long seed;

	private final double syndicatedShare;

	public CorpusGenerator(long seed) {
		this(seed, 0.3);
	}

	/**
	 * @param syndicatedShare share of the articles that are syndicated copies of another
	 */
	public CorpusGenerator(long seed, double syndicatedShare) {
		this.seed = seed;
		this.syndicatedShare = syndicatedShare;
	}

	/**
	 * {@code n} articles, originals and copies mixed, always the same for the same seed
	 * and n.
	 */
	public List<GeneratedArticle> generate(int n) {
		Random random = new Random(seed);
		List<Story> originals = new ArrayList<>();
		List<GeneratedArticle> articles = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			String id = String.format("a%05d", i);
			if (!originals.isEmpty() && random.nextDouble() < syndicatedShare) {
				Story original = originals.get(random.nextInt(originals.size()));
				articles.add(copy(random, id, original));
			}
			else {
				Story story = original(random, id);
				originals.add(story);
				articles.add(story.article);
			}
		}
		return articles;
	}

	/**
	 * Writes each article's page text to {@code <id>.txt} and the planted edits to
	 * {@code edits.tsv}.
	 */
	public static void write(List<GeneratedArticle> articles, Path directory) {
		try {
			Files.createDirectories(directory);
			StringBuilder edits = new StringBuilder(
					"kind\toriginal\tcopy\toriginal_start\toriginal_end\tcopy_start\tcopy_end\n");
			for (GeneratedArticle article : articles) {
				Files.writeString(directory.resolve(article.id() + ".txt"), article.text(), StandardCharsets.UTF_8);
				for (PlantedEdit edit : article.edits()) {
					edits.append(edit.kind())
						.append('\t')
						.append(edit.originalId())
						.append('\t')
						.append(edit.copyId())
						.append('\t')
						.append(edit.originalStart())
						.append('\t')
						.append(edit.originalEnd())
						.append('\t')
						.append(edit.copyStart())
						.append('\t')
						.append(edit.copyEnd())
						.append('\n');
				}
			}
			Files.writeString(directory.resolve("edits.tsv"), edits.toString(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One sentence with the places of its editable parts (-1 when absent). */
	private static final class Sentence {

		final String text;

		final int verbStart;

		final int verbEnd;

		final int numberStart;

		final int numberEnd;

		final int quoteStart;

		final int quoteEnd;

		Sentence(String text, int verbStart, int verbEnd, int numberStart, int numberEnd, int quoteStart,
				int quoteEnd) {
			this.text = text;
			this.verbStart = verbStart;
			this.verbEnd = verbEnd;
			this.numberStart = numberStart;
			this.numberEnd = numberEnd;
			this.quoteStart = quoteStart;
			this.quoteEnd = quoteEnd;
		}

		/**
		 * This sentence with {@code [start, end)} replaced, editable places after it
		 * shifted.
		 */
		Sentence replace(int start, int end, String with) {
			int shift = with.length() - (end - start);
			return new Sentence(text.substring(0, start) + with + text.substring(end), move(verbStart, end, shift),
					move(verbEnd, end, shift), move(numberStart, end, shift), move(numberEnd, end, shift),
					move(quoteStart, end, shift), move(quoteEnd, end, shift));
		}

		/**
		 * Places at or after the end of the replaced words move with the text; places
		 * before stay.
		 */
		private static int move(int position, int end, int shift) {
			return position >= end ? position + shift : position;
		}

	}

	/** Builds a sentence and records where its editable parts stand. */
	private static final class Builder {

		private final StringBuilder text = new StringBuilder();

		private int verbStart = -1;

		private int verbEnd = -1;

		private int numberStart = -1;

		private int numberEnd = -1;

		private int quoteStart = -1;

		private int quoteEnd = -1;

		Builder add(String words) {
			text.append(words);
			return this;
		}

		Builder verb(String verb) {
			verbStart = text.length();
			text.append(verb);
			verbEnd = text.length();
			return this;
		}

		Builder number(String number) {
			numberStart = text.length();
			text.append(number);
			numberEnd = text.length();
			return this;
		}

		Builder quote(String quote) {
			quoteStart = text.length();
			text.append(quote);
			quoteEnd = text.length();
			return this;
		}

		Sentence build() {
			String sentence = text.toString();
			return new Sentence(Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1), verbStart, verbEnd,
					numberStart, numberEnd, quoteStart, quoteEnd);
		}

	}

	/**
	 * An original article kept for copying: its paragraphs and where each sentence stands
	 * in its clean text.
	 */
	private record Story(GeneratedArticle article, List<List<Sentence>> paragraphs, Map<Sentence, Integer> offsets) {
	}

	/**
	 * The people and bodies one article is about, so that its sentences hang together.
	 */
	private record Cast(String org, String otherOrg, String agency, String city, String topic, String person,
			String personRole, String official, String officialRole) {
	}

	private Story original(Random random, String id) {
		Cast cast = new Cast(org(random), org(random), agency(random), city(random), topic(random), name(random),
				pick(random, ROLES), name(random), pick(random, ROLES));
		int targetWords = 300 + random.nextInt(1201);
		List<List<Sentence>> paragraphs = new ArrayList<>();
		int[] used = new int[20];
		int words = 0;
		int sentences = 0;
		while (words < targetWords && sentences < MAX_SENTENCES) {
			List<Sentence> paragraph = new ArrayList<>();
			int size = 1 + random.nextInt(3);
			for (int i = 0; i < size && words < targetWords && sentences < MAX_SENTENCES; i++, sentences++) {
				Sentence sentence = sentence(random, cast, used);
				paragraph.add(sentence);
				words += sentence.text.split(" ").length;
			}
			paragraphs.add(paragraph);
		}
		String title = cast.org() + " and " + capitalise(strip(cast.agency())) + " face questions over " + cast.topic();
		String outlet = pick(random, OUTLETS);
		LocalDate published = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(420));
		Map<Sentence, Integer> offsets = new IdentityHashMap<>();
		String clean = assemble(paragraphs, offsets);
		GeneratedArticle article = new GeneratedArticle(id, title, outlet, published.toString(),
				page(random, title, published, clean), clean, null, List.of());
		return new Story(article, paragraphs, offsets);
	}

	private GeneratedArticle copy(Random random, String id, Story original) {
		List<List<Sentence>> paragraphs = new ArrayList<>();
		for (List<Sentence> paragraph : original.paragraphs()) {
			paragraphs.add(new ArrayList<>(paragraph));
		}
		// Wire copies are often cut at the end.
		if (paragraphs.size() > 6 && random.nextBoolean()) {
			int cut = 1 + random.nextInt(2);
			paragraphs.subList(paragraphs.size() - cut, paragraphs.size()).clear();
		}
		// Copy edits that change nothing: house spelling and straight quotes.
		if (random.nextBoolean()) {
			for (List<Sentence> paragraph : paragraphs) {
				for (int i = 0; i < paragraph.size(); i++) {
					Sentence s = paragraph.get(i);
					paragraph.set(i,
							new Sentence(s.text.replace("criticised", "criticized")
								.replace('“', '"')
								.replace('”', '"')
								.replace("programme", "program"), -1, -1, -1, -1, -1, -1));
					// Keep the editable places only when the length did not change.
					if (paragraph.get(i).text.length() == s.text.length()) {
						paragraph.set(i, new Sentence(paragraph.get(i).text, s.verbStart, s.verbEnd, s.numberStart,
								s.numberEnd, s.quoteStart, s.quoteEnd));
					}
				}
			}
		}
		List<EditKind> kinds = new ArrayList<>(List.of(EditKind.values()));
		Collections.shuffle(kinds, random);
		int count = 1 + random.nextInt(3);
		record Pending(EditKind kind, Sentence before, Sentence after) {
		}
		List<Pending> pending = new ArrayList<>();
		List<Sentence> touched = new ArrayList<>();
		for (EditKind kind : kinds) {
			if (pending.size() == count) {
				break;
			}
			if (kind == EditKind.PARAGRAPHS_REORDERED) {
				if (paragraphs.size() >= 4) {
					List<List<Sentence>> body = paragraphs.subList(1, paragraphs.size());
					Collections.shuffle(body, random);
					pending.add(new Pending(kind, null, null));
				}
				continue;
			}
			int[] place = eligible(random, paragraphs, kind, touched);
			if (place == null) {
				continue;
			}
			Sentence before = paragraphs.get(place[0]).get(place[1]);
			Sentence originalSentence = originalOf(original, before);
			if (kind == EditKind.SENTENCE_DROPPED) {
				paragraphs.get(place[0]).remove(place[1]);
				pending.add(new Pending(kind, originalSentence, null));
				continue;
			}
			Sentence after = edit(random, kind, before);
			paragraphs.get(place[0]).set(place[1], after);
			touched.add(after);
			pending.add(new Pending(kind, originalSentence, after));
		}
		paragraphs.removeIf(List::isEmpty);
		Map<Sentence, Integer> offsets = new IdentityHashMap<>();
		String clean = assemble(paragraphs, offsets);
		List<PlantedEdit> edits = new ArrayList<>();
		String originalId = original.article().id();
		for (Pending p : pending) {
			if (p.kind() == EditKind.PARAGRAPHS_REORDERED) {
				edits.add(new PlantedEdit(p.kind(), originalId, id, "", "", -1, -1, -1, -1));
				continue;
			}
			int originalStart = original.offsets().get(p.before());
			int copyStart = p.after() == null ? -1 : offsets.get(p.after());
			edits.add(new PlantedEdit(p.kind(), originalId, id, p.before().text,
					p.after() == null ? "" : p.after().text, originalStart, originalStart + p.before().text.length(),
					copyStart, p.after() == null ? -1 : copyStart + p.after().text.length()));
		}
		GeneratedArticle source = original.article();
		LocalDate published = LocalDate.parse(source.published()).plusDays(random.nextInt(3));
		String outlet = pick(random, OUTLETS);
		return new GeneratedArticle(id, source.title(), outlet, published.toString(),
				page(random, source.title(), published, clean), clean, originalId, List.copyOf(edits));
	}

	/**
	 * The original's sentence that a copy's (possibly re-spelled) sentence stands for, by
	 * position.
	 */
	private static Sentence originalOf(Story original, Sentence copied) {
		for (List<Sentence> paragraph : original.paragraphs()) {
			for (Sentence sentence : paragraph) {
				if (sentence == copied || sentence.text.replace("criticised", "criticized")
					.replace('“', '"')
					.replace('”', '"')
					.replace("programme", "program")
					.equals(copied.text)) {
					return sentence;
				}
			}
		}
		throw new IllegalStateException("copied sentence not found in original: " + copied.text);
	}

	private static int[] eligible(Random random, List<List<Sentence>> paragraphs, EditKind kind,
			List<Sentence> touched) {
		List<int[]> places = new ArrayList<>();
		for (int p = 0; p < paragraphs.size(); p++) {
			for (int s = 0; s < paragraphs.get(p).size(); s++) {
				Sentence sentence = paragraphs.get(p).get(s);
				if (touched.stream().anyMatch(t -> t == sentence)) {
					continue;
				}
				boolean fits = switch (kind) {
					case NUMBER_CHANGED -> sentence.numberStart >= 0;
					case VERB_CHANGED, HEDGE_ADDED -> sentence.verbStart >= 0;
					case QUOTE_ALTERED -> sentence.quoteStart >= 0;
					case SENTENCE_DROPPED -> sentence.text.split(" ").length >= 8;
					case PARAGRAPHS_REORDERED -> false;
				};
				if (fits) {
					places.add(new int[] { p, s });
				}
			}
		}
		return places.isEmpty() ? null : places.get(random.nextInt(places.size()));
	}

	private static Sentence edit(Random random, EditKind kind, Sentence sentence) {
		return switch (kind) {
			case NUMBER_CHANGED -> {
				String number = sentence.text.substring(sentence.numberStart, sentence.numberEnd);
				String changed = number;
				while (changed.equals(number)) {
					changed = amount(random);
				}
				yield sentence.replace(sentence.numberStart, sentence.numberEnd, changed);
			}
			case VERB_CHANGED -> {
				String verb = sentence.text.substring(sentence.verbStart, sentence.verbEnd);
				String changed = verb;
				while (changed.equals(verb)) {
					changed = pick(random, VERBS);
				}
				yield sentence.replace(sentence.verbStart, sentence.verbEnd, changed);
			}
			case HEDGE_ADDED -> {
				String verb = sentence.text.substring(sentence.verbStart, sentence.verbEnd);
				String hedge = random.nextBoolean() ? "reportedly " : "allegedly ";
				yield sentence.replace(sentence.verbStart, sentence.verbEnd, hedge + verb);
			}
			case QUOTE_ALTERED -> {
				String quote = sentence.text.substring(sentence.quoteStart, sentence.quoteEnd);
				String[] words = quote.split(" ");
				int at = 1 + random.nextInt(words.length - 2);
				words[at] = pick(random, QUOTE_SUBSTITUTES);
				yield sentence.replace(sentence.quoteStart, sentence.quoteEnd, String.join(" ", words));
			}
			default -> throw new IllegalArgumentException(kind.name());
		};
	}

	private static String assemble(List<List<Sentence>> paragraphs, Map<Sentence, Integer> offsets) {
		StringBuilder clean = new StringBuilder();
		for (List<Sentence> paragraph : paragraphs) {
			for (int i = 0; i < paragraph.size(); i++) {
				if (i > 0) {
					clean.append(' ');
				}
				offsets.put(paragraph.get(i), clean.length());
				clean.append(paragraph.get(i).text);
			}
			clean.append('\n');
		}
		return clean.toString();
	}

	private static String page(Random random, String title, LocalDate published, String clean) {
		StringBuilder page = new StringBuilder();
		if (random.nextBoolean()) {
			page.append("Last Updated: ").append(published).append('\n');
		}
		page.append(pick(random, BOILERPLATE_HEAD)).append('\n');
		page.append(title).append('\n');
		page.append(clean);
		if (random.nextBoolean()) {
			page.append("Read More\n");
		}
		else {
			page.append("Latest Stories\n");
			int headlines = 5 + random.nextInt(10);
			for (int i = 0; i < headlines; i++) {
				page.append("-\n")
					.append(capitalise(pick(random, HEADLINE_WORDS)))
					.append(' ')
					.append(pick(random, HEADLINE_WORDS))
					.append(" in ")
					.append(city(random))
					.append('\n')
					.append(1 + random.nextInt(59))
					.append(" minutes -\n");
			}
		}
		return page.toString();
	}

	private static Sentence sentence(Random random, Cast c, int[] used) {
		String month = pick(random, MONTHS);
		int year = 2015 + random.nextInt(12);
		// Half the time another place or company than the story's own, so that sentences
		// of one article differ.
		String city = random.nextBoolean() ? c.city() : city(random);
		String other = random.nextBoolean() ? c.otherOrg() : org(random);
		int template = random.nextInt(20);
		// No template more than three times in one article: real articles do not repeat
		// themselves much.
		while (used[template] >= 3) {
			template = (template + 1) % 20;
		}
		used[template]++;
		return switch (template) {
			case 0 -> new Builder().add(c.org() + " ")
				.verb(pick(random, VERBS))
				.add(" a $")
				.number(amount(random))
				.add(" million contract with " + c.agency() + " in " + month + " " + year + " to supply the "
						+ c.topic() + ".")
				.build();
			case 1 -> new Builder().add(c.agency() + " ")
				.verb(pick(random, VERBS))
				.add(" the " + c.topic() + " after a review by " + other + ", officials in " + city + " said.")
				.build();
			case 2 -> new Builder().add("According to " + pick(random, OUTLETS) + ", " + c.org() + " employs ")
				.number(String.valueOf(100 + random.nextInt(9000)))
				.add(" people at its " + city(random) + " site, up from " + (50 + random.nextInt(5000))
						+ " a year earlier.")
				.build();
			case 3 -> quoteSentence(random, c, true, city);
			case 4 -> new Builder()
				.add(c.person() + ", who leads the " + c.topic() + " unit at " + c.agency() + ", said the project had ")
				.verb(pick(random, VERBS))
				.add(" plans for ")
				.number(String.valueOf(10 + random.nextInt(900)))
				.add(" new jobs in " + city + ".")
				.build();
			case 5 -> new Builder().add("Critics in " + city + " said the " + c.topic() + " lacked oversight and that "
					+ c.agency() + " had not published the full terms of the deal with " + c.org() + ".")
				.build();
			case 6 -> new Builder().add("The " + c.topic() + " budget grew to $")
				.number(amount(random))
				.add(" million in " + year + ", documents seen by " + pick(random, OUTLETS) + " show.")
				.build();
			case 7 -> new Builder()
				.add(c.org() + " did not respond to a request for comment on " + pick(random, WEEKDAYS) + ".")
				.build();
			case 8 -> new Builder().add("In " + month + " " + year + ", " + c.agency() + " ")
				.verb(pick(random, VERBS))
				.add(" a separate agreement with " + other + " covering the " + c.topic() + " in ")
				.number(String.valueOf(2 + random.nextInt(40)))
				.add(" regions.")
				.build();
			case 9 -> quoteSentence(random, c, false, city);
			case 10 -> new Builder().add("Shares of " + other + " rose ")
				.number(String.valueOf(1 + random.nextInt(19)))
				.add(" percent in " + city + " trading on " + pick(random, WEEKDAYS) + " after the news.")
				.build();
			case 11 -> new Builder().add("The " + c.topic() + " will be operated from " + city
					+ " and is expected to be completed by " + (year + 3) + ", according to " + c.official() + ".")
				.build();
			case 12 -> new Builder().add("Lawmakers including " + name(random) + " have asked " + c.agency()
					+ " to explain how data from the " + c.topic() + " is stored, analysed and shared with " + c.org()
					+ ".")
				.build();
			case 13 -> new Builder().add(c.org() + " said it had ")
				.verb(pick(random, VERBS))
				.add(" the " + c.topic() + " after an internal audit found ")
				.number(String.valueOf(3 + random.nextInt(400)))
				.add(" errors in its " + city + " records.")
				.build();
			case 14 -> new Builder()
				.add("The contract with " + c.org() + " runs until " + (year + 4)
						+ ", with an option to extend it that could raise its total value to $")
				.number(amount(random))
				.add(" million.")
				.build();
			case 15 -> new Builder()
				.add("A report by " + pick(random, OUTLETS) + " in " + month + " found that " + c.agency()
						+ " had spent $")
				.number(amount(random))
				.add(" million on the " + c.topic() + " since " + year + ".")
				.build();
			case 16 -> new Builder()
				.add("Analysts at " + other + " expect demand for services like the " + c.topic() + " to grow by ")
				.number(String.valueOf(2 + random.nextInt(60)))
				.add(" percent over the next " + (2 + random.nextInt(8)) + " years.")
				.build();
			case 17 -> new Builder()
				.add(c.official() + " said the decision to proceed with the scheme came after talks with officials in "
						+ city + " and " + city(random) + ".")
				.build();
			case 18 -> new Builder().add("The " + c.topic() + " has been criticised by civil liberties groups in "
					+ city + ", who say it gives " + c.agency() + " too much access to personal data.")
				.build();
			default -> new Builder().add(other + " ")
				.verb(pick(random, VERBS))
				.add(" its bid for the " + c.topic() + " on " + pick(random, WEEKDAYS) + ", " + c.person() + ", "
						+ c.personRole() + " at " + other + ", told " + pick(random, OUTLETS) + ".")
				.build();
		};
	}

	private static Sentence quoteSentence(Random random, Cast c, boolean speakerFirst, String city) {
		String quote = pick(random, QUOTE_OPENINGS) + " " + pick(random, QUOTE_MIDDLES) + " " + c.topic() + " in "
				+ city + " " + pick(random, QUOTE_ENDINGS);
		if (speakerFirst) {
			return new Builder().add(c.official() + ", " + c.officialRole() + " at " + c.org() + ", said: “")
				.quote(quote)
				.add(".”")
				.build();
		}
		return new Builder().add("“")
			.quote(quote)
			.add(",” said " + c.person() + ", a " + c.personRole() + " for " + c.agency() + ".")
			.build();
	}

	private static String amount(Random random) {
		return (1 + random.nextInt(400)) + "." + random.nextInt(10);
	}

	private static String city(Random random) {
		return pick(random, CITY_HEAD) + pick(random, CITY_TAIL);
	}

	private static String topic(Random random) {
		return pick(random, TOPIC_ADJECTIVES) + " " + pick(random, TOPICS);
	}

	/**
	 * "the Department of Transport" or, as often, "the Coastal Department of Transport".
	 */
	private static String agency(Random random) {
		String agency = pick(random, AGENCIES);
		return random.nextBoolean() ? agency : "the " + pick(random, REGIONS) + " " + agency.substring(4);
	}

	private static String org(Random random) {
		return pick(random, ORG_HEAD) + " " + pick(random, ORG_TAIL);
	}

	private static String name(Random random) {
		return pick(random, FIRST) + " " + pick(random, LAST);
	}

	private static String pick(Random random, String[] words) {
		return words[random.nextInt(words.length)];
	}

	private static String strip(String agency) {
		return agency.startsWith("the ") ? agency.substring(4) : agency;
	}

	private static String capitalise(String words) {
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/**
	 * For a look at the output: writes {@code args[1]} (default 20) articles to directory
	 * {@code args[0]}.
	 */
	public static void main(String[] args) {
		int n = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		write(new CorpusGenerator(42).generate(n), Path.of(args.length > 0 ? args[0] : "target/corpus"));
	}

}
