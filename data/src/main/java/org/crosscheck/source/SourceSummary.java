package org.crosscheck.source;

/**
 * One source as listings show it.
 *
 * @param id the source's number within its dataset (1, 2, ...)
 * @param title headline, or null
 * @param outlet publication, or null
 * @param url address, or null
 * @param author byline, or null
 * @param published publication date-time as ISO-8601 with offset
 * ({@code 2026-02-21T17:20+05:30}) or date, or null
 * @param retrieved when it was imported, ISO-8601 instant
 * @param contentHash SHA-256 of the raw text, hex
 * @param length characters of cleaned text
 */
public record SourceSummary(int id, String title, String outlet, String url, String author, String published,
		String retrieved, String contentHash, int length) {
}
