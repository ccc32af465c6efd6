package org.crosscheck.discrepancy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crosscheck.discrepancy.Alignment;
import org.crosscheck.discrepancy.ComparedSource;
import org.crosscheck.discrepancy.SentencePair;
import org.crosscheck.discrepancy.Span;

/**
 * Pairs the sentences of two sources that tell the same thing, whatever their order:
 * IDF-weighted Jaccard over content stems and stem pairs (or containment, when one
 * sentence is a cut of the other), then a greedy one-to-one assignment by score above a
 * threshold.
 */
public final class Aligner {

	/** Weighted Jaccard from which two sentences count as telling the same thing. */
	static final double MIN_JACCARD = 0.3;

	/**
	 * Or: share of the shorter sentence's weight found in the longer, for sentences cut
	 * down in a copy.
	 */
	static final double MIN_CONTAINMENT = 0.6;

	/**
	 * Stem pairs count half: they reward shared phrasing without letting paraphrase fall
	 * apart.
	 */
	private static final double BIGRAM_FACTOR = 0.5;

	/** Two sentences aligned, with their similarity. */
	public record Match(int a, int b, double score) {
	}

	/**
	 * A sentence of A and one of B that share most of the weight of at least one of them.
	 */
	public record Cover(int a, int b, double shareOfA, double shareOfB) {
	}

	/**
	 * The matches, the sentences' weights and the covers: a sentence that the other
	 * source splits in two or merges with another is covered though not aligned
	 * one-to-one.
	 */
	public record Result(List<Match> matches, double[] weightA, double[] weightB, List<Cover> covers) {
	}

	/** Share of a sentence's weight from which a cover is recorded. */
	static final double MIN_COVER = 0.5;

	private final FeatureWeights weights;

	public Aligner(FeatureWeights weights) {
		this.weights = weights;
	}

	/** Aligns two sources on their own, the IDF taken from their sentences alone. */
	public static Alignment align(ComparedSource a, ComparedSource b) {
		CandidateIndex index = new CandidateIndex();
		int first = index.add(a);
		int second = index.add(b);
		AnalysedSource x = index.source(first);
		AnalysedSource y = index.source(second);
		return toAlignment(x, y, new Aligner(index).align(x, y));
	}

	/** Aligns the sentences of {@code a} and {@code b}. */
	public Result align(AnalysedSource a, AnalysedSource b) {
		List<AnalysedSentence> left = a.sentences();
		List<AnalysedSentence> right = b.sentences();
		double[] weightA = new double[left.size()];
		double[] weightB = new double[right.size()];
		// Feature of B to the sentences of B that have it, so that only sentences sharing
		// something are scored; stem
		// pairs under the complement of their number, apart from single stems.
		Map<Integer, List<Integer>> postings = new HashMap<>();
		for (AnalysedSentence sentence : right) {
			weightB[sentence.index()] = weigh(sentence);
			for (int feature : sentence.unigrams()) {
				postings.computeIfAbsent(feature, f -> new ArrayList<>(2)).add(sentence.index());
			}
			for (int feature : sentence.bigrams()) {
				postings.computeIfAbsent(~feature, f -> new ArrayList<>(2)).add(sentence.index());
			}
		}
		List<Cover> covers = new ArrayList<>();
		List<Match> scored = new ArrayList<>();
		for (AnalysedSentence sentence : left) {
			weightA[sentence.index()] = weigh(sentence);
			double[] shared = new double[right.size()];
			int[] sharedStems = new int[right.size()];
			for (int feature : sentence.unigrams()) {
				List<Integer> others = postings.get(feature);
				if (others != null) {
					double weight = weights.weight(feature);
					for (int other : others) {
						shared[other] += weight;
						sharedStems[other]++;
					}
				}
			}
			for (int feature : sentence.bigrams()) {
				List<Integer> others = postings.get(~feature);
				if (others != null) {
					double weight = BIGRAM_FACTOR * weights.weight(feature);
					for (int other : others) {
						shared[other] += weight;
					}
				}
			}
			for (int other = 0; other < shared.length; other++) {
				if (sharedStems[other] < 2) {
					continue;
				}
				double wa = weightA[sentence.index()];
				double wb = weightB[other];
				double jaccard = shared[other] / (wa + wb - shared[other]);
				double containment = shared[other] / Math.min(wa, wb);
				if (shared[other] / wa >= MIN_COVER || shared[other] / wb >= MIN_COVER) {
					covers.add(new Cover(sentence.index(), other, shared[other] / wa, shared[other] / wb));
				}
				if (jaccard >= MIN_JACCARD || (containment >= MIN_CONTAINMENT && sharedStems[other] >= 4)) {
					// Containment alone scores a little lower, so that a full match wins
					// a tie.
					scored.add(new Match(sentence.index(), other, Math.max(jaccard, 0.9 * containment)));
				}
			}
		}
		return new Result(oneToOne(scored, left.size(), right.size()), weightA, weightB, covers);
	}

