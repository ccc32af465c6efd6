package org.crosscheck.timeline;

import java.util.List;

/**
 * A dataset's timeline.
 *
 * @param items the happenings in time order (by their lead's date), those without a
 * resolved date last
 * @param events how many events the items hold
 * @param storiesFormed false when no check has grouped the sources into stories yet: then
 * the events of different sources are not taken as one, and each is an item of its own
 * @param notes what was not compared and why, one line each
 */
public record Timeline(List<TimelineItem> items, int events, boolean storiesFormed, List<String> notes) {

	public Timeline {
		items = List.copyOf(items);
		notes = List.copyOf(notes);
	}

	/** How many items more than one source tells. */
	public long toldBySeveral() {
		return this.items.stream().filter(TimelineItem::told).count();
	}

	/** How many items give dates that disagree. */
	public long disagreeing() {
		return this.items.stream().filter(TimelineItem::datesDisagree).count();
	}

}
