package org.crosscheck.source;

/**
 * One source with its texts.
 *
 * @param summary its metadata
 * @param format TEXT, HTML or MARKDOWN
 * @param fileName the name of the file it came from, or null
 * @param text the cleaned text that annotations anchor to
 * @param rawText the original as imported
 */
public record SourceDetail(SourceSummary summary, String format, String fileName, String text, String rawText) {
}
