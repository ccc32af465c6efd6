package org.crosscheck.discrepancy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.crosscheck.discrepancy.AlignmentSummary;
import org.crosscheck.discrepancy.CheckResult;
import org.crosscheck.discrepancy.ComparedSource;
import org.crosscheck.discrepancy.Confirmation;
import org.crosscheck.discrepancy.Fact;
import org.crosscheck.discrepancy.FactKind;
import org.crosscheck.discrepancy.Finding;
import org.crosscheck.discrepancy.SentenceLink;
import org.crosscheck.discrepancy.FindingKind;
import org.crosscheck.discrepancy.Severity;
import org.crosscheck.discrepancy.Span;

/**
 * Checks a set of sources, two or thousands: the candidate index proposes the pairs of
 * sources that share sentences, each pair is aligned and compared, and per source the
 * facts its story partners lack become one omission finding.
 */
public final class DiscrepancyChecker {

	/**
	 * Default share of the shorter source's sentences two sources must align to count as
	 * telling one story.
	 */
	public static final double STORY_COVERAGE = 0.25;

	/**
	 * A passage with fewer words is not worth listing as omitted (sub-headings,
	 * datelines).
	 */
	private static final int MIN_OMITTED_WORDS = 6;

	/**
	 * A whole unaligned paragraph with this many words is listed even without names or
	 * figures.
	 */
	private static final int SUBSTANTIAL_PARAGRAPH_WORDS = 10;

	private final int maxPostings;

	private final double storyCoverage;

	private final boolean onePerFingerprint;

	private final boolean keepLinks;

	private final Map<String, String> pins;

	public DiscrepancyChecker() {
		this(CandidateIndex.MAX_POSTINGS, STORY_COVERAGE);
	}

	/**
	 * @param maxPostings shingles in more sentences than this do not propose candidates
	 * (see {@link CandidateIndex})
	 * @param storyCoverage share of sentences aligned word for word from which two
	 * sources are versions of one text (diffed sentence by sentence); two sources of one
	 * story below it are independent reports
	 */
	public DiscrepancyChecker(int maxPostings, double storyCoverage) {
		this(maxPostings, storyCoverage, false, false, Map.of());
	}

	private DiscrepancyChecker(int maxPostings, double storyCoverage, boolean onePerFingerprint, boolean keepLinks,
			Map<String, String> pins) {
		this.maxPostings = maxPostings;
		this.storyCoverage = storyCoverage;
		this.onePerFingerprint = onePerFingerprint;
		this.keepLinks = keepLinks;
		this.pins = Map.copyOf(pins);
	}

	/**
	 * This checker, keeping one finding (and one confirmation) per fingerprint: the first
	 * in the result's order, the one a store that skips known fingerprints would keep.
	 * The repeats are only counted, so that a large dataset's repeated findings are not
	 * held until the end.
	 */
	public DiscrepancyChecker onePerFingerprint() {
		return new DiscrepancyChecker(maxPostings, storyCoverage, true, keepLinks, pins);
	}

	/**
	 * This checker, keeping every matched sentence pair in {@link CheckResult#links()}
	 * (for measuring alignment).
	 */
	public DiscrepancyChecker withLinks() {
		return new DiscrepancyChecker(maxPostings, storyCoverage, onePerFingerprint, true, pins);
	}

	/**
	 * This checker, with the stories a person decided: sources (by id) mapped to the same
	 * key form one story, whatever their words, and are never grouped with others by the
	 * check.
	 */
	public DiscrepancyChecker withPins(Map<String, String> pins) {
		return new DiscrepancyChecker(maxPostings, storyCoverage, onePerFingerprint, keepLinks, pins);
	}

	/** Checks {@code sources} against each other. */
	public CheckResult check(List<ComparedSource> sources) {
		CandidateIndex index = new CandidateIndex(maxPostings);
		index.addAll(sources);
		return checkAndRelease(index);
	}

	/**
	 * Checks all sources of {@code index} against each other; the index may have been
	 * filled incrementally.
	 */
	public CheckResult check(CandidateIndex index) {
		return check(index, false);
	}

