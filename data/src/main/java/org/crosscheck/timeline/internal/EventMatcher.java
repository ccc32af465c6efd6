package org.crosscheck.timeline.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.crosscheck.ledger.EventView;
import org.crosscheck.ledger.Evidence;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.SentenceEmbeddings;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;
import org.crosscheck.timeline.TimelineItem;

/**
 * Finds the events of different sources of one story that report the same happening, and
 * makes each happening one item. Two events are taken as one when their descriptions
 * share their telling words (weighted by how rare each word is among the dataset's
 * events), or, where words leave it open, when they mean the same (the sentence model's
 * cosine). Words of time ("September", "2025", "Wednesday") do not count: they say when,
 * not what, and a disagreement on when is what the item is to show. Dates that agree
 * lower the bar a little. An item never holds two events of one source, and events of two
 * stories are never joined. Candidates come from an inverted index of each story's words,
 * not from all pairs.
 */
public final class EventMatcher {

	/*
	 * When two events are one happening. Measured on the hand-written retellings, the
	 * demo and reports written for the tests (weighted share of telling words, cosine of
	 * meaning): one happening on one day told in other words 0.15-0.45 and 0.39-0.84
	 * ("robbed on Tuesday morning" against "was robbed on Tuesday 20 January": 0.22,
	 * 0.39); two happenings of one story whose dates differ up to 0.40 and 0.90 (a
	 * sentence that tells when a company was founded and what it agreed today;
	 * "closed for the rest of Sunday" against "closed for the rest of the day and will
	 * reopen on Wednesday": 0.40, 0.75). So dates that agree at a day's or month's
	 * precision make a low bar, a year's a higher one, and dates that disagree need most
	 * words shared: the item then says their dates disagree, and a wrong join would raise
	 * a false alarm, while a missed one leaves two lines a reader still sees.
	 */

	/**
	 * Telling words shared, and meaning, for events whose dates agree to the day or
	 * month.
	 */
	static final double SAME_WORDS_SAME_DAY = 0.15;

	static final double SAME_MEANING_SAME_DAY = 0.5;

	/** The same for dates that agree only to the year (or coarser). */
	static final double SAME_WORDS_SAME_YEAR = 0.3;

	static final double SAME_MEANING_SAME_YEAR = 0.6;

	/**
	 * Dates that disagree or are not known: most words shared, or many with the same
	 * meaning.
	 */
	static final double SAME_WORDS = 0.45;

	static final double SAME_WORDS_WITH_MEANING = 0.3;

	static final double SAME_MEANING = 0.8;

	/**
	 * A word shared by more than this share of a story's events says nothing about which
	 * ones are alike.
	 */
	private static final double COMMON_WORD_SHARE = 0.5;

	private final int embedLimit;

	private final Function<List<String>, byte[][]> embed;

	private final List<String> notes = new ArrayList<>();

	private int embedded;

	/**
	 * @param embedLimit at most this many descriptions are given to the sentence model in
	 * one timeline; beyond it events are matched by their words alone, and a note says so
	 * @param embed the vectors of descriptions ({@link SentenceEmbeddings#embed}, or a
	 * cache in front of it)
	 */
	public EventMatcher(int embedLimit, Function<List<String>, byte[][]> embed) {
		this.embedLimit = embedLimit;
		this.embed = embed;
	}

	/** What was left out and why, one line each. */
	public List<String> notes() {
		return List.copyOf(this.notes);
	}

	/** How many descriptions were given to the sentence model. */
	public int embedded() {
		return this.embedded;
	}

	/**
	 * The items of {@code events}: each a single event or several sources' events of one
	 * happening, in time order.
	 * @param storyOfSource source id to its story's number; a source in none is compared
	 * with nothing
	 */
	public List<TimelineItem> items(List<EventView> events, Map<Integer, Integer> storyOfSource) {
		Map<Integer, List<Integer>> byStory = new LinkedHashMap<>();
		for (int i = 0; i < events.size(); i++) {
			Integer story = storyOf(events.get(i), storyOfSource);
			if (story != null) {
				byStory.computeIfAbsent(story, key -> new ArrayList<>()).add(i);
			}
		}
		List<List<Integer>> members = new ArrayList<>();
		int[] groupOf = new int[events.size()];
		for (int i = 0; i < events.size(); i++) {
			groupOf[i] = i;
			members.add(new ArrayList<>(List.of(i)));
		}
		List<Analysed> analysed = analyse(events);
		List<Pair> pairs = new ArrayList<>();
		List<List<Integer>> toEmbed = new ArrayList<>();
		for (List<Integer> story : byStory.values()) {
			if (story.stream().map(i -> analysed.get(i).source).distinct().count() < 2) {
				continue;
			}
			List<Pair> lexical = lexicalPairs(story, analysed);
			pairs.addAll(lexical);
			Set<Integer> matched = new HashSet<>();
			for (Pair pair : lexical) {
				if (pair.same) {
					matched.add(pair.a);
					matched.add(pair.b);
				}
			}
			if (!matched.containsAll(story)) {
				toEmbed.add(story);
			}
		}
		pairs.addAll(meaningPairs(toEmbed, analysed, events));
		// The surest pairs first; a pair joins two items only when no source would then
		// tell the happening twice.
		pairs.sort(
				Comparator.comparingDouble((Pair p) -> -p.score).thenComparingInt(p -> p.a).thenComparingInt(p -> p.b));
		for (Pair pair : pairs) {
			if (!pair.same) {
				continue;
			}
			int a = groupOf[pair.a];
			int b = groupOf[pair.b];
			if (a == b || sharesSource(members.get(a), members.get(b), analysed)) {
				continue;
			}
			for (int i : members.get(b)) {
				groupOf[i] = a;
			}
			members.get(a).addAll(members.get(b));
			members.get(b).clear();
		}
		List<TimelineItem> items = new ArrayList<>();
		for (List<Integer> group : members) {
			if (!group.isEmpty()) {
				items.add(item(group, events, storyOfSource));
			}
		}
		items.sort(Comparator.comparing((TimelineItem item) -> item.lead().start() == null)
			.thenComparing(item -> item.lead().start() == null ? "" : item.lead().start())
			.thenComparing(item -> item.lead().last() == null ? "" : item.lead().last())
			.thenComparingInt(item -> item.lead().id()));
		return items;
	}