	/**
	 * The best-scored pairs, greedily, each sentence in one pair at most; in the order of
	 * A's sentences.
	 */
	static List<Match> oneToOne(List<Match> scored, int sentencesA, int sentencesB) {
		List<Match> sorted = new ArrayList<>(scored);
		sorted.sort(Comparator.comparingDouble(Match::score)
			.reversed()
			.thenComparingInt(Match::a)
			.thenComparingInt(Match::b));
		boolean[] takenA = new boolean[sentencesA];
		boolean[] takenB = new boolean[sentencesB];
		List<Match> matches = new ArrayList<>();
		for (Match match : sorted) {
			if (!takenA[match.a()] && !takenB[match.b()]) {
				takenA[match.a()] = true;
				takenB[match.b()] = true;
				matches.add(match);
			}
		}
		matches.sort(Comparator.comparingInt(Match::a));
		return matches;
	}

	private double weigh(AnalysedSentence sentence) {
		double weight = 0;
		for (int feature : sentence.unigrams()) {
			weight += weights.weight(feature);
		}
		for (int feature : sentence.bigrams()) {
			weight += BIGRAM_FACTOR * weights.weight(feature);
		}
		return Math.max(weight, 1e-9);
	}

	/** The public record of an alignment, with each pair's rendered diff. */
	static Alignment toAlignment(AnalysedSource a, AnalysedSource b, Result result) {
		List<SentencePair> pairs = new ArrayList<>();
		boolean[] alignedA = new boolean[a.sentences().size()];
		boolean[] alignedB = new boolean[b.sentences().size()];
		for (Match match : result.matches()) {
			alignedA[match.a()] = true;
			alignedB[match.b()] = true;
			AnalysedSentence x = a.sentences().get(match.a());
			AnalysedSentence y = b.sentences().get(match.b());
			WordDiff diff = WordDiff.of(a.tokens(match.a()), b.tokens(match.b()));
			String rendered = diff.changes().stream().allMatch(c -> c.kind() == ChangeKind.TRIVIAL) ? ""
					: diff.render(a.text(), x.start(), x.end(), b.text());
			pairs.add(new SentencePair(span(a, match.a()), span(b, match.b()), match.score(), rendered));
		}
		return new Alignment(a.id(), b.id(), pairs, unaligned(a, alignedA), unaligned(b, alignedB));
	}

	private static List<Span> unaligned(AnalysedSource source, boolean[] aligned) {
		List<Span> spans = new ArrayList<>();
		for (int i = 0; i < aligned.length; i++) {
			if (!aligned[i]) {
				spans.add(span(source, i));
			}
		}
		return spans;
	}

	static Span span(AnalysedSource source, int sentence) {
		AnalysedSentence s = source.sentences().get(sentence);
		return new Span(source.id(), s.start(), s.end(), source.text().substring(s.start(), s.end()));
	}

}
