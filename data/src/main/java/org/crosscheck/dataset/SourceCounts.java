package org.crosscheck.dataset;

import java.util.Map;

/**
 * How many sources each dataset holds, for the list of datasets. The feature that owns
 * the sources answers it, so that this feature, which every other one uses, reads no
 * table of theirs.
 */
public interface SourceCounts {

	/** Sources per dataset key; a dataset without sources may be missing. */
	Map<Long, Integer> sourcesPerDataset();

}
