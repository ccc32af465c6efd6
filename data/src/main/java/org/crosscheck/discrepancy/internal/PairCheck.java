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
import org.crosscheck.discrepancy.SentenceLink;
import org.crosscheck.discrepancy.Severity;
import org.crosscheck.discrepancy.Span;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;

/**
 * Compares two sources: aligns them, then raises wording, number, date, quote and
 * attribution findings.
 */
final class PairCheck {

	/**
	 * Share of a sentence's weight found in the other source from which it does not count
	 * as missing there.
	 */
	static final double COVERED = 0.6;

	/**
	 * How much heavier than its counterpart a sentence must be to count as two sentences
	 * merged.
	 */
	private static final double MERGED = 1.3;

	/**
	 * Share of a quote's content words from which two quotes (or a quote and a sentence)
	 * are the same words.
	 */
	private static final double SAME_QUOTE = 0.5;

	private static final double PARAPHRASED_QUOTE = 0.6;

	/**
	 * Cosine of their meaning from which two sentences of independent reports tell the
	 * same thing: their facts are then compared (all-MiniLM-L6-v2 gives 0.6-0.9 for news
	 * sentences retold in other words, but 0.6-0.7 for two statements about one scene,
	 * "closed for the rest of Sunday" and "will reopen on Wednesday"; mostly below 0.45
	 * for other sentences of the same story).
	 */
	static final double SAME_MEANING = 0.7;

	/**
	 * Cosine from which a sentence counts as told by the other report (a passage is
	 * omitted only below it).
	 */
	static final double TOLD_IN_OTHER_WORDS = 0.6;

	/**
	 * Share of the shorter source's sentences aligned word for word from which two
	 * sources are versions of one text.
	 */
	static final double COPY_COVERAGE = 0.6;

	/**
	 * Similarity from which an aligned sentence is the other's word for word, save an
	 * edit or two.
	 */
	static final double VERBATIM = 0.8;

	/**
	 * Sentences shorter than this are not compared by meaning (datelines, sub-headings,
	 * "Read more").
	 */
	private static final int MIN_MEANING_WORDS = 6;

	/**
	 * What comparing two sources gives.
	 *
	 * @param copy true when they share enough sentences word for word to be versions of
	 * one text; false for two independent reports of one story
	 * @param money the pairs of amounts that stand in sentences telling the same thing:
	 * the check judges them once it knows every report of the story, so that a figure
	 * that three reports give differently is one finding
	 * @param dates the pairs of resolved dates of one role in sentences telling the same
	 * thing, judged the same way
	 * @param links the matched sentence pairs (only when asked for)
	 * @param matched the indexes of the matched sentences of independent reports, A's in
	 * the high half of each number and B's in the low (empty for copies)
	 */
	record Outcome(AnalysedSource a, AnalysedSource b, AlignmentSummary alignment, List<Finding> findings,
			List<Confirmation> confirmations, boolean[] coveredA, boolean[] coveredB, boolean copy,
			List<FactPair> money, List<FactPair> dates, List<SentenceLink> links, long[] matched) {
	}

	/**
	 * Two amounts, or two dates, of sentences that tell the same thing.
	 *
	 * @param sentenceX the sentence of {@code x}
	 * @param sentenceY the sentence of {@code y}
	 * @param finding the finding the two raise when they are different amounts or dates
	 * that cannot both be true (made here, where the sentences are at hand), or null when
	 * they agree
	 */
	record FactPair(Fact x, Fact y, Span sentenceX, Span sentenceY, Finding finding) {
	}

	private final Aligner aligner;

	private final FeatureWeights weights;

	PairCheck(FeatureWeights weights) {
		this.aligner = new Aligner(weights);
		this.weights = weights;
	}

