package org.crosscheck.discrepancy.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.crosscheck.discrepancy.Fact;
import org.crosscheck.discrepancy.FactKind;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Token;

/**
 * Groups sources into stories: sources that report the same events, whether copies of one
 * wire story or independent reports in their own words. Each source is reduced to its
 * most telling words (the stems that are frequent in it and rare in the dataset's
 * sentences: names, places, amounts, the event's own vocabulary); an inverted index of
 * those words proposes the sources worth scoring, so the cost grows about linearly with
 * the dataset, and two sources whose telling words overlap enough (cosine of their
 * weights) are linked, as are sources that share sentences. Two reports published more
 * than a year apart, or whose dated events lie in different years, are never linked: the
 * same shop robbed twice five years apart is two stories.
 */
final class StoryGrouper {

	/** Telling words kept per source. */
	private static final int TOP_TERMS = 40;

	/** Cosine of the telling words from which two sources report the same events. */
	static final double SAME_STORY = 0.05;

	/**
	 * A word in more sources than this (and than a twentieth of them) proposes no pairs:
	 * it tells no story apart.
	 */
	private static final int MAX_POSTINGS = 200;

	/** Reports published further apart than this are not one story. */
	private static final long MAX_DAYS_APART = 365;

	/**
	 * Story partners a source is compared with, the most alike first, besides the copies
	 * the index found.
	 */
	static final int PARTNERS = 8;

	/** Names a source names most often (its main actors), up to this many. */
	private static final int ACTORS = 4;

	/** Main actors two independent reports of one event share at least. */
	private static final int SHARED_ACTORS = 2;

	/**
	 * Cosine of telling words from which two sources report one event unless their main
	 * actors say otherwise (short reports often name no one twice).
	 */
	static final double ALIKE = 0.2;

	/**
	 * Cosine of telling words from which two sources are versions of one text, whoever
	 * they name.
	 */
	static final double COPY_LIKE = 0.55;

	/**
	 * One source's telling words, as feature numbers with unit-length weights, sorted by
	 * feature.
	 */
	private record Profile(int[] terms, double[] weights) {
	}

	/**
	 * What grouping gives: each ordinal's story, which {@link #join} can still merge (two
	 * sources found to be versions of one text are one story, whatever their telling
	 * words), and its most alike partners.
	 */
	record Grouping(int[] parent, List<int[]> partners, List<Set<String>> actors) {

		/**
		 * The story of {@code ordinal}: the smallest ordinal of its story, or a pinned
		 * story's own number.
		 */
		int storyOf(int ordinal) {
			return find(parent, ordinal);
		}

		/**
		 * Makes the stories of two ordinals one, unless a person pinned either or their
		 * main actors differ (two reports built on one template are not one text).
		 */
		void join(int x, int y) {
			int sources = partners.size();
			if (find(parent, x) < sources && find(parent, y) < sources && !otherActors(actors.get(x), actors.get(y))) {
				union(parent, x, y);
			}
		}

	}

	private StoryGrouper() {
	}

