package org.crosscheck.discrepancy;

import java.time.LocalDate;
import java.util.List;

import org.crosscheck.text.Sentences;

/**
 * One source as the comparison engine sees it: cleaned text (one paragraph per line), its
 * sentences and the facts already extracted from it.
 *
 * @param id the source's id, carried into spans
 * @param text the cleaned text
 * @param sentences the sentences of {@code text} with offsets
 * @param facts the facts of this source (may be empty)
 * @param published the day it was published, or null when unknown: amounts in other
 * currencies are converted at that day's reference rate, and reports published years
 * apart are not taken for one story
 */
public record ComparedSource(String id, String text, List<Sentences.Sentence> sentences, List<Fact> facts,
		LocalDate published) {

	public ComparedSource {
		sentences = List.copyOf(sentences);
		facts = List.copyOf(facts);
	}

	/**
	 * A source of unknown date whose sentences are split here with
	 * {@link Sentences#split(String)}.
	 */
	public static ComparedSource of(String id, String text, List<Fact> facts) {
		return of(id, text, facts, null);
	}

	/** A source whose sentences are split here with {@link Sentences#split(String)}. */
	public static ComparedSource of(String id, String text, List<Fact> facts, LocalDate published) {
		return new ComparedSource(id, text, Sentences.split(text), facts, published);
	}

}
