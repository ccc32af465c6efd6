package org.crosscheck.text;

/**
 * One word of a sentence with its place in the source text and its normalised forms.
 *
 * @param start offset in the source text
 * @param end offset after the word
 * @param surface the word as written
 * @param key the comparable form (see {@link Lexicon#key(String)})
 * @param stem the light stem of the key, used for similarity
 * @param stopWord true for a function word
 * @param currency true when a currency sign stands right before the word ("$18.8")
 */
public record Token(int start, int end, String surface, String key, String stem, boolean stopWord, boolean currency) {

	/**
	 * True when the word is written with a capital: a name, unless it opens the sentence.
	 */
	public boolean capitalised() {
		return Character.isUpperCase(surface.charAt(0));
	}

}
