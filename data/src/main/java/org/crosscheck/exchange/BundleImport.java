package org.crosscheck.exchange;

import java.util.List;
import java.util.Map;

/**
 * What importing a bundle did.
 *
 * @param dataset the dataset imported into
 * @param created whether the import created it
 * @param added records added, per entry (sources, annotations, ...)
 * @param alreadyThere records the dataset held already (same uid, or a source with the
 * same content), per entry
 * @param conflicts discrepancies decided one way here and another in the bundle: kept as
 * they are here
 * @param decisionsAdopted discrepancies open here that the bundle had decided
 * @param notesMerged discrepancies whose notes gained the bundle's notes
 * @param orphaned annotations whose words are not in this dataset's version of their
 * source
 */
public record BundleImport(String dataset, boolean created, Map<String, Integer> added,
		Map<String, Integer> alreadyThere, List<DecisionConflict> conflicts, int decisionsAdopted, int notesMerged,
		int orphaned) {

	/**
	 * A discrepancy whose decision here contradicts the bundle's; the decision here
	 * stands.
	 */
	public record DecisionConflict(int discrepancy, String summary, String here, String there) {
	}

	public int addedTotal() {
		return this.added.values().stream().mapToInt(Integer::intValue).sum();
	}

	public int alreadyThereTotal() {
		return this.alreadyThere.values().stream().mapToInt(Integer::intValue).sum();
	}

}
