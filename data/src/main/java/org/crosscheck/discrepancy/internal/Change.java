package org.crosscheck.discrepancy.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.crosscheck.text.Token;

/**
 * One hunk of a word diff: the words of side A replaced by the words of side B, and what
 * that does.
 *
 * @param kind the classification
 * @param positionA index of the first removed word in side A (where an insertion goes)
 * @param removed the words only in A
 * @param added the words only in B
 */
public record Change(ChangeKind kind, int positionA, List<Token> removed, List<Token> added) {

	public String removedText() {
		return removed.stream().map(Token::surface).collect(Collectors.joining(" "));
	}

	public String addedText() {
		return added.stream().map(Token::surface).collect(Collectors.joining(" "));
	}

	/** A short human description: "verb: 'suspended certain' → 'disabled some'". */
	public String describe() {
		String label = kind.name().toLowerCase(java.util.Locale.ROOT);
		if (removed.isEmpty()) {
			return label + " added: '" + addedText() + "'";
		}
		if (added.isEmpty()) {
			return label + " removed: '" + removedText() + "'";
		}
		return label + ": '" + removedText() + "' → '" + addedText() + "'";
	}

	/** True when a word of this change lies in {@code [from, to)} of side A or side B. */
	public boolean touches(List<int[]> rangesA, List<int[]> rangesB) {
		return inRanges(removed, rangesA) || inRanges(added, rangesB);
	}

	private static boolean inRanges(List<Token> tokens, List<int[]> ranges) {
		for (Token token : tokens) {
			for (int[] range : ranges) {
				if (token.start() < range[1] && range[0] < token.end()) {
					return true;
				}
			}
		}
		return false;
	}

}
