package org.crosscheck.discrepancy.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Token;

/**
 * Word-level difference of two passages with java-diff-utils, each hunk classified by
 * {@link ChangeKind}, and its rendering as {@code [-removed-]{+added+}}.
 */
public final class WordDiff {

	/** Longest side of a replacement that cue words may classify. */
	private static final int LOCAL_CHANGE = 6;

	/**
	 * Longest pure addition or removal that cue words may classify ("not", "reportedly",
	 * "may have").
	 */
	private static final int LOCAL_ADDITION = 3;

	private final List<Token> a;

	private final List<Token> b;

	private final List<Change> changes;

	private WordDiff(List<Token> a, List<Token> b, List<Change> changes) {
		this.a = a;
		this.b = b;
		this.changes = changes;
	}

	/**
	 * Compares the words {@code a} and {@code b}; words with the same key are equal, so
	 * trivial variants vanish.
	 */
	public static WordDiff of(List<Token> a, List<Token> b) {
		List<Change> changes = new ArrayList<>();
		Lexicon lexicon = Lexicon.get();
		int negationsA = count(a, t -> lexicon.isNegation(t.key()));
		int negationsB = count(b, t -> lexicon.isNegation(t.key()));
		for (AbstractDelta<Token> delta : DiffUtils.diff(a, b, (x, y) -> x.key().equals(y.key())).getDeltas()) {
			List<Token> removed = List.copyOf(delta.getSource().getLines());
			List<Token> added = List.copyOf(delta.getTarget().getLines());
			int position = delta.getSource().getPosition();
			ChangeKind kind = classify(removed, added, position, delta.getTarget().getPosition(),
					negationsA != negationsB);
			changes.add(new Change(kind, position, removed, added));
		}
		return new WordDiff(a, b, List.copyOf(changes));
	}

	public List<Change> changes() {
		return changes;
	}

	/** The changes that are raised as findings of some kind. */
	public List<Change> meaningful() {
		return changes.stream().filter(c -> c.kind().raised()).toList();
	}

	/** The most serious kind among the changes, TRIVIAL when there are none. */
	public ChangeKind gravest() {
		return changes.stream().map(Change::kind).max(Enum::compareTo).orElse(ChangeKind.TRIVIAL);
	}

	/**
	 * Side A's text from {@code textA} with every non-trivial change marked:
	 * {@code [-a-]{+b+}}. Text outside the words (punctuation, spaces) is A's.
	 */
	public String render(String textA, int fromA, int toA, String textB) {
		StringBuilder out = new StringBuilder();
		int cursor = fromA;
		for (Change change : changes) {
			if (change.kind() == ChangeKind.TRIVIAL) {
				continue;
			}
			String added = change.added().isEmpty() ? ""
					: "{+" + textB.substring(change.added().getFirst().start(), change.added().getLast().end()) + "+}";
			if (!change.removed().isEmpty()) {
				int start = change.removed().getFirst().start();
				out.append(textA, cursor, start);
				out.append("[-").append(textA, start, change.removed().getLast().end()).append("-]").append(added);
				cursor = change.removed().getLast().end();
			}
			else if (change.positionA() < a.size()) {
				int start = a.get(change.positionA()).start();
				out.append(textA, cursor, start).append(added).append(' ');
				cursor = start;
			}
			else {
				int end = a.isEmpty() ? fromA : a.getLast().end();
				out.append(textA, cursor, end).append(' ').append(added);
				cursor = end;
			}
		}
		out.append(textA, cursor, toA);
		return out.toString();
	}

	private static ChangeKind classify(List<Token> removed, List<Token> added, int positionA, int positionB,
			boolean sentenceNegationDiffers) {
		Lexicon lexicon = Lexicon.get();
		if (joined(removed).equals(joined(added))) {
			return ChangeKind.TRIVIAL;
		}
		List<Double> numbersA = quantities(removed);
		List<Double> numbersB = quantities(added);
		boolean numbersDiffer = !numbersA.equals(numbersB);
		if (!numbersA.isEmpty() && !numbersDiffer && withoutNumbers(removed).equals(withoutNumbers(added))) {
			return ChangeKind.TRIVIAL;
		}
		// Cue words decide only in a local change: a whole clause added or dropped is new
		// content, not a shift of
		// the same statement (and the omission check reports what one source lacks).
		boolean local = Math.max(removed.size(), added.size()) <= LOCAL_CHANGE
				&& (!removed.isEmpty() && !added.isEmpty() || removed.size() + added.size() <= LOCAL_ADDITION);
		if (!local) {
			return numbersDiffer && !numbersA.isEmpty() && !numbersB.isEmpty() ? ChangeKind.NUMBER
					: all(removed, added, Token::stopWord) ? ChangeKind.MINOR : ChangeKind.WORD;
		}
		if (sentenceNegationDiffers
				&& count(removed, t -> lexicon.isNegation(t.key())) != count(added, t -> lexicon.isNegation(t.key()))) {
			return ChangeKind.NEGATION;
		}
		if (numbersDiffer) {
			return ChangeKind.NUMBER;
		}
		if (all(removed, added, t -> t.stopWord() || lexicon.isTemporal(t.key(), t.surface()))
				&& any(removed, added, t -> lexicon.isTemporal(t.key(), t.surface()))) {
			return ChangeKind.TEMPORAL;
		}
		if (count(removed, t -> lexicon.isHedge(t.key(), t.surface())) != count(added,
				t -> lexicon.isHedge(t.key(), t.surface()))) {
			return ChangeKind.HEDGE;
		}
		Set<String> namesA = names(removed, positionA);
		Set<String> namesB = names(added, positionB);
		if (!namesA.isEmpty() && !namesB.isEmpty() && !namesA.equals(namesB)) {
			return ChangeKind.NAME;
		}
		if (intensityShift(removed, added) || count(removed, t -> lexicon.isIntensifier(t.key())) != count(added,
				t -> lexicon.isIntensifier(t.key()))) {
			return ChangeKind.INTENSITY;
		}
		if (verbChanged(removed, added)) {
			return ChangeKind.VERB;
		}
		if (all(removed, added, Token::stopWord)) {
			return ChangeKind.MINOR;
		}
		if (stems(removed).equals(stems(added))) {
			// Same words, other inflection: "services" for "service".
			return ChangeKind.MINOR;
		}
		return ChangeKind.WORD;
	}

