package org.crosscheck.discrepancy;

import java.util.List;

/**
 * A discrepancy as users see and decide it.
 *
 * @param id its number in the dataset
 * @param uid identity across bundles
 * @param kind wording, quote, number, date, attribution or omission
 * @param severity high, medium or low
 * @param status open, confirmed, dismissed or resolved
 * @param raisedBy "crosscheck" for the automatic check, else the person who flagged it
 * @param summary one sentence saying what differs
 * @param diff the word-level difference ({@code [-old-]{+new+}}), or null
 * @param spans the words on each side (for an omission, the passages one source alone
 * has)
 * @param notes the decisions' notes, oldest first
 * @param created when it was raised
 * @param updated when it last changed
 */
public record DiscrepancyView(int id, String uid, String kind, String severity, String status, String raisedBy,
		String summary, String diff, List<SpanView> spans, String notes, String created, String updated) {
}
