package org.crosscheck.source.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.common.Remedy;

/**
 * Reads one input file: decodes its bytes, decides its format, and cleans it of
 * boilerplate. A file that cannot be an article (empty, binary, undecodable, too large)
 * is refused with a {@link CrosscheckException} of kind INVALID_INPUT whose message is
 * the reason alone (e.g. "binary content, not text"); the caller adds the file name.
 * <p>
 * The cleaned text holds one paragraph per line, separated by a single {@code \n}, with
 * whitespace collapsed and no blank lines. The title is what the document states as its
 * headline; a plain text that starts straight with its first paragraph has none (null),
 * rather than an invented one, and callers show the file name instead.
 */
public final class DocumentReader {

	/** Files larger than this are refused unless the limit is raised. */
	public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

	private static final double MEGABYTE = 1024.0 * 1024.0;

	private final long maxBytes;

	public DocumentReader(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	public DocumentReader() {
		this(DEFAULT_MAX_BYTES);
	}

	public ReadDocument read(String fileName, byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw CrosscheckException.invalid("empty file");
		}
		checkSize(bytes.length);
		TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
		String text = TextLines.normalize(decoded.text());
		SourceFormat format = FormatSniffer.detect(fileName, text);
		List<String> warnings = new ArrayList<>(decoded.warnings());
		CleanedDocument cleaned = switch (format) {
			case HTML -> HtmlCleaner.clean(text, warnings);
			case MARKDOWN -> MarkdownCleaner.clean(text, warnings);
			case TEXT -> cleanText(text, warnings);
		};
		return new ReadDocument(format, decoded.text(), decoded.charset(), cleaned, List.copyOf(warnings));
	}

	/**
	 * Refuses a file over the limit; callers that read from disk call it with the file's
	 * size first, so that a huge file is refused before it is read into memory.
	 */
	public void checkSize(long bytes) {
		if (bytes > this.maxBytes) {
			throw CrosscheckException.invalid(
					megabytes(bytes) + " MB is over the " + megabytes(this.maxBytes) + " MB limit",
					Remedy.raiseLimit("file size"));
		}
	}

	/**
	 * Cleans plain text that is already decoded and normalized; also used for pasted
	 * text.
	 */
	static CleanedDocument cleanText(String text, List<String> warnings) {
		LineCleaner.Result result = LineCleaner.clean(LineCleaner.unwrap(TextLines.lines(text)), null);
		warnings.addAll(result.warnings());
		return new CleanedDocument(result.title(), result.text(), null, result.author(), null, result.published());
	}

	// Rounded up, so that a file just over the limit never reads as equal to it.
	private static String megabytes(long bytes) {
		double tenths = Math.ceil(bytes * 10 / MEGABYTE) / 10;
		return tenths == Math.rint(tenths) ? String.valueOf((long) tenths) : String.format(Locale.ROOT, "%.1f", tenths);
	}

}