	private static Integer storyOf(EventView event, Map<Integer, Integer> storyOfSource) {
		Integer source = event.source();
		return source == null ? null : storyOfSource.get(source);
	}

	/**
	 * An event's source, its telling words and its date as an interval of days (null when
	 * not resolved).
	 */
	record Analysed(Integer source, Set<String> words, LocalDate start, LocalDate end) {

		/**
		 * Whether the date covers a year or more: "2025" agrees with most dates of a
		 * story.
		 */
		boolean yearOrCoarser() {
			return this.start != null && this.start.plusDays(300).isBefore(this.end);
		}

	}

	private static List<Analysed> analyse(List<EventView> events) {
		Lexicon lexicon = Lexicon.get();
		List<Analysed> analysed = new ArrayList<>(events.size());
		for (EventView event : events) {
			Set<String> words = new TreeSet<>();
			for (Token token : Tokenizer.tokens(event.description())) {
				if (!token.stopWord() && !lexicon.isTemporal(token.key(), token.surface())
						&& !lexicon.isYear(token.key()) && token.stem().length() > 1) {
					words.add(token.stem());
				}
			}
			analysed.add(new Analysed(event.source(), words, event.resolved() ? LocalDate.parse(event.start()) : null,
					event.resolved() ? LocalDate.parse(event.last()) : null));
		}
		return analysed;
	}

	private record Pair(int a, int b, double score, boolean same) {
	}

	/**
	 * Pairs of events of different sources of one story that share a telling word, scored
	 * by the words they share, each weighted by how rare it is among the story's events
	 * (the story's names are in most of them and tell little).
	 */
	private static List<Pair> lexicalPairs(List<Integer> story, List<Analysed> analysed) {
		Map<String, List<Integer>> postings = new HashMap<>();
		for (int i : story) {
			for (String word : analysed.get(i).words) {
				postings.computeIfAbsent(word, key -> new ArrayList<>()).add(i);
			}
		}
		Map<String, Integer> documentFrequency = documentFrequency(story, analysed);
		int total = story.size();
		int common = Math.max(2, (int) (story.size() * COMMON_WORD_SHARE));
		Set<Long> seen = new HashSet<>();
		List<Pair> pairs = new ArrayList<>();
		for (List<Integer> posting : postings.values()) {
			if (posting.size() > common && story.size() > 4) {
				continue;
			}
			for (int x = 0; x < posting.size(); x++) {
				for (int y = x + 1; y < posting.size(); y++) {
					int a = posting.get(x);
					int b = posting.get(y);
					if (java.util.Objects.equals(analysed.get(a).source, analysed.get(b).source)
							|| !seen.add((long) Math.min(a, b) << 32 | Math.max(a, b))) {
						continue;
					}
					double score = overlap(analysed.get(a).words, analysed.get(b).words, documentFrequency, total);
					pairs.add(new Pair(Math.min(a, b), Math.max(a, b), score,
							same(analysed.get(a), analysed.get(b), score, -1)));
				}
			}
		}
		return pairs;
	}

	/** In how many of the story's events each word stands. */
	private static Map<String, Integer> documentFrequency(List<Integer> story, List<Analysed> analysed) {
		Map<String, Integer> frequency = new HashMap<>();
		for (int i : story) {
			for (String word : analysed.get(i).words) {
				frequency.merge(word, 1, Integer::sum);
			}
		}
		return frequency;
	}

	/**
	 * Whether two events of different sources of one story are one happening, by the
	 * telling words they share and, when known (not -1), the cosine of their meaning,
	 * with the bar their dates set.
	 */
	static boolean same(Analysed a, Analysed b, double words, double meaning) {
		if (datesOverlap(a, b)) {
			boolean coarse = a.yearOrCoarser() || b.yearOrCoarser();
			return words >= (coarse ? SAME_WORDS_SAME_YEAR : SAME_WORDS_SAME_DAY)
					|| meaning >= (coarse ? SAME_MEANING_SAME_YEAR : SAME_MEANING_SAME_DAY);
		}
		return words >= SAME_WORDS || words >= SAME_WORDS_WITH_MEANING && meaning >= SAME_MEANING;
	}