	/**
	 * Groups the sources of {@code index}: two sources are linked when their telling
	 * words are those of one text ({@link #COPY_LIKE}), when they share their main actors
	 * and some telling words, or when many of their telling words are shared
	 * ({@link #ALIKE}) and their main actors do not differ; and always only when their
	 * dates allow one event. {@code pinned} gives the sources a person put into a story
	 * by hand (ordinal to a key): they are grouped by that key alone.
	 */
	static Grouping group(CandidateIndex index, Map<Integer, String> pinned) {
		int size = index.size();
		List<Map<Integer, Double>> similar = similarities(index, pinned);
		Anchor[] anchors = IntStream.range(0, size)
			.parallel()
			.mapToObj(ordinal -> Anchor.of(index.source(ordinal)))
			.toArray(Anchor[]::new);
		// Each source's names in a compact form, each name held once for the dataset:
		// ten thousand maps of names held at once would crowd the console's heap.
		Map<String, String> held = new java.util.concurrent.ConcurrentHashMap<>();
		List<Names> names = new ArrayList<>(IntStream.range(0, size)
			.parallel()
			.mapToObj(ordinal -> Names.of(names(index.source(ordinal)), held))
			.toList());
		held.clear();
		Map<String, Integer> naming = new HashMap<>();
		for (Names given : names) {
			for (String name : given.names()) {
				naming.merge(name, 1, Integer::sum);
			}
		}
		List<Set<String>> actors = new ArrayList<>(size);
		Cast[] casts = new Cast[size];
		Map<String, Integer> dictionary = new HashMap<>();
		for (int ordinal = 0; ordinal < size; ordinal++) {
			Names given = names.get(ordinal);
			actors.add(actors(given, naming, size));
			Set<String> keys = new HashSet<>();
			for (String name : leadNames(index.source(ordinal))) {
				if (given.count(name) >= 2) {
					keys.add(name);
				}
			}
			casts[ordinal] = Cast.of(Arrays.asList(given.names()), keys, dictionary);
			names.set(ordinal, null);
		}
		// In how many sources each word of a name stands.
		int[] wordSources = new int[dictionary.size()];
		for (Cast cast : casts) {
			for (int word : cast.words()) {
				wordSources[word]++;
			}
		}
		for (Cast cast : casts) {
			cast.keepRarest(wordSources);
		}
		// Each source's nearest sources by telling words: a weak link holds only between
		// mutual nearest ones, so that
		// reports of many stories told in one stock vocabulary do not chain into one
		// story.
		List<Set<Integer>> nearest = new ArrayList<>(size);
		for (int ordinal = 0; ordinal < size; ordinal++) {
			nearest.add(similar.get(ordinal)
				.entrySet()
				.stream()
				.sorted(Map.Entry.<Integer, Double>comparingByValue()
					.reversed()
					.thenComparing(Map.Entry.comparingByKey()))
				.limit(NEAREST)
				.map(Map.Entry::getKey)
				.collect(java.util.stream.Collectors.toSet()));
		}
		int[] parent = new int[size];
		Arrays.setAll(parent, i -> i);
		List<int[]> borderline = new ArrayList<>();
		List<int[]> partners = new ArrayList<>(size);
		for (int ordinal = 0; ordinal < size; ordinal++) {
			List<int[]> alike = new ArrayList<>();
			for (Map.Entry<Integer, Double> scored : similar.get(ordinal).entrySet()) {
				int other = scored.getKey();
				double score = scored.getValue();
				if (!anchors[ordinal].compatible(anchors[other])) {
					continue;
				}
				boolean distinct = otherActors(actors.get(ordinal), actors.get(other))
						|| casts[ordinal].otherEvent(casts[other]);
				boolean mutual = nearest.get(ordinal).contains(other) && nearest.get(other).contains(ordinal);
				boolean sameEvent = score >= COPY_LIKE
						|| (score >= SAME_STORY && sameActors(actors.get(ordinal), actors.get(other)))
						|| (score >= ALIKE && !distinct && mutual);
				if (!sameEvent && score >= SAME_STORY && !distinct && mutual && other > ordinal) {
					borderline.add(new int[] { ordinal, other });
				}
				if (sameEvent) {
					alike.add(new int[] { other, (int) Math.round(scored.getValue() * 1_000_000) });
					if (other > ordinal) {
						union(parent, ordinal, other);
					}
				}
			}
			alike.sort((x, y) -> Integer.compare(y[1], x[1]));
			partners.add(alike.stream().limit(PARTNERS).mapToInt(pair -> pair[0]).toArray());
		}
		// Short reports share few words: where words leave it open, their leads' meaning
		// decides.
		linkByLeads(index, borderline, parent, partners);
		// A pinned source's story is a node of its own past the ordinals, so that its
		// sources are one story and no
		// link reaches them (links of pinned sources were never scored).
		Map<String, Integer> byPin = new HashMap<>();
		pinned.values().stream().sorted().distinct().forEach(pin -> byPin.put(pin, size + byPin.size()));
		int[] nodes = Arrays.copyOf(parent, size + byPin.size());
		for (int node = size; node < nodes.length; node++) {
			nodes[node] = node;
		}
		pinned.forEach((ordinal, pin) -> nodes[ordinal] = byPin.get(pin));
		return new Grouping(nodes, partners, actors);
	}

