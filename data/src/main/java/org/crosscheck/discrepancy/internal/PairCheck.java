package org.crosscheck.discrepancy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.crosscheck.discrepancy.AlignmentSummary;
import org.crosscheck.discrepancy.Confirmation;
import org.crosscheck.discrepancy.Fact;
import org.crosscheck.discrepancy.FactKind;
import org.crosscheck.discrepancy.Finding;
import org.crosscheck.discrepancy.FindingKind;
import org.crosscheck.discrepancy.Severity;
import org.crosscheck.discrepancy.Span;

/** Compares two sources: aligns them, then raises wording, number, date, quote and attribution findings. */
final class PairCheck {

	/** Share of a sentence's weight found in the other source from which it does not count as missing there. */
	static final double COVERED = 0.6;

	/** How much heavier than its counterpart a sentence must be to count as two sentences merged. */
	private static final double MERGED = 1.3;

	/** Share of a quote's content words from which two quotes (or a quote and a sentence) are the same words. */
	private static final double SAME_QUOTE = 0.5;

	private static final double PARAPHRASED_QUOTE = 0.6;

	/** What comparing two sources gives. */
	record Outcome(AnalysedSource a, AnalysedSource b, AlignmentSummary alignment, List<Finding> findings,
			List<Confirmation> confirmations, boolean[] coveredA, boolean[] coveredB) {
	}

	private final Aligner aligner;

	private final FeatureWeights weights;

	PairCheck(FeatureWeights weights) {
		this.aligner = new Aligner(weights);
		this.weights = weights;
	}

	/**
	 * Compares two sources, or returns null when fewer than two sentences or less than {@code storyCoverage} of the
	 * shorter source align: then they do not tell one story, and diffing them would only cost time.
	 */
	Outcome compare(AnalysedSource a, AnalysedSource b, double storyCoverage) {
		Aligner.Result result = aligner.align(a, b);
		int shorter = Math.min(a.sentences().size(), b.sentences().size());
		if (result.matches().size() < 2 || result.matches().size() < storyCoverage * shorter) {
			return null;
		}
		List<Finding> findings = new ArrayList<>();
		List<Confirmation> confirmations = new ArrayList<>();
		boolean[] coveredA = new boolean[a.sentences().size()];
		boolean[] coveredB = new boolean[b.sentences().size()];
		covered(result, coveredA, coveredB);
		for (Aligner.Match match : result.matches()) {
			compareSentences(a, match.a(), b, match.b(), findings);
		}
		compareQuotes(a, b, findings, confirmations, true);
		// The mirror pass only looks for B's quotes paraphrased in A; matched pairs were reported above.
		compareQuotes(b, a, findings, confirmations, false);
		AlignmentSummary alignment = new AlignmentSummary(a.id(), b.id(), result.matches().size(),
				a.sentences().size(), b.sentences().size());
		return new Outcome(a, b, alignment, findings, confirmations, coveredA, coveredB);
	}

	/**
	 * Marks the sentences the other source tells: aligned ones, and those whose words mostly stand in a sentence of
	 * the other source that is either unaligned or clearly longer than its own counterpart (it merges two sentences).
	 * A sentence that only resembles the counterpart of another sentence is not covered: that is a dropped sentence.
	 */
	private static void covered(Aligner.Result result, boolean[] coveredA, boolean[] coveredB) {
		int[] partnerOfA = new int[coveredA.length];
		int[] partnerOfB = new int[coveredB.length];
		java.util.Arrays.fill(partnerOfA, -1);
		java.util.Arrays.fill(partnerOfB, -1);
		for (Aligner.Match match : result.matches()) {
			coveredA[match.a()] = true;
			coveredB[match.b()] = true;
			partnerOfA[match.a()] = match.b();
			partnerOfB[match.b()] = match.a();
		}
		for (Aligner.Cover cover : result.covers()) {
			int counterpartOfB = partnerOfB[cover.b()];
			if (cover.shareOfA() >= COVERED && (counterpartOfB < 0
					|| result.weightB()[cover.b()] >= MERGED * result.weightA()[counterpartOfB])) {
				coveredA[cover.a()] = true;
			}
			int counterpartOfA = partnerOfA[cover.a()];
			if (cover.shareOfB() >= COVERED && (counterpartOfA < 0
					|| result.weightA()[cover.a()] >= MERGED * result.weightB()[counterpartOfA])) {
				coveredB[cover.b()] = true;
			}
		}
	}

