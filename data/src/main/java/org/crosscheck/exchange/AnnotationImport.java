package org.crosscheck.exchange;

import java.util.List;

/**
 * What importing annotations from another tool did.
 *
 * @param dataset the dataset imported into
 * @param read how many annotations the file held
 * @param anchored annotations added and anchored to their words
 * @param alreadyThere annotations the dataset held already (same id), not added again
 * @param orphans annotations added as orphans: their source is here but their words are
 * not (one line each)
 * @param unmatched annotations skipped because no source of the dataset has their address
 * (one line each)
 * @param refused annotations refused as invalid, with the reason (one line each)
 */
public record AnnotationImport(String dataset, int read, int anchored, int alreadyThere, List<String> orphans,
		List<String> unmatched, List<String> refused) {
}