	/**
	 * For each source, how alike the others that the index proposes are: the cosine of
	 * their telling words. Pinned sources are left out both ways.
	 */
	static List<Map<Integer, Double>> similarities(CandidateIndex index, Map<Integer, String> pinned) {
		int size = index.size();
		// In how many sources each stem stands, counted source by source (the stems are
		// the index's dense numbers).
		int[][] distinct = IntStream.range(0, size)
			.parallel()
			.mapToObj(
					ordinal -> frequency(index.source(ordinal)).keySet().stream().mapToInt(Integer::intValue).toArray())
			.toArray(int[][]::new);
		int[] documents = new int[1024];
		for (int[] terms : distinct) {
			for (int term : terms) {
				if (term >= documents.length) {
					documents = Arrays.copyOf(documents, Math.max(term + 1, documents.length * 2));
				}
				documents[term]++;
			}
		}
		int[] counted = documents;
		Profile[] profiles = IntStream.range(0, size)
			.parallel()
			.mapToObj(ordinal -> profile(frequency(index.source(ordinal)), counted, size))
			.toArray(Profile[]::new);
		// The inverted lists of telling words: for each stem, the sources it tells (in
		// ordinal order) and its weight in each.
		int[] listed = new int[documents.length];
		for (int ordinal = 0; ordinal < size; ordinal++) {
			if (!pinned.containsKey(ordinal)) {
				for (int term : profiles[ordinal].terms()) {
					listed[term]++;
				}
			}
		}
		int[][] postings = new int[documents.length][];
		double[][] weights = new double[documents.length][];
		for (int term = 0; term < documents.length; term++) {
			postings[term] = new int[listed[term]];
			weights[term] = new double[listed[term]];
		}
		int[] filled = new int[documents.length];
		for (int ordinal = 0; ordinal < size; ordinal++) {
			if (pinned.containsKey(ordinal)) {
				continue;
			}
			Profile profile = profiles[ordinal];
			for (int t = 0; t < profile.terms().length; t++) {
				int term = profile.terms()[t];
				postings[term][filled[term]] = ordinal;
				weights[term][filled[term]++] = profile.weights()[t];
			}
		}
		int cap = Math.max(MAX_POSTINGS, size / 20);
		// Sources a block at a time on both cores, each block summing scores in arrays
		// of its own rather than in a map per source: a source of a large dataset meets
		// thousands of others through its words.
		int blocks = (size + SCORED_BLOCK - 1) / SCORED_BLOCK;
		return IntStream.range(0, blocks).parallel().mapToObj(block -> {
			double[] sums = new double[size];
			boolean[] met = new boolean[size];
			int[] touched = new int[size];
			List<Map<Integer, Double>> scored = new ArrayList<>(SCORED_BLOCK);
			for (int ordinal = block * SCORED_BLOCK; ordinal < Math.min(size, (block + 1) * SCORED_BLOCK); ordinal++) {
				scored.add(pinned.containsKey(ordinal) ? new HashMap<>()
						: mostAlike(ordinal, profiles[ordinal], postings, weights, cap, sums, met, touched));
			}
			return scored;
		}).flatMap(List::stream).toList();
	}

	/** Sources scored per block of {@link #similarities}. */
	private static final int SCORED_BLOCK = 64;