	private void compareSentences(AnalysedSource a, int i, AnalysedSource b, int j, List<Finding> findings) {
		WordDiff diff = WordDiff.of(a.tokens(i), b.tokens(j));
		if (diff.changes().stream().allMatch(c -> c.kind() == ChangeKind.TRIVIAL)) {
			return;
		}
		Span spanA = Aligner.span(a, i);
		Span spanB = Aligner.span(b, j);
		String rendered = diff.render(a.text(), spanA.start(), spanA.end(), b.text());
		List<int[]> leftToOthersA = new ArrayList<>();
		List<int[]> leftToOthersB = new ArrayList<>();
		// Quoted words are the quote check's; resolved or not, dates are the date check's.
		addRanges(a.facts(FactKind.QUOTE, i), leftToOthersA);
		addRanges(b.facts(FactKind.QUOTE, j), leftToOthersB);
		addRanges(a.facts(FactKind.DATE, i), leftToOthersA);
		addRanges(b.facts(FactKind.DATE, j), leftToOthersB);
		if (compareFacts(FindingKind.NUMBER, a.facts(FactKind.MONEY, i), b.facts(FactKind.MONEY, j), spanA, spanB,
				rendered, findings)) {
			addRanges(a.facts(FactKind.MONEY, i), leftToOthersA);
			addRanges(b.facts(FactKind.MONEY, j), leftToOthersB);
		}
		compareFacts(FindingKind.DATE, resolved(a.facts(FactKind.DATE, i)), resolved(b.facts(FactKind.DATE, j)),
				spanA, spanB, rendered, findings);
		List<Change> numbers = new ArrayList<>();
		List<Change> wording = new ArrayList<>();
		for (Change change : diff.meaningful()) {
			if (change.touches(leftToOthersA, leftToOthersB)) {
				continue;
			}
			(change.kind() == ChangeKind.NUMBER ? numbers : wording).add(change);
		}
		if (!numbers.isEmpty()) {
			Span tightA = tight(a, spanA, numbers, true);
			Span tightB = tight(b, spanB, numbers, false);
			findings.add(new Finding(FindingKind.NUMBER, Severity.HIGH, List.of(tightA, tightB),
					"The figures differ: " + describe(numbers) + ".", rendered,
					Fingerprints.of(FindingKind.NUMBER, List.of(spanA.exact(), spanB.exact()))));
		}
		if (!wording.isEmpty()) {
			ChangeKind gravest = wording.stream().map(Change::kind).max(Enum::compareTo).orElseThrow();
			findings.add(new Finding(FindingKind.WORDING, gravest.severity(), List.of(spanA, spanB),
					"The same sentence is worded differently: " + describe(wording) + ".", rendered,
					Fingerprints.of(FindingKind.WORDING, List.of(spanA.exact(), spanB.exact()))));
		}
	}

	/**
	 * Compares the money or date facts of two aligned sentences, paired in order when both have as many; returns
	 * true when it could compare them (then the word diff leaves their words alone).
	 */
	private static boolean compareFacts(FindingKind kind, List<Fact> factsA, List<Fact> factsB, Span sentenceA,
			Span sentenceB, String rendered, List<Finding> findings) {
		if (factsA.isEmpty() || factsA.size() != factsB.size()) {
			return false;
		}
		for (int k = 0; k < factsA.size(); k++) {
			Fact x = factsA.get(k);
			Fact y = factsB.get(k);
			boolean same = kind == FindingKind.DATE ? compatibleDates(x.value(), y.value())
					: normalisedValue(x.value()).equals(normalisedValue(y.value()));
			if (!same) {
				String what = kind == FindingKind.DATE ? "dates" : "amounts";
				findings.add(new Finding(kind, kind == FindingKind.DATE ? Severity.MEDIUM : Severity.HIGH,
						List.of(span(x), span(y)),
						"The " + what + " differ for the same statement: '" + x.exact() + "' (" + x.value()
								+ ") against '" + y.exact() + "' (" + y.value() + ").",
						rendered, Fingerprints.of(kind, List.of(sentenceA.exact() + " " + x.value(),
								sentenceB.exact() + " " + y.value()))));
			}
		}
		return true;
	}

	private static String normalisedValue(String value) {
		return value == null ? "" : value.strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
	}

	/**
	 * Two resolved dates agree when they are equal or one is a less precise form of the other: "2025-09/MONTH" and
	 * "2025-09-17/DAY" agree, "2025-09" and "2025-10" do not.
	 */
	static boolean compatibleDates(String first, String second) {
		String x = datePart(first);
		String y = datePart(second);
		return x.equals(y) || x.startsWith(y) || y.startsWith(x);
	}

