package org.crosscheck.source.internal;

import java.util.List;

/**
 * One input file read and cleaned.
 *
 * @param format what the file was taken to be
 * @param rawText the decoded original, kept as the user gave it
 * @param charset the character set it was decoded with
 * @param cleaned the cleaned text and the metadata found in it
 * @param warnings things the user should know (decoded as windows-1252, ...), never fatal
 */
public record ReadDocument(SourceFormat format, String rawText, String charset, CleanedDocument cleaned,
		List<String> warnings) {
}
