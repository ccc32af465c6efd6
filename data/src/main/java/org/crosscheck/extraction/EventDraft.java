package org.crosscheck.extraction;

import java.util.List;

/**
 * Something that happened or will happen on a date the source states, for the timeline.
 *
 * @param date the date of the sentence (resolved, ambiguous or waiting for a publication
 * date)
 * @param description the sentence, trimmed
 * @param entities canonical names of the entities the sentence mentions, in order
 * @param evidenceStart offset of the sentence's first character
 * @param evidenceEnd offset after the sentence's last character
 */
public record EventDraft(DateValue date, String description, List<String> entities, int evidenceStart,
		int evidenceEnd) {
}