	private static String datePart(String value) {
		int slash = value.indexOf('/');
		return (slash < 0 ? value : value.substring(0, slash)).strip();
	}

	private static List<Fact> resolved(List<Fact> dates) {
		return dates.stream().filter(d -> d.value() != null && !d.value().isBlank()).toList();
	}

	private void compareQuotes(AnalysedSource a, AnalysedSource b, List<Finding> findings,
			List<Confirmation> confirmations, boolean reportMatched) {
		List<Fact> quotesA = a.facts(FactKind.QUOTE);
		List<Fact> quotesB = b.facts(FactKind.QUOTE);
		if (quotesA.isEmpty()) {
			return;
		}
		List<List<Token>> wordsA = quotesA.stream().map(q -> Tokenizer.tokens(a.text(), q.start(), q.end())).toList();
		List<List<Token>> wordsB = quotesB.stream().map(q -> Tokenizer.tokens(b.text(), q.start(), q.end())).toList();
		record Pairing(int x, int y, double score) {
		}
		List<Pairing> pairings = new ArrayList<>();
		for (int x = 0; x < quotesA.size(); x++) {
			for (int y = 0; y < quotesB.size(); y++) {
				double score = containment(wordsA.get(x), wordsB.get(y));
				if (score >= SAME_QUOTE) {
					// A full match beats a quote in part of the same words.
					pairings.add(new Pairing(x, y, score + 0.1 * jaccard(wordsA.get(x), wordsB.get(y))));
				}
			}
		}
		pairings.sort(Comparator.comparingDouble(Pairing::score).reversed());
		boolean[] matchedA = new boolean[quotesA.size()];
		boolean[] matchedB = new boolean[quotesB.size()];
		for (Pairing pairing : pairings) {
			if (matchedA[pairing.x()] || matchedB[pairing.y()]) {
				continue;
			}
			matchedA[pairing.x()] = true;
			matchedB[pairing.y()] = true;
			Fact x = quotesA.get(pairing.x());
			Fact y = quotesB.get(pairing.y());
			if (reportMatched) {
				reportMatchedQuote(a, x, wordsA.get(pairing.x()), b, y, wordsB.get(pairing.y()), findings,
						confirmations);
			}
		}
		for (int x = 0; x < quotesA.size(); x++) {
			if (!matchedA[x]) {
				reportParaphrase(a, quotesA.get(x), wordsA.get(x), b, findings);
			}
		}
	}

	private static void reportMatchedQuote(AnalysedSource a, Fact x, List<Token> wordsX, AnalysedSource b, Fact y,
			List<Token> wordsY, List<Finding> findings, List<Confirmation> confirmations) {
		Span spanX = span(x);
		Span spanY = span(y);
		WordDiff diff = WordDiff.of(wordsX, wordsY);
		ChangeKind gravest = diff.gravest();
		String keysX = keys(wordsX);
		String keysY = keys(wordsY);
		if (gravest == ChangeKind.TRIVIAL || keysX.contains(keysY) || keysY.contains(keysX)) {
			String part = gravest == ChangeKind.TRIVIAL ? "Quoted word for word in both sources: '"
					: "Quoted in part with the same words: '";
			confirmations.add(new Confirmation(FindingKind.QUOTE, List.of(spanX, spanY),
					part + quoteText(keysX.length() <= keysY.length() ? x : y) + "'.",
					Fingerprints.of(FindingKind.QUOTE, List.of(quoteText(x), quoteText(y)))));
		}
		else {
			Severity severity = gravest.raised() ? gravest.severity()
					: diff.changes().stream().anyMatch(c -> c.kind() == ChangeKind.WORD) ? Severity.MEDIUM
							: Severity.LOW;
			List<Change> shown = diff.changes().stream().filter(c -> c.kind() != ChangeKind.TRIVIAL).toList();
			findings.add(new Finding(FindingKind.QUOTE, severity, List.of(spanX, spanY),
					"The same quote has different words: " + describe(shown) + ".",
					diff.render(a.text(), x.start(), x.end(), b.text()),
					Fingerprints.of(FindingKind.QUOTE, List.of(x.exact(), y.exact()))));
		}
		if (!Speakers.compatible(x.speaker(), y.speaker())) {
			findings.add(new Finding(FindingKind.ATTRIBUTION, Severity.MEDIUM, List.of(spanX, spanY),
					"The same quote is credited to '" + x.speaker() + "' in one source and to '" + y.speaker()
							+ "' in the other.",
					"", Fingerprints.of(FindingKind.ATTRIBUTION,
							List.of(quoteText(x) + " " + x.speaker(), quoteText(y) + " " + y.speaker()))));
		}
	}