	/**
	 * The {@link #KEPT} sources most alike source {@code ordinal} of those its telling
	 * words meet (in lists no longer than {@code cap}), the most alike first: only those
	 * are kept, since a source's links beyond them reach its story through the others,
	 * and a dataset of thousands of sources would otherwise hold millions of scores.
	 * {@code sums}, {@code met} and {@code touched} are scratch arrays of the dataset's
	 * size, left cleared.
	 */
	private static Map<Integer, Double> mostAlike(int ordinal, Profile profile, int[][] postings, double[][] weights,
			int cap, double[] sums, boolean[] met, int[] touched) {
		int count = 0;
		for (int t = 0; t < profile.terms().length; t++) {
			int term = profile.terms()[t];
			int[] others = postings[term];
			if (others.length > cap) {
				continue;
			}
			double weight = profile.weights()[t];
			for (int k = 0; k < others.length; k++) {
				int other = others[k];
				if (other == ordinal) {
					continue;
				}
				double product = weight * weights[term][k];
				if (met[other]) {
					sums[other] += product;
				}
				else {
					met[other] = true;
					sums[other] = product;
					touched[count++] = other;
				}
			}
		}
		List<Integer> alike = new ArrayList<>();
		for (int k = 0; k < count; k++) {
			int other = touched[k];
			if (sums[other] >= SAME_STORY) {
				alike.add(other);
			}
			met[other] = false;
		}
		alike.sort((x, y) -> {
			int byScore = Double.compare(sums[y], sums[x]);
			return byScore != 0 ? byScore : Integer.compare(x, y);
		});
		Map<Integer, Double> kept = new java.util.LinkedHashMap<>();
		for (int other : alike.subList(0, Math.min(KEPT, alike.size()))) {
			kept.put(other, sums[other]);
		}
		return kept;
	}

	/**
	 * Links the pairs whose words left it open when their leads (first sentences) mean
	 * the same ({@link #SAME_LEAD}), and makes them each other's partners. Only the leads
	 * of those sources are embedded.
	 */
	private static void linkByLeads(CandidateIndex index, List<int[]> borderline, int[] parent, List<int[]> partners) {
		if (borderline.isEmpty()) {
			return;
		}
		Map<Integer, byte[]> leads = new HashMap<>();
		List<Integer> wanted = borderline.stream()
			.flatMap(pair -> java.util.stream.Stream.of(pair[0], pair[1]))
			.distinct()
			.filter(ordinal -> index.source(ordinal).english())
			.toList();
		List<String> texts = wanted.stream().map(ordinal -> lead(index.source(ordinal))).toList();
		byte[][] vectors = org.crosscheck.text.SentenceEmbeddings.embed(texts);
		for (int k = 0; k < wanted.size(); k++) {
			leads.put(wanted.get(k), vectors[k]);
		}
		for (int[] pair : borderline) {
			byte[] x = leads.get(pair[0]);
			byte[] y = leads.get(pair[1]);
			if (x != null && y != null && org.crosscheck.text.SentenceEmbeddings.cosine(x, y) >= SAME_LEAD) {
				union(parent, pair[0], pair[1]);
				partners.set(pair[0], append(partners.get(pair[0]), pair[1]));
				partners.set(pair[1], append(partners.get(pair[1]), pair[0]));
			}
		}
	}

	/**
	 * Cosine of their leads' meaning from which two sources whose words left it open
	 * report one event.
	 */
	static final double SAME_LEAD = 0.7;

	/** Scores kept per source (see {@link #similarities}). */
	private static final int KEPT = 32;

	/**
	 * How many nearest sources a source may be weakly linked with (see {@code nearest} in
	 * {@link #group}).
	 */
	private static final int NEAREST = 4;

	/** Sentences of a source's lead. */
	private static final int LEAD = 3;

	private static String lead(AnalysedSource source) {
		StringBuilder lead = new StringBuilder();
		int taken = 0;
		for (AnalysedSentence sentence : source.sentences()) {
			if (taken == LEAD) {
				break;
			}
			if (sentence.words() >= 6) {
				lead.append(lead.isEmpty() ? "" : " ").append(source.sentenceText(sentence.index()));
				taken++;
			}
		}
		return lead.toString();
	}

