package org.crosscheck.extraction;

import java.util.Map;

/**
 * What a run of the suggesters found.
 *
 * @param sources how many sources were read
 * @param added new suggestions per kind
 * @param updated pending suggestions whose value changed (a date resolved after the
 * source got a publication date)
 * @param unresolvedDates dates that need a publication date, per source id, in id order
 */
public record SuggestReport(int sources, Map<String, Integer> added, int updated,
		Map<Integer, Integer> unresolvedDates) {
}
