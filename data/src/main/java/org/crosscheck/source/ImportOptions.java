package org.crosscheck.source;

/**
 * What the user states about the files being imported; each null when not given, and
 * each, when given, wins over what the documents say about themselves.
 *
 * @param outlet publication name
 * @param published publication date (YYYY-MM-DD or ISO date-time with offset)
 * @param url address
 * @param title headline
 * @param maxBytes the largest file accepted
 */
public record ImportOptions(String outlet, String published, String url, String title, long maxBytes) {

	public static ImportOptions defaults() {
		return new ImportOptions(null, null, null, null,
				org.crosscheck.source.internal.DocumentReader.DEFAULT_MAX_BYTES);
	}

}