	private static int[] append(int[] values, int value) {
		int[] longer = Arrays.copyOf(values, values.length + 1);
		longer[values.length] = value;
		return longer;
	}

	/**
	 * The names a source gives, with how often: runs of capitalised words (one that opens
	 * a sentence only with another after it), days and months aside.
	 */
	static Map<String, Integer> names(AnalysedSource source) {
		Map<String, Integer> counts = new HashMap<>();
		for (AnalysedSentence sentence : source.sentences()) {
			namesIn(source, sentence.index(), counts);
		}
		return counts;
	}

	/** Adds the names of one sentence to {@code counts}; returns it. */
	private static Map<String, Integer> namesIn(AnalysedSource source, int index, Map<String, Integer> counts) {
		Lexicon lexicon = Lexicon.get();
		List<Token> tokens = source.tokens(index);
		StringBuilder name = new StringBuilder();
		int words = 0;
		boolean opening = false;
		for (int i = 0; i <= tokens.size(); i++) {
			Token token = i < tokens.size() ? tokens.get(i) : null;
			// "Leeds-based" says where a name is based; it is not part of it.
			boolean part = token != null && token.capitalised() && !token.stopWord() && token.surface().length() > 1
					&& !lexicon.isTemporal(token.key(), token.surface()) && !token.key().endsWith("-based");
			if (part) {
				opening |= i == 0;
				name.append(name.isEmpty() ? "" : " ").append(token.key());
				words++;
			}
			else if (!name.isEmpty()) {
				// A capitalised word that opens the sentence alone is any word; a run of
				// them is a name.
				if (!opening || words > 1) {
					counts.merge(name.toString(), 1, Integer::sum);
				}
				name.setLength(0);
				words = 0;
				opening = false;
			}
		}
		return counts;
	}

	/**
	 * A source's main actors: the names it gives at least twice that are most its own, by
	 * how often it gives them and how few of the dataset's sources do. Who an event is
	 * about tells two events of the same vocabulary apart.
	 */
	static Set<String> actors(Names names, Map<String, Integer> naming, int size) {
		return IntStream.range(0, names.names().length)
			.filter(i -> names.counts()[i] >= 2)
			.boxed()
			.sorted(java.util.Comparator
				.comparingDouble((Integer i) -> -names.counts()[i]
						* Math.log((size + BACKGROUND) / (double) naming.getOrDefault(names.names()[i], 1)))
				.thenComparing(i -> names.names()[i]))
			.limit(ACTORS)
			.map(i -> names.names()[i])
			.collect(java.util.stream.Collectors.toSet());
	}

	/**
	 * The names a source gives and how often, in the order of the map they were counted
	 * in.
	 */
	record Names(String[] names, int[] counts) {

		/**
		 * {@code counted} in a compact form, each name the one copy {@code held} has.
		 */
		static Names of(Map<String, Integer> counted, Map<String, String> held) {
			String[] names = new String[counted.size()];
			int[] counts = new int[counted.size()];
			int n = 0;
			for (Map.Entry<String, Integer> entry : counted.entrySet()) {
				String name = held.putIfAbsent(entry.getKey(), entry.getKey());
				names[n] = name == null ? entry.getKey() : name;
				counts[n++] = entry.getValue();
			}
			return new Names(names, counts);
		}

		/** How often the source gives {@code name} (0 when never). */
		int count(String name) {
			for (int i = 0; i < names.length; i++) {
				if (names[i].equals(name)) {
					return counts[i];
				}
			}
			return 0;
		}

	}

	/**
	 * The names of a source's lead (its first sentence of six words or more): who and
	 * what the report is about, as news puts it first.
	 */
	private static Set<String> leadNames(AnalysedSource source) {
		for (AnalysedSentence sentence : source.sentences()) {
			if (sentence.words() >= 6) {
				return namesIn(source, sentence.index(), new HashMap<>()).keySet();
			}
		}
		return Set.of();
	}

