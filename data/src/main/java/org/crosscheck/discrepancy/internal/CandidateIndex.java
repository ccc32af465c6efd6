package org.crosscheck.discrepancy.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.crosscheck.discrepancy.ComparedSource;

/**
 * An inverted index of sentence shingles (pairs of consecutive content stems) over many
 * sources, so that the sources worth comparing are found without comparing all pairs: a
 * query touches only the postings of its own shingles, and shingles found in more than
 * {@code maxPostings} sentences (boilerplate, stock phrases) are skipped, which keeps the
 * cost per source bounded and the whole check about linear in the number of sources. It
 * also counts in how many sentences each stem stands, which gives the IDF weights for
 * similarity.
 */
public final class CandidateIndex implements FeatureWeights {

	/**
	 * A source worth comparing with the queried one, and how many of their sentences
	 * share shingles.
	 */
	public record Candidate(int ordinal, String sourceId, int sentencePairs) {
	}

	private final int maxPostings;

	private final List<AnalysedSource> sources = new ArrayList<>();

	/**
	 * Feature hash to its number (its slot); a slot's count is the number of sentences
	 * that have the feature (document frequency).
	 */
	private final LongIntMap slots = new LongIntMap(1 << 16);

	private int[] slotCount = new int[1 << 16];

	private int[] slotHead = new int[1 << 16];

	private long[] entryRef = new long[1 << 16];

	private int[] entryNext = new int[1 << 16];

	private int entries;

	private long sentenceTotal;

	/**
	 * Default cut-off: a wire story rarely runs in more than fifty versions in one
	 * dataset.
	 */
	public static final int MAX_POSTINGS = 50;

	/**
	 * Share of a sentence's uncommon shingles another sentence must have to be its
	 * candidate.
	 */
	private static final double MIN_SHARED_SHARE = 0.3;

	/** Sentence pairs two sources must share to be compared. */
	private static final int MIN_SENTENCE_PAIRS = 3;

	public CandidateIndex() {
		this(MAX_POSTINGS);
	}

	/**
	 * @param maxPostings shingles in more sentences than this are too common to suggest a
	 * shared story
	 */
	public CandidateIndex(int maxPostings) {
		this.maxPostings = maxPostings;
	}

	/** Analyses and adds one source; returns its ordinal. */
	public int add(ComparedSource source) {
		return add(AnalysedSource.of(source, this));
	}

	/** Adds several sources, analysing them in parallel first. */
	public void addAll(List<ComparedSource> sources) {
		addAll(sources, Function.identity());
	}

	/**
	 * Adds the sources that {@code source} makes of {@code items}, analysing them in
	 * parallel first. Each source is dropped once analysed, so that its split sentences
	 * (a copy of its text) are never held for the whole set.
	 */
	public <T> void addAll(List<T> items, Function<? super T, ComparedSource> source) {
		List<AnalysedSource> analysed = items.parallelStream()
			.map(item -> AnalysedSource.of(source.apply(item), this))
			.toList();
		analysed.forEach(this::add);
	}

	/** Adds a source analysed with this index's feature numbers; returns its ordinal. */
	private synchronized int add(AnalysedSource source) {
		int ordinal = sources.size();
		sources.add(source);
		for (AnalysedSentence sentence : source.sentences()) {
			sentenceTotal++;
			for (int unigram : sentence.unigrams()) {
				slotCount[unigram]++;
			}
			for (int bigram : sentence.bigrams()) {
				if (++slotCount[bigram] <= maxPostings + 1) {
					addEntry(bigram, ((long) ordinal << 20) | sentence.index());
				}
			}
		}
		return ordinal;
	}

	/**
	 * The numbers of the features hashed in each array of {@code features}, in their
	 * order, numbering the new ones (one call a source, so that sources analysed in
	 * parallel seldom wait here); a feature counts only once the source that has it is
	 * added.
	 */
	synchronized int[][] terms(long[][] features) {
		int[][] terms = new int[features.length][];
		for (int f = 0; f < features.length; f++) {
			terms[f] = new int[features[f].length];
			for (int i = 0; i < features[f].length; i++) {
				terms[f][i] = slotOf(features[f][i]);
			}
		}
		return terms;
	}

