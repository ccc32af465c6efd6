package org.crosscheck.source.internal;

import org.crosscheck.common.CrosscheckException;

/**
 * Reads one input file: decodes its bytes, decides its format, and cleans it of
 * boilerplate. A file that cannot be an article (empty, binary, undecodable, too large)
 * is refused with a {@link CrosscheckException} of kind INVALID_INPUT whose message is the
 * reason alone (e.g. "binary content, not text"); the caller adds the file name.
 */
public final class DocumentReader {

	/** Files larger than this are refused unless the limit is raised. */
	public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

	private final long maxBytes;

	public DocumentReader(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	public DocumentReader() {
		this(DEFAULT_MAX_BYTES);
	}

	public ReadDocument read(String fileName, byte[] bytes) {
		throw new UnsupportedOperationException("to be written");
	}

}