	/**
	 * The names a source gives (as the words they are made of) and its key names (the
	 * names of its lead that it gives twice or more), each key by the word of it that
	 * fewest sources name: "lyon" for "lyon city council". Two reports of one event each
	 * name the other's key names; a report that never names a key name of the other,
	 * while the other never names one of its own, tells another event (another buyer,
	 * another council), however alike their words. Words are numbers of a dictionary
	 * shared by the grouping, so that ten thousand casts stay small.
	 */
	private static final class Cast {

		private final int[][] names;

		private final int[][] keys;

		private int[] rarest = new int[0];

		private Cast(int[][] names, int[][] keys) {
			this.names = names;
			this.keys = keys;
		}

		static Cast of(java.util.Collection<String> names, Set<String> keyNames, Map<String, Integer> dictionary) {
			return new Cast(numbered(names, dictionary), numbered(keyNames, dictionary));
		}

		private static int[][] numbered(java.util.Collection<String> names, Map<String, Integer> dictionary) {
			int[][] numbered = new int[names.size()][];
			int n = 0;
			for (String name : names) {
				String[] words = name.split(" ");
				int[] ids = new int[words.length];
				for (int w = 0; w < words.length; w++) {
					// A possessive names the same one: "amd's" is "amd".
					String word = words[w].endsWith("'s") || words[w].endsWith("’s")
							? words[w].substring(0, words[w].length() - 2) : words[w];
					ids[w] = dictionary.computeIfAbsent(word, k -> dictionary.size());
				}
				numbered[n++] = ids;
			}
			return numbered;
		}

		/** Every word of every name the source gives, each once. */
		int[] words() {
			return Arrays.stream(names).flatMapToInt(Arrays::stream).distinct().toArray();
		}

		/**
		 * Notes of each key name the word that fewest sources name (the lowest number on
		 * a tie).
		 */
		void keepRarest(int[] wordSources) {
			rarest = new int[keys.length];
			for (int k = 0; k < keys.length; k++) {
				int best = keys[k][0];
				for (int word : keys[k]) {
					if (wordSources[word] < wordSources[best]
							|| (wordSources[word] == wordSources[best] && word < best)) {
						best = word;
					}
				}
				rarest[k] = best;
			}
		}

		/** True when each of the two sources has a key name the other never gives. */
		boolean otherEvent(Cast other) {
			return unnamedIn(other) && other.unnamedIn(this);
		}

		/**
		 * True when a key name is not among the other's names: none of them holds its
		 * rarest word and more than half of its words ("nordvik networks ltd" is "nordvik
		 * networks"; "oriel software" is not "oriel payments", nor "lyon city council"
		 * "austin city council").
		 */
		private boolean unnamedIn(Cast other) {
			for (int k = 0; k < keys.length; k++) {
				boolean named = false;
				for (int[] name : other.names) {
					if (contains(name, rarest[k]) && 2 * sharedWords(keys[k], name) > distinct(keys[k])) {
						named = true;
						break;
					}
				}
				if (!named) {
					return true;
				}
			}
			return false;
		}

		private static boolean contains(int[] words, int word) {
			for (int w : words) {
				if (w == word) {
					return true;
				}
			}
			return false;
		}

		private static int sharedWords(int[] key, int[] name) {
			return (int) Arrays.stream(key).distinct().filter(word -> contains(name, word)).count();
		}

		private static int distinct(int[] words) {
			return (int) Arrays.stream(words).distinct().count();
		}

	}

	/**
	 * True when two sources share their main actors: all but one of those of the source
	 * that has fewer, and two at least (a shared name or two is chance in a large
	 * dataset; the whole cast is not).
	 */
	static boolean sameActors(Set<String> x, Set<String> y) {
		return shared(x, y) >= Math.max(SHARED_ACTORS, Math.min(x.size(), y.size()) - 1);
	}

	/**
	 * True when two sources have main actors of their own, and share two fewer than the
	 * one that has fewer.
	 */
	static boolean otherActors(Set<String> x, Set<String> y) {
		int fewer = Math.min(x.size(), y.size());
		return fewer >= SHARED_ACTORS && shared(x, y) <= fewer - SHARED_ACTORS;
	}

