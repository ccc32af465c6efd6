package org.crosscheck.discrepancy;

import java.util.List;

/**
 * What checking a set of sources gives: the discrepancies, the confirmations and how the
 * compared sources align.
 *
 * @param findings discrepancies, most severe first
 * @param confirmations passages the sources agree on word for word (quotes)
 * @param alignments one per pair of sources that tell one story (enough of their
 * sentences align): how much aligns
 * @param candidatePairs how many pairs of sources the index proposed for comparing
 * @param candidateSentencePairs how many pairs of sentences the index proposed
 * @param repeats findings left out because an earlier one has the same fingerprint (only
 * when the checker keeps one per fingerprint; 0 otherwise)
 * @param stories the sources grouped by the events they report: every source id in
 * exactly one story, in the order of their first source; facts of two stories are never
 * compared
 * @param links the sentence pairs matched between compared sources (only when the checker
 * was asked to keep them)
 * @param embedded sentences whose meaning was computed (the sentence model runs only
 * where words alone left sentences unmatched)
 * @param notes what was not compared, and why (one line each)
 */
public record CheckResult(List<Finding> findings, List<Confirmation> confirmations, List<AlignmentSummary> alignments,
		long candidatePairs, long candidateSentencePairs, int repeats, List<List<String>> stories,
		List<SentenceLink> links, long embedded, List<String> notes) {

	public CheckResult {
		findings = List.copyOf(findings);
		confirmations = List.copyOf(confirmations);
		alignments = List.copyOf(alignments);
		stories = stories.stream().map(List::copyOf).toList();
		links = List.copyOf(links);
		notes = List.copyOf(notes);
	}

}
