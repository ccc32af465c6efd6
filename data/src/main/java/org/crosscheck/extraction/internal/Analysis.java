package org.crosscheck.extraction.internal;

import java.util.ArrayList;
import java.util.List;

import org.crosscheck.extraction.Suggestion;
import org.crosscheck.text.Sentences.Sentence;

/**
 * Distributes suggestions over sentences in one linear pass, so that contract and event
 * finders can ask what a sentence holds.
 */
public final class Analysis {

	private Analysis() {
	}

	/**
	 * The suggestions of {@code sorted} (ordered by start) that lie inside each sentence,
	 * one list per sentence.
	 */
	public static List<List<Suggestion>> perSentence(List<Sentence> sentences, List<Suggestion> sorted) {
		List<List<Suggestion>> result = new ArrayList<>(sentences.size());
		int next = 0;
		for (Sentence sentence : sentences) {
			List<Suggestion> inside = new ArrayList<>();
			while (next < sorted.size() && sorted.get(next).start() < sentence.start()) {
				next++;
			}
			int k = next;
			while (k < sorted.size() && sorted.get(k).start() < sentence.end()) {
				if (sorted.get(k).end() <= sentence.end()) {
					inside.add(sorted.get(k));
				}
				k++;
			}
			result.add(inside);
		}
		return result;
	}

}