	/**
	 * Checks all sources of {@code index} against each other, and has the index let go of
	 * each source (its text, facts and features) as soon as every pair it is in has been
	 * compared: when nothing else holds them, a dataset's sources leave memory as the
	 * check goes, while its findings come in. The index is of no use afterwards.
	 */
	public CheckResult checkAndRelease(CandidateIndex index) {
		return check(index, true);
	}

	private CheckResult check(CandidateIndex index, boolean release) {
		int size = index.size();
		long embeddedBefore = org.crosscheck.text.SentenceEmbeddings.embedded();
		long cutBefore = org.crosscheck.text.SentenceEmbeddings.cut();
		// A source's omissions are known once the last source with its id has been
		// compared with its later partners.
		Map<String, Integer> last = new HashMap<>();
		Map<Integer, String> pinned = new HashMap<>();
		for (int ordinal = 0; ordinal < size; ordinal++) {
			String id = index.source(ordinal).id();
			last.put(id, ordinal);
			if (pins.containsKey(id)) {
				pinned.put(ordinal, pins.get(id));
			}
		}
		// First the stories, from the sources' telling words and the sentences they
		// share; then each source is
		// compared with the later sources of its story that share sentences with it or
		// are most like it.
		List<List<CandidateIndex.Candidate>> copies = IntStream.range(0, size)
			.parallel()
			.mapToObj(ordinal -> index.candidates(ordinal, false))
			.toList();
		StoryGrouper.Grouping grouping = StoryGrouper.group(index, pinned);
		List<int[]> later = later(copies, grouping);
		PairCheck pairCheck = new PairCheck(index);
		Raised raised = new Raised(onePerFingerprint);
		MoneyBook money = new MoneyBook(ExchangeRates.get());
		CountBook counts = new CountBook();
		DateBook dates = new DateBook();
		List<AlignmentSummary> alignments = new ArrayList<>();
		List<SentenceLink> links = new ArrayList<>();
		Map<String, List<Partner>> partners = new HashMap<>();
		Set<String> notEnglish = new java.util.TreeSet<>();
		long pairs = 0;
		long sentencePairs = 0;
		// A chunk of sources at a time, each with the later sources it is to be compared
		// with: what a pair raises is
		// taken in at once, so that no list of every pair or every comparison's outcome
		// is held. A source of the chunk
		// is then never compared again: its omissions are raised and, with release, its
		// text and features let go.
		for (int from = 0; from < size; from += CHUNK) {
			int to = Math.min(size, from + CHUNK);
			List<Compared> chunk = IntStream.range(from, to)
				.parallel()
				.mapToObj(ordinal -> compareWithLater(index, pairCheck, grouping, ordinal, later.get(ordinal),
						copies.get(ordinal)))
				.toList();
			for (Compared compared : chunk) {
				// Versions of one text are one story, even when their telling words did
				// not say so.
				compared.joined().forEach(pair -> grouping.join(pair[0], pair[1]));
				pairs += compared.pairs();
				sentencePairs += compared.sentencePairs();
				for (PairCheck.Outcome outcome : compared.outcomes()) {
					alignments.add(outcome.alignment());
					links.addAll(outcome.links());
					outcome.findings().forEach(raised::add);
					outcome.confirmations().forEach(raised::add);
					money.add(outcome);
					counts.add(outcome);
					dates.add(outcome);
					partners.computeIfAbsent(outcome.a().id(), k -> new ArrayList<>())
						.add(new Partner(outcome.a(), outcome.b().id(), outcome.coveredA(), outcome.copy()));
					partners.computeIfAbsent(outcome.b().id(), k -> new ArrayList<>())
						.add(new Partner(outcome.b(), outcome.a().id(), outcome.coveredB(), outcome.copy()));
				}
			}
			List<List<Partner>> done = new ArrayList<>();
			for (int ordinal = from; ordinal < to; ordinal++) {
				AnalysedSource source = index.source(ordinal);
				if (partners.containsKey(source.id())) {
					// A source compared with none has no amount to be one figure with.
					money.read(source, ordinal);
					counts.read(source, ordinal);
				}
				if (!source.english() && partners.containsKey(source.id())) {
					notEnglish.add(source.id());
				}
				String id = source.id();
				if (last.get(id) == ordinal && partners.containsKey(id)) {
					done.add(partners.remove(id));
				}
			}
			done.parallelStream()
				.map(DiscrepancyChecker::omissions)
				.toList()
				.forEach(omission -> omission.ifPresent(raised::add));
			for (int ordinal = from; release && ordinal < to; ordinal++) {
				index.release(ordinal);
			}
		}
		money.findings(grouping::storyOf).forEach(raised::add);
		counts.findings(grouping::storyOf).forEach(raised::add);
		dates.findings().forEach(raised::add);
		List<List<String>> stories = stories(grouping, last);
		List<String> notes = new ArrayList<>();
		long alone = stories.stream().filter(story -> story.size() == 1).count();
		if (alone > 0 && size > 1) {
			notes.add(alone + (alone == 1 ? " source tells a story" : " sources tell stories")
					+ " that no other source tells: nothing to compare " + (alone == 1 ? "it" : "them") + " with.");
		}
		if (!notEnglish.isEmpty()) {
			notes.add("Not compared by meaning, since the sentence model reads English only (compared by words): "
					+ abbreviateList(notEnglish) + ".");
		}
		long cut = org.crosscheck.text.SentenceEmbeddings.cut() - cutBefore;
		if (cut > 0) {
			notes.add(cut + (cut == 1 ? " sentence was" : " sentences were")
					+ " longer than the sentence model reads: compared by meaning on their beginning.");
		}
		return new CheckResult(raised.findings(), raised.confirmations(), alignments, pairs, sentencePairs,
				raised.repeats(), stories, links, org.crosscheck.text.SentenceEmbeddings.embedded() - embeddedBefore,
				notes);
	}