	/**
	 * Compares two sources of one story ({@code sameStory}), or two that share enough
	 * sentences word for word ({@code storyCoverage} of the shorter one, two at least);
	 * otherwise null. Sentences aligned by their words are diffed; those the words leave
	 * unmatched are matched by meaning, and only their facts are compared. Two sources
	 * that share most sentences ({@link #COPY_COVERAGE}) are versions of one text, the
	 * others independent reports.
	 */
	Outcome compare(AnalysedSource a, AnalysedSource b, double storyCoverage, boolean sameStory, boolean keepLinks) {
		Aligner.Result result = aligner.align(a, b);
		int shorter = Math.min(a.sentences().size(), b.sentences().size());
		boolean sharesText = result.matches().size() >= 2 && result.matches().size() >= storyCoverage * shorter;
		if (!sharesText && !sameStory) {
			return null;
		}
		// Versions of one text share most of their sentences; reports that share a few (a
		// quote, a stock sentence)
		// are still independent reports.
		// Reports told from one template of the same facts align too, sentence by
		// sentence in other words: a copy's
		// sentences are mostly word for word the same.
		long verbatim = result.matches().stream().filter(m -> m.score() >= VERBATIM).count();
		boolean copy = result.matches().size() >= COPY_COVERAGE * shorter && result.matches().size() >= 2
				&& verbatim * 2 >= result.matches().size();
		List<Finding> findings = new ArrayList<>();
		List<Confirmation> confirmations = new ArrayList<>();
		List<FactPair> money = new ArrayList<>();
		List<FactPair> dates = new ArrayList<>();
		List<SentenceLink> links = new ArrayList<>();
		List<Long> matched = new ArrayList<>();
		boolean[] coveredA = new boolean[a.sentences().size()];
		boolean[] coveredB = new boolean[b.sentences().size()];
		covered(result, coveredA, coveredB);
		for (Aligner.Match match : result.matches()) {
			compareSentences(a, match.a(), b, match.b(), copy, findings, money, dates);
			matched.add((long) match.a() << 32 | match.b());
			if (keepLinks) {
				links.add(link(a, match.a(), b, match.b(), match.score(), false));
			}
		}
		int aligned = result.matches().size();
		// What words left unmatched may still be told in other words (in a copy, that is
		// seldom more than a sentence).
		for (Aligner.Match match : byMeaning(a, b, coveredA, coveredB)) {
			compareMeaning(a, match.a(), b, match.b(), money, dates);
			matched.add((long) match.a() << 32 | match.b());
			if (keepLinks) {
				links.add(link(a, match.a(), b, match.b(), match.score(), true));
			}
			aligned++;
		}
		compareQuotes(a, b, findings, confirmations, true);
		// The mirror pass only looks for B's quotes paraphrased in A; matched pairs were
		// reported above.
		compareQuotes(b, a, findings, confirmations, false);
		AlignmentSummary alignment = new AlignmentSummary(a.id(), b.id(), aligned, a.sentences().size(),
				b.sentences().size());
		return new Outcome(a, b, alignment, findings, confirmations, coveredA, coveredB, copy, money, dates, links,
				copy ? new long[0] : matched.stream().mapToLong(Long::longValue).toArray());
	}

	/**
	 * The sentences of two independent reports that tell the same thing in other words:
	 * among those that neither the alignment nor a cover matched, the pairs whose meaning
	 * vectors are closest, one to one, above {@link #SAME_MEANING}; their facts are
	 * compared. A sentence whose meaning is close to any sentence of the other report
	 * ({@link #TOLD_IN_OTHER_WORDS}) is covered by it, one to one or not (one report
	 * packs into one sentence what the other tells in two). Only texts that read as
	 * English are compared by meaning.
	 */
	private static List<Aligner.Match> byMeaning(AnalysedSource a, AnalysedSource b, boolean[] coveredA,
			boolean[] coveredB) {
		if (!a.english() || !b.english()) {
			return List.of();
		}
		List<Integer> wantA = open(a, coveredA);
		List<Integer> wantB = open(b, coveredB);
		if (wantA.isEmpty() || wantB.isEmpty()) {
			return List.of();
		}
		byte[][] meaningA = a.meaning(wantA);
		byte[][] meaningB = b.meaning(wantB);
		List<Aligner.Match> scored = new ArrayList<>();
		for (int i : wantA) {
			for (int j : wantB) {
				double cosine = org.crosscheck.text.SentenceEmbeddings.cosine(meaningA[i], meaningB[j]);
				if (cosine >= TOLD_IN_OTHER_WORDS) {
					coveredA[i] = true;
					coveredB[j] = true;
				}
				if (cosine >= SAME_MEANING) {
					scored.add(new Aligner.Match(i, j, cosine));
				}
			}
		}
		return Aligner.oneToOne(scored, a.sentences().size(), b.sentences().size());
	}

	/**
	 * The sentences not yet covered that are long enough to be told in other words (and
	 * to be listed as omitted).
	 */
	private static List<Integer> open(AnalysedSource source, boolean[] covered) {
		List<Integer> open = new ArrayList<>();
		for (AnalysedSentence sentence : source.sentences()) {
			if (!covered[sentence.index()] && sentence.words() >= MIN_MEANING_WORDS) {
				open.add(sentence.index());
			}
		}
		return open;
	}