	/**
	 * Weighted Dice coefficient of two sets of words, each word weighted by how rare it
	 * is among the events.
	 */
	static double overlap(Set<String> a, Set<String> b, Map<String, Integer> documentFrequency, int total) {
		double shared = 0;
		double all = 0;
		for (String word : a) {
			double weight = weight(word, documentFrequency, total);
			all += weight;
			if (b.contains(word)) {
				shared += weight;
			}
		}
		for (String word : b) {
			all += weight(word, documentFrequency, total);
		}
		return all == 0 ? 0 : 2 * shared / all;
	}

	private static double weight(String word, Map<String, Integer> documentFrequency, int total) {
		return Math.log(1 + (double) total / documentFrequency.getOrDefault(word, 1));
	}

	/**
	 * Pairs of events of different sources of the given stories scored by the meaning of
	 * their descriptions: for the stories where words left some event without a match, as
	 * far as the limit allows.
	 */
	private List<Pair> meaningPairs(List<List<Integer>> stories, List<Analysed> analysed, List<EventView> events) {
		List<Pair> pairs = new ArrayList<>();
		int skipped = 0;
		for (List<Integer> story : stories) {
			if (this.embedded + story.size() > this.embedLimit) {
				skipped += story.size();
				continue;
			}
			Map<String, Integer> documentFrequency = documentFrequency(story, analysed);
			int total = story.size();
			byte[][] vectors = this.embed.apply(story.stream().map(i -> events.get(i).description()).toList());
			this.embedded += story.size();
			for (int x = 0; x < story.size(); x++) {
				for (int y = x + 1; y < story.size(); y++) {
					int a = story.get(x);
					int b = story.get(y);
					if (java.util.Objects.equals(analysed.get(a).source, analysed.get(b).source)) {
						continue;
					}
					double cosine = SentenceEmbeddings.cosine(vectors[x], vectors[y]);
					double words = overlap(analysed.get(a).words, analysed.get(b).words, documentFrequency, total);
					if (same(analysed.get(a), analysed.get(b), words, cosine)) {
						pairs.add(new Pair(Math.min(a, b), Math.max(a, b), Math.max(words, cosine), true));
					}
				}
			}
		}
		if (skipped > 0) {
			this.notes.add(skipped + " events were matched by their words only: comparing the meaning of more than "
					+ this.embedLimit + " descriptions at once would take too long");
		}
		return pairs;
	}

	private static boolean datesOverlap(Analysed a, Analysed b) {
		return a.start != null && b.start != null && !a.start.isAfter(b.end) && !b.start.isAfter(a.end);
	}

	private static boolean sharesSource(List<Integer> a, List<Integer> b, List<Analysed> analysed) {
		Set<Integer> sources = new HashSet<>();
		for (int i : a) {
			sources.add(analysed.get(i).source);
		}
		for (int i : b) {
			if (sources.contains(analysed.get(i).source)) {
				return true;
			}
		}
		return false;
	}

	private static TimelineItem item(List<Integer> group, List<EventView> events, Map<Integer, Integer> storyOfSource) {
		List<EventView> members = group.stream()
			.map(events::get)
			.sorted(Comparator.comparing((EventView e) -> !e.resolved())
				.thenComparingLong(EventMatcher::days)
				.thenComparing(e -> e.start() == null ? "" : e.start())
				.thenComparingInt(EventView::id))
			.toList();
		EventView lead = members.get(0);
		List<EventView> ordered = new ArrayList<>();
		ordered.add(lead);
		members.stream()
			.skip(1)
			.sorted(Comparator.comparing((EventView e) -> e.source() == null ? Integer.MAX_VALUE : e.source())
				.thenComparingInt(EventView::id))
			.forEach(ordered::add);
		List<Integer> sources = ordered.stream()
			.flatMap(e -> e.evidence().stream().map(Evidence::source))
			.distinct()
			.sorted()
			.toList();
		return new TimelineItem(lead, ordered, sources, storyOf(lead, storyOfSource), disagree(ordered));
	}

	/** Whether two resolved events of the item cover days that do not overlap. */
	static boolean disagree(List<EventView> events) {
		List<EventView> resolved = events.stream().filter(EventView::resolved).toList();
		for (int x = 0; x < resolved.size(); x++) {
			for (int y = x + 1; y < resolved.size(); y++) {
				EventView a = resolved.get(x);
				EventView b = resolved.get(y);
				if (a.start().compareTo(b.last()) > 0 || b.start().compareTo(a.last()) > 0) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * How many days the event's date covers: the narrower, the more precise; unresolved
	 * ones last.
	 */
	private static long days(EventView event) {
		return event.resolved() ? java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(event.start()),
				LocalDate.parse(event.last())) : Long.MAX_VALUE;
	}

}
