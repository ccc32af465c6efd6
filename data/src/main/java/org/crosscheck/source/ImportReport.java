package org.crosscheck.source;

import java.util.List;

import org.crosscheck.common.Remedy;

/**
 * The outcome of an import: what was added, what was there already, what failed and why.
 */
public record ImportReport(List<SourceSummary> imported, List<Duplicate> duplicates, List<Failure> failed,
		List<String> warnings) {

	/** A file whose content the dataset holds already, as source {@code existingId}. */
	public record Duplicate(String file, int existingId) {
	}

	/**
	 * A file that was not imported, with the reason and what the user can do about it (or
	 * null).
	 */
	public record Failure(String file, String reason, Remedy remedy) {
	}

}