	private int slotOf(long feature) {
		int slot = slots.get(feature);
		if (slot < 0) {
			slot = slots.size();
			slots.put(feature, slot);
			if (slot >= slotCount.length) {
				slotCount = java.util.Arrays.copyOf(slotCount, slotCount.length * 2);
				slotHead = java.util.Arrays.copyOf(slotHead, slotHead.length * 2);
			}
			slotCount[slot] = 0;
			slotHead[slot] = -1;
		}
		return slot;
	}

	/**
	 * Lets go of source {@code ordinal} (its text, facts and features) once nothing will
	 * ask for it again: its postings stay, so later sources still skip it, and the
	 * feature counts stay as they are.
	 */
	synchronized void release(int ordinal) {
		sources.set(ordinal, null);
	}

	public synchronized int size() {
		return sources.size();
	}

	public synchronized AnalysedSource source(int ordinal) {
		return sources.get(ordinal);
	}

	public synchronized List<AnalysedSource> sources() {
		return Collections.unmodifiableList(new ArrayList<>(sources));
	}

	/** IDF of a feature: ln(1 + sentences / sentences with the feature). */
	@Override
	public double weight(int term) {
		return Math.log(1 + (double) sentenceTotal / Math.max(1, slotCount[term]));
	}

	/** Like {@link #weight}, read while no source is being added. */
	@Override
	public int term(long feature) {
		return slots.get(feature);
	}

	/**
	 * The sources that share sentences with source {@code ordinal}: a sentence pair
	 * shares two uncommon shingles (one for very short sentences), and a source pair
	 * needs three such sentence pairs (fewer when a source has fewer sentences), because
	 * a single shared stock sentence does not make two articles one story. With
	 * {@code onlyLater}, only sources added after it, so that each pair comes once.
	 */
	public List<Candidate> candidates(int ordinal, boolean onlyLater) {
		AnalysedSource source = source(ordinal);
		List<Candidate> candidates = new ArrayList<>();
		LongIntMap perSource = new LongIntMap(64);
		for (AnalysedSentence sentence : source.sentences()) {
			// Shared shingles per other sentence.
			LongIntMap hits = new LongIntMap(64);
			int uncommon = 0;
			for (int slot : sentence.bigrams()) {
				if (slotCount[slot] > maxPostings) {
					continue;
				}
				uncommon++;
				for (int entry = slotHead[slot]; entry >= 0; entry = entryNext[entry]) {
					long ref = entryRef[entry];
					int other = (int) (ref >>> 20);
					if (other == ordinal || (onlyLater && other < ordinal)) {
						continue;
					}
					hits.add(ref, 1);
				}
			}
			// Two uncommon shingles in common, and a good part of the sentence's uncommon
			// shingles: versions of one
			// sentence share most of them, unrelated sentences a name or two.
			int needed = sentence.bigrams().length <= 2 ? 1 : Math.max(2, (int) Math.ceil(MIN_SHARED_SHARE * uncommon));
			hits.forEach((ref, shared) -> {
				if (shared >= needed) {
					perSource.add(ref >>> 20, 1);
				}
			});
		}
		perSource.forEach((other, pairs) -> {
			AnalysedSource candidate = source((int) other);
			if (pairs >= Math.min(MIN_SENTENCE_PAIRS,
					Math.min(source.sentences().size(), candidate.sentences().size()))) {
				candidates.add(new Candidate((int) other, candidate.id(), pairs));
			}
		});
		candidates.sort((x, y) -> Integer.compare(x.ordinal(), y.ordinal()));
		return candidates;
	}

	private void addEntry(int slot, long ref) {
		if (entries == entryRef.length) {
			entryRef = java.util.Arrays.copyOf(entryRef, entries * 2);
			entryNext = java.util.Arrays.copyOf(entryNext, entries * 2);
		}
		entryRef[entries] = ref;
		entryNext[entries] = slotHead[slot];
		slotHead[slot] = entries;
		entries++;
	}

}
