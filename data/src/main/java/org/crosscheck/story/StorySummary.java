package org.crosscheck.story;

import java.util.List;

/**
 * One story of a dataset.
 *
 * @param id its number in the dataset
 * @param label what it is about: the headline of its earliest source
 * @param sources the numbers of its sources, in order
 * @param first the earliest publication date of its sources (ISO), or null when none is
 * dated
 * @param last the latest publication date of its sources (ISO), or null
 * @param pinned how many of its sources a person put there by hand
 */
public record StorySummary(int id, String label, List<Integer> sources, String first, String last, int pinned) {

	public StorySummary {
		sources = List.copyOf(sources);
	}

}
