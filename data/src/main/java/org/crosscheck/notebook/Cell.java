package org.crosscheck.notebook;

import java.util.Set;

import org.crosscheck.dataset.Area;

/**
 * One notebook cell.
 *
 * @param number its number in the dataset's notebook
 * @param kind command or prose
 * @param input the command as typed, or the prose (Markdown)
 * @param output what the command printed (for an error, the error line)
 * @param status ok or error
 * @param startedAt when it ran, ISO-8601 instant
 * @param durationMillis how long it took
 * @param revision the dataset revision its output reflects
 * @param areasRead the parts of the dataset it read
 * @param stale whether data it read has changed since
 */
public record Cell(int number, CellKind kind, String input, String output, CellStatus status, String startedAt,
		long durationMillis, long revision, Set<Area> areasRead, boolean stale) {
}
