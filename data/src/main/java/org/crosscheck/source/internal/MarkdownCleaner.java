package org.crosscheck.source.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown article: its front matter and first-level heading as metadata, its
 * paragraphs as text (links become their words, images and link-only lines go), then the
 * same line cleaning as plain text.
 */
final class MarkdownCleaner {

	// Parsers are immutable and thread-safe; one serves every document.
	private static final Parser PARSER = Parser.builder().build();

	// A paragraph whose words are mostly link text is a list of links, not prose.
	private static final double LINK_DENSITY = 0.7;

	private MarkdownCleaner() {
	}

	static CleanedDocument clean(String markdown, List<String> warnings) {
		FrontMatter front = FrontMatter.read(markdown);
		Renderer renderer = new Renderer(front.title());
		renderer.visitChildren(PARSER.parse(markdown.substring(front.length())));
		LineCleaner.Result result = LineCleaner.clean(renderer.lines, renderer.title);
		warnings.addAll(result.warnings());
		String published = front.date() != null ? PublicationDates.parse(front.date()) : null;
		return new CleanedDocument(renderer.title != null ? renderer.title : result.title(), result.text(),
				front.outlet(), front.author() != null ? front.author() : result.author(), front.url(),
				published != null ? published : result.published());
	}

	/** Walks the syntax tree, producing one line per paragraph, list item or heading. */
	private static final class Renderer {

		final List<String> lines = new ArrayList<>();

		String title;

		private final StringBuilder text = new StringBuilder();

		private int linkChars;

		private int linkDepth;

		private String prefix = "";

		Renderer(String title) {
			this.title = title;
		}

		void visitChildren(Node parent) {
			for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
				visit(child);
			}
		}

		private void visit(Node node) {
			switch (node) {
				case Heading heading -> {
					String words = inlineText(heading);
					if (heading.getLevel() == 1 && this.title == null) {
						this.title = words;
					}
					else if (!words.isEmpty()) {
						this.lines.add(words);
					}
				}
				case Paragraph paragraph -> paragraph(paragraph);
				case ListItem item -> {
					String marker = item.getParent() instanceof OrderedList ? ordinal(item) + ". " : "• ";
					this.prefix = marker;
					visitChildren(item);
					this.prefix = "";
				}
				case FencedCodeBlock code -> literal(code.getLiteral());
				case IndentedCodeBlock code -> literal(code.getLiteral());
				// Raw HTML in Markdown is embeds and comments, not prose.
				case HtmlBlock html -> {
				}
				case BlockQuote quote -> visitChildren(quote);
				default -> {
					if (node.getFirstChild() != null) {
						visitChildren(node);
					}
					else {
						// A thematic break or the like: a boundary between lists and
						// paragraphs.
						this.lines.add("");
					}
				}
			}
		}

		private void paragraph(Paragraph paragraph) {
			this.text.setLength(0);
			this.linkChars = 0;
			inline(paragraph);
			List<String> broken = new ArrayList<>();
			for (String line : this.text.toString().split("\n")) {
				String collapsed = TextLines.collapse(line);
				if (!collapsed.isEmpty()) {
					broken.add(collapsed);
				}
			}
			int total = 0;
			for (String line : broken) {
				total += line.length();
			}
			if (total == 0 || this.linkChars > total * LINK_DENSITY) {
				return;
			}
			for (String line : broken) {
				this.lines.add(this.prefix + line);
				this.prefix = "";
			}
		}

		private String inlineText(Node node) {
			this.text.setLength(0);
			inline(node);
			return TextLines.collapse(this.text.toString());
		}

		private void inline(Node parent) {
			for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
				switch (node) {
					case Text text -> append(text.getLiteral());
					case Code code -> append(code.getLiteral());
					case SoftLineBreak ignored -> append(" ");
					case HardLineBreak ignored -> this.text.append('\n');
					case Image ignored -> {
					}
					case HtmlInline ignored -> {
					}
					case Link link -> {
						this.linkDepth++;
						inline(link);
						this.linkDepth--;
					}
					default -> inline(node);
				}
			}
		}

		private void append(String literal) {
			this.text.append(literal);
			if (this.linkDepth > 0) {
				this.linkChars += literal.trim().length();
			}
		}

		private void literal(String code) {
			for (String line : code.split("\n")) {
				String collapsed = TextLines.collapse(line);
				if (!collapsed.isEmpty()) {
					this.lines.add(collapsed);
				}
			}
		}

		private static int ordinal(ListItem item) {
			OrderedList list = (OrderedList) item.getParent();
			Integer start = list.getMarkerStartNumber();
			int number = start == null ? 1 : start;
			for (Node sibling = list.getFirstChild(); sibling != null && sibling != item; sibling = sibling.getNext()) {
				number++;
			}
			return number;
		}

	}

	/**
	 * The YAML-style block some Markdown files start with ({@code ---} ... {@code ---});
	 * only flat {@code key: value} lines are read.
	 */
	private record FrontMatter(int length, String title, String date, String author, String url, String outlet) {

		static FrontMatter read(String markdown) {
			FrontMatter none = new FrontMatter(0, null, null, null, null, null);
			if (!markdown.startsWith("---\n")) {
				return none;
			}
			int end = markdown.indexOf("\n---", 3);
			int lineEnd = end < 0 ? -1 : markdown.indexOf('\n', end + 4);
			if (end < 0 || end > 8192) {
				return none;
			}
			String title = null;
			String date = null;
			String author = null;
			String url = null;
			String outlet = null;
			// An empty block closes on the opening line's own newline: "---\n---".
			for (String line : markdown.substring(Math.min(4, end), end).split("\n")) {
				int colon = line.indexOf(':');
				if (colon <= 0) {
					continue;
				}
				String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
				String value = unquote(line.substring(colon + 1).trim());
				if (value.isEmpty()) {
					continue;
				}
				switch (key) {
					case "title", "headline" -> title = title == null ? value : title;
					case "date", "published", "published_at", "pubdate", "publishdate", "date_published" ->
						date = date == null ? value : date;
					case "author", "authors", "byline" -> author = author == null ? value : author;
					case "url", "canonical", "canonical_url", "source_url", "link" -> url = url == null ? value : url;
					case "outlet", "publisher", "publication", "site", "site_name", "source" ->
						outlet = outlet == null ? value : outlet;
					default -> {
					}
				}
			}
			int length = lineEnd < 0 ? markdown.length() : lineEnd + 1;
			return new FrontMatter(length, title, date, author, url, outlet);
		}

		private static String unquote(String value) {
			if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
					|| value.startsWith("'") && value.endsWith("'"))) {
				return value.substring(1, value.length() - 1).trim();
			}
			return value;
		}

	}

}