	/** Same scale of change words on both sides at different strength. */
	private static boolean intensityShift(List<Token> removed, List<Token> added) {
		Lexicon lexicon = Lexicon.get();
		for (Token x : removed) {
			int[] scaleA = lexicon.intensity(x.key());
			if (scaleA == null) {
				continue;
			}
			for (Token y : added) {
				int[] scaleB = lexicon.intensity(y.key());
				if (scaleB != null && scaleA[0] == scaleB[0] && scaleA[1] != scaleB[1]) {
					return true;
				}
			}
		}
		return false;
	}

	private static final List<String> POSSESSIVES = List.of("'s", "’s", "'", "’");

	private static Set<String> names(List<Token> tokens, int position) {
		Lexicon lexicon = Lexicon.get();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			// The first word of a sentence is capitalised anyway.
			if (position + i > 0 && token.capitalised() && !token.stopWord()
					&& !lexicon.isTemporal(token.key(), token.surface()) && lexicon.number(token.key()) == null) {
				// A possessive names the same one: "Networks'" and "Networks's" are
				// "Networks".
				String key = token.key();
				for (String ending : POSSESSIVES) {
					if (key.length() > ending.length() + 1 && key.endsWith(ending)) {
						key = key.substring(0, key.length() - ending.length());
						break;
					}
				}
				names.add(key);
			}
		}
		return names;
	}

	/**
	 * True when both sides name an action and some action of one side has no counterpart
	 * on the other: neither the same stem nor a word of the same scale and strength
	 * ("noted" and "said" are counterparts).
	 */
	private static boolean verbChanged(List<Token> removed, List<Token> added) {
		Set<String> verbsA = verbStems(removed);
		Set<String> verbsB = verbStems(added);
		if (verbsA.isEmpty() || verbsB.isEmpty()) {
			return false;
		}
		return !allHaveCounterpart(verbsA, verbsB) || !allHaveCounterpart(verbsB, verbsA);
	}

	private static boolean allHaveCounterpart(Set<String> stems, Set<String> others) {
		Lexicon lexicon = Lexicon.get();
		for (String stem : stems) {
			int[] scale = lexicon.intensity(stem);
			boolean found = others.contains(stem) || scale != null && others.stream()
				.map(lexicon::intensity)
				.anyMatch(o -> o != null && o[0] == scale[0] && o[1] == scale[1]);
			if (!found) {
				return false;
			}
		}
		return true;
	}

	private static Set<String> verbStems(List<Token> tokens) {
		Lexicon lexicon = Lexicon.get();
		Set<String> verbs = new HashSet<>();
		for (Token token : tokens) {
			if (lexicon.isVerb(token.key())) {
				verbs.add(token.stem());
			}
		}
		return verbs;
	}

	private static Set<String> stems(List<Token> tokens) {
		Set<String> stems = new HashSet<>();
		tokens.forEach(t -> stems.add(t.stem()));
		return stems;
	}

	/**
	 * The quantities a passage states, scale words applied ("18.8 million"); years
	 * without a currency are dates.
	 */
	static List<Double> quantities(List<Token> tokens) {
		Lexicon lexicon = Lexicon.get();
		List<Double> values = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			Double value = lexicon.number(token.key());
			if (value == null) {
				double scale = lexicon.scale(token.key());
				if (scale > 1 && (i == 0 || lexicon.number(tokens.get(i - 1).key()) == null)) {
					// A bare scale word changed ("million" for "billion") is a change of
					// quantity.
					values.add(scale);
				}
				continue;
			}
			if (lexicon.isYear(token.key()) && !token.currency()) {
				continue;
			}
			if (i + 1 < tokens.size()) {
				value *= lexicon.scale(tokens.get(i + 1).key());
			}
			values.add(value);
		}
		values.sort(null);
		return values;
	}

	private static String withoutNumbers(List<Token> tokens) {
		Lexicon lexicon = Lexicon.get();
		StringBuilder out = new StringBuilder();
		for (Token token : tokens) {
			if (lexicon.number(token.key()) == null && lexicon.scale(token.key()) == 1) {
				out.append(token.key()).append(' ');
			}
		}
		return out.toString();
	}

	private static String joined(List<Token> tokens) {
		StringBuilder out = new StringBuilder();
		tokens.forEach(t -> out.append(t.key().replace("-", "").replace("'", "")));
		return out.toString();
	}

	private static int count(Collection<Token> tokens, java.util.function.Predicate<Token> test) {
		int count = 0;
		for (Token token : tokens) {
			if (test.test(token)) {
				count++;
			}
		}
		return count;
	}

	private static boolean all(List<Token> x, List<Token> y, java.util.function.Predicate<Token> test) {
		return x.stream().allMatch(test) && y.stream().allMatch(test);
	}

	private static boolean any(List<Token> x, List<Token> y, java.util.function.Predicate<Token> test) {
		return x.stream().anyMatch(test) || y.stream().anyMatch(test);
	}

}
