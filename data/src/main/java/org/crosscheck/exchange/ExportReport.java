package org.crosscheck.exchange;

import java.nio.file.Path;
import java.util.Map;

/**
 * What an export wrote.
 *
 * @param path the file or folder written
 * @param counts how many records of each kind it holds (per schema, per file...)
 * @param leftOut records that the format cannot hold and were left out (e.g. unresolved
 * events on a timeline)
 */
public record ExportReport(Path path, Map<String, Integer> counts, int leftOut) {

	public int total() {
		return this.counts.values().stream().mapToInt(Integer::intValue).sum();
	}

}