	private static SentenceLink link(AnalysedSource a, int i, AnalysedSource b, int j, double score,
			boolean byMeaning) {
		AnalysedSentence x = a.sentences().get(i);
		AnalysedSentence y = b.sentences().get(j);
		return new SentenceLink(a.id(), x.start(), x.end(), b.id(), y.start(), y.end(), score, byMeaning);
	}

	/**
	 * Two sentences that tell the same thing in other words: their amounts and dates are
	 * compared, not their words.
	 */
	private static void compareMeaning(AnalysedSource a, int i, AnalysedSource b, int j, List<FactPair> money,
			List<FactPair> dates) {
		Span spanA = Aligner.span(a, i);
		Span spanB = Aligner.span(b, j);
		compareFacts(a.text(), b.text(), FindingKind.NUMBER, a.facts(FactKind.MONEY, i), b.facts(FactKind.MONEY, j),
				spanA, spanB, "", money);
		compareFacts(a.text(), b.text(), FindingKind.DATE, resolved(a.facts(FactKind.DATE, i)),
				resolved(b.facts(FactKind.DATE, j)), spanA, spanB, "", dates);
	}

	/**
	 * Marks the sentences the other source tells: aligned ones, and those whose words
	 * mostly stand in a sentence of the other source that is either unaligned or clearly
	 * longer than its own counterpart (it merges two sentences). A sentence that only
	 * resembles the counterpart of another sentence is not covered: that is a dropped
	 * sentence.
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

	/**
	 * Changes of wording raised between independent reports: each outlet picks its own
	 * verbs and adverbs ("approved" or "voted", "rose" or "climbed"), so only a negation,
	 * a hedge or another name tells something else.
	 */
	private static final java.util.Set<ChangeKind> RETOLD_WORDING = java.util.EnumSet.of(ChangeKind.NAME,
			ChangeKind.HEDGE, ChangeKind.NEGATION);

