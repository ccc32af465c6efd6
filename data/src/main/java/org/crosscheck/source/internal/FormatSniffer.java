package org.crosscheck.source.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a file is HTML, Markdown or plain text: by its extension when that says
 * something, otherwise by looking at the start of its content.
 */
final class FormatSniffer {

	// Enough of a file to judge it by; a page's markup shows in its first few kilobytes.
	private static final int SNIFF_CHARS = 8192;

	private static final Pattern TAG = Pattern.compile(
			"</?(?:p|div|span|a|br|li|ul|ol|h[1-6]|body|head|title|meta|table|tr|td|section|article|img|strong|em|b|i)\\b[^>]*>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6} \\S", Pattern.MULTILINE);

	private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[[^\\]\\n]+\\]\\([^)\\s]+\\)");

	private FormatSniffer() {
	}

	static SourceFormat detect(String fileName, String text) {
		String extension = extension(fileName);
		switch (extension) {
			case "html", "htm", "xhtml", "shtml" -> {
				return SourceFormat.HTML;
			}
			case "md", "markdown", "mdown", "mkd" -> {
				return SourceFormat.MARKDOWN;
			}
			case "txt", "text" -> {
				// A page saved with the wrong name still announces itself in its first
				// bytes.
				return startsAsHtml(text) ? SourceFormat.HTML : SourceFormat.TEXT;
			}
			default -> {
				return sniff(text);
			}
		}
	}

	private static SourceFormat sniff(String text) {
		if (startsAsHtml(text)) {
			return SourceFormat.HTML;
		}
		String head = text.length() > SNIFF_CHARS ? text.substring(0, SNIFF_CHARS) : text;
		Matcher tags = TAG.matcher(head);
		int tagCount = 0;
		while (tags.find() && tagCount < 10) {
			tagCount++;
		}
		if (tagCount >= 10) {
			return SourceFormat.HTML;
		}
		boolean heading = MARKDOWN_HEADING.matcher(head).find();
		boolean link = MARKDOWN_LINK.matcher(head).find();
		return heading && link || head.startsWith("---\n") && heading ? SourceFormat.MARKDOWN : SourceFormat.TEXT;
	}

	private static boolean startsAsHtml(String text) {
		int start = 0;
		while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		String head = text.substring(start, Math.min(text.length(), start + 256)).toLowerCase(Locale.ROOT);
		if (head.startsWith("<?xml")) {
			return head.contains("<html") || head.contains("<!doctype html");
		}
		return head.startsWith("<!doctype html") || head.startsWith("<html")
				|| head.startsWith("<!--") && head.contains("<html");
	}

	private static String extension(String fileName) {
		if (fileName == null) {
			return "";
		}
		int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
		int dot = fileName.lastIndexOf('.');
		return dot > slash + 1 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
	}

}
