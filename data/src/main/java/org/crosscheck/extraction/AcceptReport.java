package org.crosscheck.extraction;

import java.util.List;

/**
 * What accepting suggestions made.
 *
 * @param accepted how many suggestions were accepted
 * @param annotations ids of the annotations created
 * @param contracts ids of the contracts created
 * @param events ids of the events created
 * @param entities how many entities were created or gained an alias
 * @param skipped suggestions not pending (already accepted or rejected), by id
 */
public record AcceptReport(int accepted, List<Integer> annotations, List<Integer> contracts, List<Integer> events,
		int entities, List<Integer> skipped) {
}
