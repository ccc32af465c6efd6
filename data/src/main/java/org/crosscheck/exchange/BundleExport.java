package org.crosscheck.exchange;

import java.nio.file.Path;
import java.util.Map;

/**
 * A written bundle.
 *
 * @param file where it was written
 * @param dataset the dataset it holds
 * @param counts records per entry
 * @param sha256 the file's SHA-256, for the recipient to compare
 * @param bytes the file's size
 */
public record BundleExport(Path file, String dataset, Map<String, Integer> counts, String sha256, long bytes) {
}