	static int shared(Set<String> x, Set<String> y) {
		int shared = 0;
		for (String name : x) {
			if (y.contains(name)) {
				shared++;
			}
		}
		return shared;
	}

	private static double weightOf(Profile profile, int term) {
		int at = Arrays.binarySearch(profile.terms(), term);
		return at < 0 ? 0 : profile.weights()[at];
	}

	/**
	 * The source's {@link #TOP_TERMS} most telling stems: frequency in it times rarity
	 * among the dataset's sources, as if a few sources that share none of its words stood
	 * beside them, so that a dataset of two reports still weighs the words they share.
	 */
	/** How many of the source's sentences each of its stems stands in. */
	private static Map<Integer, Integer> frequency(AnalysedSource source) {
		Map<Integer, Integer> frequency = new HashMap<>();
		for (AnalysedSentence sentence : source.sentences()) {
			for (int term : sentence.unigrams()) {
				frequency.merge(term, 1, Integer::sum);
			}
		}
		return frequency;
	}

	private static Profile profile(Map<Integer, Integer> frequency, int[] documents, int size) {
		List<double[]> weighted = new ArrayList<>(frequency.size());
		double all = 0;
		for (Map.Entry<Integer, Integer> entry : frequency.entrySet()) {
			int sources = documents[entry.getKey()];
			double weight = (1 + Math.log(entry.getValue())) * Math.log((size + BACKGROUND) / (double) sources);
			all += weight * weight;
			// A word of one source alone links it to nothing; it still counts in the
			// length of the source's vector,
			// so that two sources sharing a few common words are not taken for alike.
			if (sources > 1) {
				weighted.add(new double[] { entry.getKey(), weight });
			}
		}
		weighted.sort((x, y) -> Double.compare(y[1], x[1]));
		List<double[]> top = new ArrayList<>(weighted.subList(0, Math.min(TOP_TERMS, weighted.size())));
		double norm = Math.sqrt(all);
		top.sort((x, y) -> Double.compare(x[0], y[0]));
		int[] terms = new int[top.size()];
		double[] weights = new double[top.size()];
		for (int i = 0; i < top.size(); i++) {
			terms[i] = (int) top.get(i)[0];
			weights[i] = norm == 0 ? 0 : top.get(i)[1] / norm;
		}
		return new Profile(terms, weights);
	}

	/**
	 * Sources imagined beside the dataset's own, sharing none of their words (see
	 * {@link #profile}).
	 */
	private static final int BACKGROUND = 8;

	/** When a source was published and which years its dated facts fall in. */
	private record Anchor(LocalDate published, Set<Integer> years) {

		static Anchor of(AnalysedSource source) {
			Set<Integer> years = new HashSet<>();
			for (Fact fact : source.facts()) {
				if (fact.kind() == FactKind.DATE && fact.value() != null && fact.value().length() >= 4
						&& Character.isDigit(fact.value().charAt(0))) {
					years.add(Integer.parseInt(fact.value().substring(0, 4)));
				}
			}
			return new Anchor(source.published(), years);
		}

		boolean compatible(Anchor other) {
			if (published != null && other.published != null) {
				return Math.abs(ChronoUnit.DAYS.between(published, other.published)) <= MAX_DAYS_APART;
			}
			if (years.isEmpty() || other.years.isEmpty()) {
				return true;
			}
			for (int year : years) {
				if (other.years.contains(year)) {
					return true;
				}
			}
			return false;
		}

	}

	private static int find(int[] parent, int x) {
		while (parent[x] != x) {
			parent[x] = parent[parent[x]];
			x = parent[x];
		}
		return x;
	}

	private static void union(int[] parent, int x, int y) {
		int rootX = find(parent, x);
		int rootY = find(parent, y);
		if (rootX != rootY) {
			parent[Math.max(rootX, rootY)] = Math.min(rootX, rootY);
		}
	}

}