	private void compareSentences(AnalysedSource a, int i, AnalysedSource b, int j, boolean copy,
			List<Finding> findings, List<FactPair> money, List<FactPair> dates) {
		WordDiff diff = WordDiff.of(a.tokens(i), b.tokens(j));
		if (diff.changes().stream().allMatch(c -> c.kind() == ChangeKind.TRIVIAL)) {
			return;
		}
		Span spanA = Aligner.span(a, i);
		Span spanB = Aligner.span(b, j);
		String rendered = diff.render(a.text(), spanA.start(), spanA.end(), b.text());
		List<int[]> leftToOthersA = new ArrayList<>();
		List<int[]> leftToOthersB = new ArrayList<>();
		// Quoted words are the quote check's; resolved or not, dates are the date
		// check's.
		addRanges(a.facts(FactKind.QUOTE, i), leftToOthersA);
		addRanges(b.facts(FactKind.QUOTE, j), leftToOthersB);
		addRanges(a.facts(FactKind.DATE, i), leftToOthersA);
		addRanges(b.facts(FactKind.DATE, j), leftToOthersB);
		if (compareFacts(a.text(), b.text(), FindingKind.NUMBER, a.facts(FactKind.MONEY, i), b.facts(FactKind.MONEY, j),
				spanA, spanB, rendered, money)) {
			addRanges(a.facts(FactKind.MONEY, i), leftToOthersA);
			addRanges(b.facts(FactKind.MONEY, j), leftToOthersB);
		}
		compareFacts(a.text(), b.text(), FindingKind.DATE, resolved(a.facts(FactKind.DATE, i)),
				resolved(b.facts(FactKind.DATE, j)), spanA, spanB, rendered, dates);
		List<Change> numbers = new ArrayList<>();
		List<Change> wording = new ArrayList<>();
		for (Change change : diff.meaningful()) {
			if (change.touches(leftToOthersA, leftToOthersB)) {
				continue;
			}
			if (change.kind() == ChangeKind.NUMBER) {
				numbers.add(change);
			}
			else if (copy || RETOLD_WORDING.contains(change.kind())) {
				wording.add(change);
			}
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
	 * Compares the money or date facts of two aligned sentences, paired in order when
	 * both have as many; returns true when it could compare them (then the word diff
	 * leaves their words alone). The pairs, with the finding each raises on its own, go
	 * to {@code pairs}, for the check to judge across the whole story.
	 */
	private static boolean compareFacts(String textA, String textB, FindingKind kind, List<Fact> factsA,
			List<Fact> factsB, Span sentenceA, Span sentenceB, String rendered, List<FactPair> pairs) {
		if (factsA.isEmpty() || factsA.size() != factsB.size()) {
			return false;
		}
		for (int k = 0; k < factsA.size(); k++) {
			Fact x = factsA.get(k);
			Fact y = factsB.get(k);
			if (kind == FindingKind.DATE && !sameRole(textA, x, textB, y)) {
				// "will reopen on Wednesday" and "closed for the rest of Sunday": two
				// dates of one scene, not one.
				continue;
			}
			boolean same = kind == FindingKind.DATE ? compatibleDates(x.value(), y.value())
					: normalisedValue(x.value()).equals(normalisedValue(y.value()));
			Finding finding = null;
			if (!same) {
				String what = kind == FindingKind.DATE ? "dates" : "amounts";
				finding = new Finding(kind, kind == FindingKind.DATE ? Severity.MEDIUM : Severity.HIGH,
						List.of(span(x), span(y)),
						"The " + what + " differ for the same statement: '" + x.exact() + "' (" + x.value()
								+ ") against '" + y.exact() + "' (" + y.value() + ").",
						rendered, Fingerprints.of(kind,
								List.of(sentenceA.exact() + " " + x.value(), sentenceB.exact() + " " + y.value())));
			}
			pairs.add(new FactPair(x, y, sentenceA, sentenceB, finding));
		}
		return true;
	}

	/** Characters either side of a date whose words say what the date is of. */
	private static final int ROLE_WINDOW = 30;

	/**
	 * True when two dates stand among some of the same words (what happened on them): the
	 * one changed date of a copy always does; two dates of one scene told differently
	 * ("reopen on Wednesday", "the rest of Sunday") do not.
	 */
	static boolean sameRole(String textA, Fact x, String textB, Fact y) {
		Set<String> around = role(textA, x);
		if (around.isEmpty()) {
			return true;
		}
		Set<String> other = role(textB, y);
		return other.isEmpty() || other.stream().anyMatch(around::contains);
	}

	private static Set<String> role(String text, Fact fact) {
		Set<String> stems = new HashSet<>();
		Lexicon lexicon = Lexicon.get();
		int from = Math.max(0, fact.start() - ROLE_WINDOW);
		int to = Math.min(text.length(), fact.end() + ROLE_WINDOW);
		for (int[] range : new int[][] { { from, fact.start() }, { fact.end(), to } }) {
			for (Token token : Tokenizer.tokens(text, range[0], range[1])) {
				if (!token.stopWord() && !Character.isDigit(token.surface().charAt(0))
						&& !lexicon.isTemporal(token.key(), token.surface())) {
					stems.add(token.stem());
				}
			}
		}
		return stems;
	}

	private static String normalisedValue(String value) {
		return value == null ? "" : value.strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
	}

	/**
	 * Two resolved dates agree when they are equal or one is a less precise form of the
	 * other: "2025-09/MONTH" and "2025-09-17/DAY" agree, "2025-09" and "2025-10" do not.
	 */
	static boolean compatibleDates(String first, String second) {
		String x = datePart(first);
		String y = datePart(second);
		return x.equals(y) || x.startsWith(y) || y.startsWith(x);
	}

	/**
	 * A resolved date without its precision: "2025-09-05..2025-09-05" of
	 * "2025-09-05..2025-09-05/DAY".
	 */
	static String datePart(String value) {
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

	/**
	 * A quote of A whose words stand in a sentence of B outside any quote of B: quoted in
	 * one, paraphrased in the other.
	 */
	private void reportParaphrase(AnalysedSource a, Fact quote, List<Token> words, AnalysedSource b,
			List<Finding> findings) {
		Set<String> quoteStems = contentStems(words);
		if (quoteStems.size() < 4) {
			return;
		}
		// The sentences' stems are at hand, numbered: no need to tokenise every sentence
		// of B for every quote.
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
			// The extraction missed the quote in B; the words and the quote marks are
			// there.
			return;
		}
		WordDiff diff = WordDiff.of(words, sentenceWords);
		findings
			.add(new Finding(FindingKind.QUOTE, verbatim ? Severity.LOW : Severity.MEDIUM, List.of(span(quote), spanB),
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
