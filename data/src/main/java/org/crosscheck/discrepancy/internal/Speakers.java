package org.crosscheck.discrepancy.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;
import org.crosscheck.text.WordLists;

/**
 * Decides whether two ways of naming a speaker can be the same speaker: "the
 * spokesperson" and "a Microsoft spokesperson" can, "Jane Doe" and "John Roe" cannot.
 */
final class Speakers {

	private static final Set<String> UNKNOWN = WordLists.set("pronouns");

	private Speakers() {
	}

	/**
	 * True when the two speakers may be one person or body; null or pronouns are
	 * compatible with anyone.
	 */
	static boolean compatible(String first, String second) {
		if (first == null || second == null || first.isBlank() || second.isBlank()) {
			return true;
		}
		List<Token> x = words(first);
		List<Token> y = words(second);
		if (x.isEmpty() || y.isEmpty() || UNKNOWN.contains(x.getLast().key()) || UNKNOWN.contains(y.getLast().key())) {
			return true;
		}
		Set<String> keysX = keys(x);
		Set<String> keysY = keys(y);
		// The head noun is the last word: "spokesperson" in "a Microsoft spokesperson".
		if (keysY.contains(x.getLast().key()) || keysX.contains(y.getLast().key())) {
			return true;
		}
		boolean namedX = x.getLast().capitalised();
		boolean namedY = y.getLast().capitalised();
		if (namedX && namedY) {
			return shareName(x, y);
		}
		// A named person and a role ("Jane Doe" and "the minister") may be the same:
		// nothing to raise.
		return namedX != namedY;
	}

	private static boolean shareName(List<Token> x, List<Token> y) {
		Set<String> names = new HashSet<>();
		x.stream().filter(Token::capitalised).forEach(t -> names.add(t.key()));
		return y.stream().filter(Token::capitalised).anyMatch(t -> names.contains(t.key()));
	}

	private static List<Token> words(String speaker) {
		return Tokenizer.tokens(speaker.strip())
			.stream()
			.filter(t -> !t.stopWord() || UNKNOWN.contains(t.key()))
			.toList();
	}

	private static Set<String> keys(List<Token> tokens) {
		Set<String> keys = new HashSet<>();
		tokens.forEach(t -> keys.add(t.key().toLowerCase(Locale.ROOT)));
		return keys;
	}

}
