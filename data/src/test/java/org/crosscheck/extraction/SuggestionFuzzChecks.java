package org.crosscheck.extraction;

import java.util.List;

/**
 * The invariant of every suggestion a fuzz test meets: its span lies in the text and
 * quotes it.
 */
final class SuggestionFuzzChecks {

	private SuggestionFuzzChecks() {
	}

	static void withinText(String text, List<Suggestion> suggestions) {
		for (Suggestion suggestion : suggestions) {
			if (suggestion.start() < 0 || suggestion.end() < suggestion.start() || suggestion.end() > text.length()
					|| !text.substring(suggestion.start(), suggestion.end()).equals(suggestion.exact())) {
				throw new AssertionError("suggestion outside its text or not quoting it: " + suggestion);
			}
		}
	}

}
