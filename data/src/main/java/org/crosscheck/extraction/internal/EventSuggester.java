package org.crosscheck.extraction.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.crosscheck.extraction.DateParser;
import org.crosscheck.extraction.DateValue;
import org.crosscheck.extraction.EntityValue;
import org.crosscheck.extraction.EventDraft;
import org.crosscheck.extraction.Suggestion;
import org.crosscheck.text.Sentences;
import org.crosscheck.text.Sentences.Sentence;

/**
 * Drafts timeline events from sentences that state a date and have a verb: the sentence
 * is the description, its first date the event's date and its entities the participants.
 */
public final class EventSuggester {

	// Without a part-of-speech tagger a verb is a common auxiliary, a saying verb or a
	// past-tense "-ed" word.
	private static final Pattern VERB = Pattern.compile(
			"\\b(?:is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|did|does|do|said|says|told|made|won|got|went|came|began|took|gave|rose|fell|grew|paid|sold|bought|met|runs|holds|held|signed|left|found|became|faced)\\b"
					+ "|\\b\\p{Ll}{2,}ed\\b");

	private EventSuggester() {
	}

	/**
	 * Event drafts in {@code text}, dates resolved against {@code published} (may be
	 * null), in order.
	 */
	public static List<EventDraft> suggest(String text, LocalDate published) {
		List<Sentence> sentences = Sentences.split(text);
		return suggest(sentences, EntitySuggester.suggest(text, sentences), DateParser.find(text, published));
	}

	static List<EventDraft> suggest(List<Sentence> sentences, List<Suggestion> entities, List<Suggestion> dates) {
		List<List<Suggestion>> datesBySentence = Analysis.perSentence(sentences, dates);
		List<List<Suggestion>> entitiesBySentence = Analysis.perSentence(sentences, entities);
		List<EventDraft> events = new ArrayList<>();
		for (int k = 0; k < sentences.size(); k++) {
			Sentence sentence = sentences.get(k);
			if (datesBySentence.get(k).isEmpty() || !VERB.matcher(sentence.text()).find()) {
				continue;
			}
			List<String> names = new ArrayList<>();
			for (Suggestion entity : entitiesBySentence.get(k)) {
				String name = ((EntityValue) entity.value()).name();
				if (!names.contains(name)) {
					names.add(name);
				}
			}
			DateValue date = (DateValue) datesBySentence.get(k).getFirst().value();
			events.add(new EventDraft(date, sentence.text().strip(), List.copyOf(names), sentence.start(),
					sentence.end()));
		}
		return events;
	}

}
