package org.crosscheck.notebook;

import java.time.OffsetDateTime;

/**
 * A cell with every column, as a bundle copies it.
 *
 * @param revision the dataset's revision the cell's output reflects
 * @param areasRead the areas its command read, comma-separated
 */
public record CellRow(int num, String kind, String input, String output, String status, OffsetDateTime startedAt,
		long durationMs, long revision, String areasRead) {
}
