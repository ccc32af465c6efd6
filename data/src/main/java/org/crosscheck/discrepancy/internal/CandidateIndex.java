package org.crosscheck.discrepancy.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.crosscheck.discrepancy.ComparedSource;

/**
 * An inverted index of sentence shingles (pairs of consecutive content stems) over many sources, so that the sources
 * worth comparing are found without comparing all pairs: a query touches only the postings of its own shingles, and
 * shingles found in more than {@code maxPostings} sentences (boilerplate, stock phrases) are skipped, which keeps the
 * cost per source bounded and the whole check about linear in the number of sources. It also counts in how many
 * sentences each stem stands, which gives the IDF weights for similarity.
 */
public final class CandidateIndex implements FeatureWeights {

	/** A source worth comparing with the queried one, and how many of their sentences share shingles. */
	public record Candidate(int ordinal, String sourceId, int sentencePairs) {
	}

	private final int maxPostings;

	private final List<AnalysedSource> sources = new ArrayList<>();

	/** Feature to slot; a slot's count is the number of sentences that have the feature (document frequency). */
	private final LongIntMap slots = new LongIntMap(1 << 16);

	private int[] slotCount = new int[1 << 16];

	private int[] slotHead = new int[1 << 16];

	private long[] entryRef = new long[1 << 16];

	private int[] entryNext = new int[1 << 16];

	private int entries;

	private long sentenceTotal;

	public CandidateIndex() {
		this(200);
	}

	/** @param maxPostings shingles in more sentences than this are too common to suggest a shared story */
	public CandidateIndex(int maxPostings) {
		this.maxPostings = maxPostings;
	}

	/** Analyses and adds one source; returns its ordinal. */
	public int add(ComparedSource source) {
		return add(AnalysedSource.of(source));
	}

	/** Adds several sources, analysing them in parallel first. */
	public void addAll(List<ComparedSource> sources) {
		List<AnalysedSource> analysed = sources.parallelStream().map(AnalysedSource::of).toList();
		analysed.forEach(this::add);
	}

	/** Adds an analysed source; returns its ordinal. */
	public synchronized int add(AnalysedSource source) {
		int ordinal = sources.size();
		sources.add(source);
		for (AnalysedSentence sentence : source.sentences()) {
			sentenceTotal++;
			for (long unigram : sentence.unigrams()) {
				count(unigram);
			}
			for (long bigram : sentence.bigrams()) {
				int slot = count(bigram);
				if (slotCount[slot] <= maxPostings + 1) {
					addEntry(slot, ((long) ordinal << 20) | sentence.index());
				}
			}
		}
		return ordinal;
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
	public double weight(long feature) {
		int slot = slots.get(feature);
		int df = slot < 0 ? 0 : slotCount[slot];
		return Math.log(1 + (double) sentenceTotal / Math.max(1, df));
	}

	/**
	 * The sources that share at least one sentence with source {@code ordinal}: two uncommon shingles in common (one
	 * for very short sentences). With {@code onlyLater}, only sources added after it, so that each pair comes once.
	 */
	public List<Candidate> candidates(int ordinal, boolean onlyLater) {
		AnalysedSource source = source(ordinal);
		List<Candidate> candidates = new ArrayList<>();
		LongIntMap perSource = new LongIntMap(64);
		for (AnalysedSentence sentence : source.sentences()) {
			// Shared shingles per other sentence.
			LongIntMap hits = new LongIntMap(64);
			for (long bigram : sentence.bigrams()) {
				int slot = slots.get(bigram);
				if (slot < 0 || slotCount[slot] > maxPostings) {
					continue;
				}
				for (int entry = slotHead[slot]; entry >= 0; entry = entryNext[entry]) {
					long ref = entryRef[entry];
					int other = (int) (ref >>> 20);
					if (other == ordinal || (onlyLater && other < ordinal)) {
						continue;
					}
					hits.add(ref, 1);
				}
			}
			int shortSentence = sentence.bigrams().length <= 2 ? 1 : 2;
			hits.forEach((ref, shared) -> {
				if (shared >= shortSentence) {
					perSource.add(ref >>> 20, 1);
				}
			});
		}
		perSource.forEach((other, pairs) -> candidates
			.add(new Candidate((int) other, source((int) other).id(), pairs)));
		candidates.sort((x, y) -> Integer.compare(x.ordinal(), y.ordinal()));
		return candidates;
	}

	private int count(long feature) {
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
		slotCount[slot]++;
		return slot;
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