	/**
	 * For each ordinal, the later sources of its story to compare it with: those sharing
	 * sentences with it and its most alike story partners (either way round), each pair
	 * once.
	 */
	private static List<int[]> later(List<List<CandidateIndex.Candidate>> copies, StoryGrouper.Grouping grouping) {
		int size = copies.size();
		List<Set<Integer>> later = new ArrayList<>(size);
		for (int ordinal = 0; ordinal < size; ordinal++) {
			later.add(new java.util.TreeSet<>());
		}
		for (int ordinal = 0; ordinal < size; ordinal++) {
			for (CandidateIndex.Candidate copy : copies.get(ordinal)) {
				if (copy.ordinal() > ordinal) {
					later.get(ordinal).add(copy.ordinal());
				}
			}
			for (int partner : grouping.partners().get(ordinal)) {
				if (grouping.storyOf(partner) == grouping.storyOf(ordinal)) {
					later.get(Math.min(ordinal, partner)).add(Math.max(ordinal, partner));
				}
			}
		}
		return later.stream().map(set -> set.stream().mapToInt(Integer::intValue).toArray()).toList();
	}

	/** The source ids of each story, stories in the order of their first source. */
	private static List<List<String>> stories(StoryGrouper.Grouping grouping, Map<String, Integer> last) {
		Map<Integer, List<String>> stories = new java.util.LinkedHashMap<>();
		Set<String> placed = new HashSet<>();
		for (Map.Entry<String, Integer> entry : last.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue())
			.toList()) {
			if (placed.add(entry.getKey())) {
				stories.computeIfAbsent(grouping.storyOf(entry.getValue()), s -> new ArrayList<>()).add(entry.getKey());
			}
		}
		return stories.values().stream().map(List::copyOf).toList();
	}

	private static String abbreviateList(Set<String> ids) {
		List<String> shown = ids.stream().limit(5).toList();
		return String.join(", ", shown)
				+ (ids.size() > shown.size() ? " and " + (ids.size() - shown.size()) + " more" : "");
	}

	/**
	 * Sources checked per round: enough to keep both cores busy, few enough that a
	 * round's outcomes stay small.
	 */
	private static final int CHUNK = 256;

	/**
	 * What comparing one source with the later sources it was to be compared with gave,
	 * and the pairs of ordinals found to be versions of one text though grouped into two
	 * stories.
	 */
	private record Compared(int pairs, long sentencePairs, List<PairCheck.Outcome> outcomes, List<int[]> joined) {
	}

	/**
	 * Compares source {@code ordinal} with the later sources of its story, and with the
	 * later sources sharing sentences with it in another story: those only when they turn
	 * out versions of one text.
	 */
	private Compared compareWithLater(CandidateIndex index, PairCheck pairCheck, StoryGrouper.Grouping grouping,
			int ordinal, int[] later, List<CandidateIndex.Candidate> copies) {
		long sentencePairs = 0;
		for (CandidateIndex.Candidate copy : copies) {
			if (copy.ordinal() > ordinal) {
				sentencePairs += copy.sentencePairs();
			}
		}
		List<PairCheck.Outcome> outcomes = new ArrayList<>();
		List<int[]> joined = new ArrayList<>();
		for (int other : later) {
			boolean sameStory = grouping.storyOf(ordinal) == grouping.storyOf(other);
			if (!sameStory && StoryGrouper.otherActors(grouping.actors().get(ordinal), grouping.actors().get(other))) {
				continue;
			}
			PairCheck.Outcome outcome = pairCheck.compare(index.source(ordinal), index.source(other), storyCoverage,
					sameStory, keepLinks);
			// Two sources of two stories are compared only when they turn out versions of
			// one text: then they are one
			// story. Sharing a stock sentence or two does not make two stories one, and
			// their facts are not compared.
			if (outcome != null && (sameStory || outcome.copy())) {
				outcomes.add(outcome);
				if (!sameStory) {
					joined.add(new int[] { ordinal, other });
				}
			}
		}
		return new Compared(later.length, sentencePairs, outcomes, joined);
	}

	/** Most severe first, then by kind, source and place. */
	private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity, Comparator.reverseOrder())
		.thenComparing(Finding::kind)
		.thenComparing(f -> f.spans().getFirst().sourceId())
		.thenComparingInt(f -> f.spans().getFirst().start());

	/**
	 * The findings and confirmations as they are raised. With {@code onePerFingerprint},
	 * a finding whose fingerprint an earlier one has is not kept but counted (a
	 * confirmation is just not kept): the same words differing in several pairs are one
	 * discrepancy to store. What stays is exactly the first of each fingerprint in the
	 * result's order (the most severe, then the first raised), so keeping all and
	 * dropping repeats afterwards would give the same.
	 */
	private static final class Raised {

		private record Ranked(Finding finding, long raised) {
		}

		private final boolean onePerFingerprint;

		private final List<Ranked> findings = new ArrayList<>();

		private final Map<String, Integer> findingAt = new HashMap<>();

		private final List<Confirmation> confirmations = new ArrayList<>();

		private final Set<String> confirmed = new HashSet<>();

		private long count;

		private int repeats;

		Raised(boolean onePerFingerprint) {
			this.onePerFingerprint = onePerFingerprint;
		}

		void add(Finding finding) {
			Ranked ranked = new Ranked(finding, count++);
			if (!onePerFingerprint) {
				findings.add(ranked);
				return;
			}
			Integer at = findingAt.putIfAbsent(finding.fingerprint(), findings.size());
			if (at == null) {
				findings.add(ranked);
				return;
			}
			repeats++;
			if (ORDER.compare(finding, findings.get(at).finding()) < 0) {
				findings.set(at, ranked);
			}
		}

		void add(Confirmation confirmation) {
			if (!onePerFingerprint || confirmed.add(confirmation.fingerprint())) {
				confirmations.add(confirmation);
			}
		}

		List<Finding> findings() {
			findings.sort(Comparator.comparing(Ranked::finding, ORDER).thenComparingLong(Ranked::raised));
			return findings.stream().map(Ranked::finding).toList();
		}

		List<Confirmation> confirmations() {
			return confirmations;
		}

		int repeats() {
			return repeats;
		}

	}

	/**
	 * One source's partner in telling the story, which of the source's sentences the
	 * partner covers, and whether the partner is a version of the same text (a copy) or
	 * an independent report.
	 */
	private record Partner(AnalysedSource source, String partnerId, boolean[] covered, boolean copy) {
	}

	/**
	 * The passages of one source that at least one of its story partners lacks, as one
	 * finding.
	 */
	private static java.util.Optional<Finding> omissions(List<Partner> partners) {
		AnalysedSource source = partners.getFirst().source();
		List<AnalysedSentence> sentences = source.sentences();
		List<Set<String>> missingFrom = new ArrayList<>();
		// A version of the same text that lacks a passage has cut it; an independent
		// report tells what it chooses, so a
		// passage counts as missing from reports only when no report of the story tells
		// it, in any words.
		for (AnalysedSentence sentence : sentences) {
			Set<String> lacking = new LinkedHashSet<>();
			Set<String> reportsLacking = new LinkedHashSet<>();
			boolean told = false;
			for (Partner partner : partners) {
				boolean covered = partner.covered()[sentence.index()];
				told |= covered;
				if (!covered) {
					(partner.copy() ? lacking : reportsLacking).add(partner.partnerId());
				}
			}
			if (!told) {
				lacking.addAll(reportsLacking);
			}
			missingFrom.add(lacking);
		}
		boolean hasFacts = source.facts().stream().anyMatch(f -> f.kind() != FactKind.QUOTE);
		boolean[] listed = new boolean[sentences.size()];
		for (AnalysedSentence sentence : sentences) {
			if (missingFrom.get(sentence.index()).isEmpty() || sentence.words() < MIN_OMITTED_WORDS) {
				continue;
			}
			boolean factual = hasFacts ? hasFact(source, sentence) : sentence.namesOrNumbers();
			listed[sentence.index()] = factual || wholeParagraphMissing(sentences, missingFrom, sentence.paragraph());
		}
		List<Span> spans = new ArrayList<>();
		Set<String> lacking = new LinkedHashSet<>();
		boolean figures = false;
		for (int i = 0; i < sentences.size(); i++) {
			if (!listed[i]) {
				continue;
			}
			int j = i;
			while (j + 1 < sentences.size() && listed[j + 1]
					&& sentences.get(j + 1).paragraph() == sentences.get(i).paragraph()) {
				j++;
			}
			int start = sentences.get(i).start();
			int end = sentences.get(j).end();
			spans.add(new Span(source.id(), start, end, source.text().substring(start, end)));
			for (int k = i; k <= j; k++) {
				lacking.addAll(missingFrom.get(k));
				figures |= source.facts(FactKind.MONEY, k).size() + source.facts(FactKind.DATE, k).size() > 0
						|| (!hasFacts && sentences.get(k).namesOrNumbers());
			}
			i = j;
		}
		if (spans.isEmpty()) {
			return java.util.Optional.empty();
		}
		StringBuilder summary = new StringBuilder();
		summary.append(spans.size())
			.append(spans.size() == 1 ? " passage of " : " passages of ")
			.append(source.id())
			.append(" stand in no other version (missing from ")
			.append(String.join(", ", lacking))
			.append("): ");
		for (int k = 0; k < spans.size(); k++) {
			summary.append(k == 0 ? "" : "; ").append('"').append(abbreviate(spans.get(k).exact())).append('"');
		}
		summary.append('.');
		List<String> passages = spans.stream().map(Span::exact).toList();
		return java.util.Optional.of(new Finding(FindingKind.OMISSION, figures ? Severity.MEDIUM : Severity.LOW, spans,
				summary.toString(), "", Fingerprints.of(FindingKind.OMISSION, passages)));
	}

	private static boolean hasFact(AnalysedSource source, AnalysedSentence sentence) {
		for (Fact fact : source.facts()) {
			if (fact.kind() != FactKind.QUOTE && fact.overlaps(sentence.start(), sentence.end())) {
				return true;
			}
		}
		return false;
	}

	private static boolean wholeParagraphMissing(List<AnalysedSentence> sentences, List<Set<String>> missingFrom,
			int paragraph) {
		int words = 0;
		for (AnalysedSentence sentence : sentences) {
			if (sentence.paragraph() == paragraph) {
				if (missingFrom.get(sentence.index()).isEmpty()) {
					return false;
				}
				words += sentence.words();
			}
		}
		return words >= SUBSTANTIAL_PARAGRAPH_WORDS;
	}

	private static String abbreviate(String text) {
		return text.length() <= 80 ? text : text.substring(0, 77) + "…";
	}

}