	/** A quote of A whose words stand in a sentence of B outside any quote of B: quoted in one, paraphrased in the other. */
	private void reportParaphrase(AnalysedSource a, Fact quote, List<Token> words, AnalysedSource b,
			List<Finding> findings) {
		Set<String> quoteStems = contentStems(words);
		if (quoteStems.size() < 4) {
			return;
		}
		// The sentences' stems are at hand, numbered: no need to tokenise every sentence of B for every quote.
		Set<Long> hashes = new HashSet<>();
		quoteStems.forEach(stem -> hashes.add(Features.hash(stem)));
		Set<Integer> quoteFeatures = new HashSet<>();
		for (long hash : hashes) {
			int term = weights.term(hash);
			if (term >= 0) {
				quoteFeatures.add(term);
			}
		}
		int best = -1;
		double bestScore = 0;
		for (AnalysedSentence sentence : b.sentences()) {
			int shared = 0;
			for (int feature : sentence.unigrams()) {
				if (quoteFeatures.contains(feature)) {
					shared++;
				}
			}
			double score = (double) shared / hashes.size();
			if (score > bestScore && score >= PARAPHRASED_QUOTE
					&& b.facts(FactKind.QUOTE, sentence.index()).isEmpty()) {
				bestScore = score;
				best = sentence.index();
			}
		}
		if (best < 0) {
			return;
		}
		Span spanB = Aligner.span(b, best);
		List<Token> sentenceWords = b.tokens(best);
		String quoted = keys(words);
		boolean verbatim = keys(sentenceWords).contains(quoted);
		boolean marked = spanB.exact().matches("(?s).*[\"“”«»].*");
		if (verbatim && marked) {
			// The extraction missed the quote in B; the words and the quote marks are there.
			return;
		}
		WordDiff diff = WordDiff.of(words, sentenceWords);
		findings.add(new Finding(FindingKind.QUOTE, verbatim ? Severity.LOW : Severity.MEDIUM,
				List.of(span(quote), spanB),
				verbatim ? "Words quoted in " + a.id() + " appear without quote marks in " + b.id() + "."
						: "A quote in " + a.id() + " is paraphrased without quote marks in " + b.id() + ".",
				diff.render(a.text(), quote.start(), quote.end(), b.text()),
				Fingerprints.of(FindingKind.QUOTE, List.of(quote.exact(), spanB.exact()))));
	}

	private static double containment(List<Token> x, List<Token> y) {
		Set<String> stemsX = contentStems(x);
		Set<String> stemsY = contentStems(y);
		if (stemsX.isEmpty() || stemsY.isEmpty()) {
			return 0;
		}
		long shared = stemsX.stream().filter(stemsY::contains).count();
		return (double) shared / Math.min(stemsX.size(), stemsY.size());
	}

	private static double jaccard(List<Token> x, List<Token> y) {
		Set<String> stemsX = contentStems(x);
		Set<String> stemsY = contentStems(y);
		Set<String> union = new HashSet<>(stemsX);
		union.addAll(stemsY);
		long shared = stemsX.stream().filter(stemsY::contains).count();
		return union.isEmpty() ? 0 : (double) shared / union.size();
	}

	private static Set<String> contentStems(List<Token> tokens) {
		Set<String> stems = new HashSet<>();
		for (Token token : tokens) {
			if (!token.stopWord()) {
				stems.add(token.stem());
			}
		}
		return stems;
	}

	private static String keys(List<Token> tokens) {
		return " " + tokens.stream().map(Token::key).collect(Collectors.joining(" ")) + " ";
	}

	private static String quoteText(Fact quote) {
		return quote.value() != null ? quote.value() : quote.exact();
	}

	private static Span tight(AnalysedSource source, Span sentence, List<Change> changes, boolean sideA) {
		int start = Integer.MAX_VALUE;
		int end = -1;
		for (Change change : changes) {
			for (Token token : sideA ? change.removed() : change.added()) {
				start = Math.min(start, token.start());
				end = Math.max(end, token.end());
			}
		}
		if (end < 0) {
			return sentence;
		}
		return new Span(source.id(), start, end, source.text().substring(start, end));
	}

	private static String describe(List<Change> changes) {
		return changes.stream().map(Change::describe).collect(Collectors.joining("; "));
	}

	private static void addRanges(List<Fact> facts, List<int[]> ranges) {
		facts.forEach(f -> ranges.add(new int[] { f.start(), f.end() }));
	}

	static Span span(Fact fact) {
		return new Span(fact.sourceId(), fact.start(), fact.end(), fact.exact());
	}

}
