package org.crosscheck.timeline;

import java.util.List;

import org.crosscheck.ledger.EventView;

/**
 * One happening on the timeline as the sources tell it: a single event, or the events of
 * several sources of one story that report the same happening.
 *
 * @param lead the event that places the item: a resolved date, the most precise one of
 * its events
 * @param events all its events, the lead first, then by source
 * @param sources the ids of the sources its events rest on, in order
 * @param story the number of the story its sources belong to, or null when they are in
 * none
 * @param datesDisagree true when two of its events give dates that cannot both be true
 * (days, months or years that do not overlap); "2025" and "September 2025" agree
 */
public record TimelineItem(EventView lead, List<EventView> events, List<Integer> sources, Integer story,
		boolean datesDisagree) {

	public TimelineItem {
		events = List.copyOf(events);
		sources = List.copyOf(sources);
	}

	/** Whether more than one source tells it. */
	public boolean told() {
		return this.sources.size() > 1;
	}

}
