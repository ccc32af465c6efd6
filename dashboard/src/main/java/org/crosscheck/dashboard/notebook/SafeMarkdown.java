package org.crosscheck.dashboard.notebook;

import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * Renders a notebook's prose (Markdown written by a user, possibly pasted from a hostile
 * page) as Flow elements: CommonMark with raw HTML escaped and unsafe URLs removed,
 * cleaned with jsoup's basic safelist, and then rebuilt element by element, so that
 * nothing reaches the browser as markup.
 */
final class SafeMarkdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	/**
	 * Jsoup's basic safelist (text formatting, lists, links) plus headings, which carry
	 * no attributes.
	 */
	private static final Safelist SAFELIST = Safelist.basic().addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr");

	/**
	 * The tags that are rebuilt; whatever else the cleaner let through is reduced to its
	 * text.
	 */
	private static final Set<String> TAGS = Set.of("a", "b", "blockquote", "br", "cite", "code", "dd", "dl", "dt", "em",
			"i", "li", "ol", "p", "pre", "q", "small", "span", "strike", "strong", "sub", "sup", "u", "ul", "h1", "h2",
			"h3", "h4", "h5", "h6", "hr");

	private SafeMarkdown() {
	}

	/** The sanitised HTML of {@code markdown}: what {@link #render} rebuilds. */
	static String sanitisedHtml(String markdown) {
		String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
		return Jsoup.clean(html, SAFELIST);
	}

	/** {@code markdown} as a block of Flow elements and text nodes. */
	static Div render(String markdown) {
		Div block = new Div();
		block.addClassName("markdown");
		Document document = Jsoup.parseBodyFragment(sanitisedHtml(markdown));
		for (Node child : document.body().childNodes()) {
			append(block.getElement(), child);
		}
		return block;
	}

	private static void append(Element parent, Node node) {
		if (node instanceof TextNode text) {
			parent.appendChild(Element.createText(text.getWholeText()));
			return;
		}
		if (!(node instanceof org.jsoup.nodes.Element source)) {
			// Comments and the like: nothing to show.
			return;
		}
		String tag = source.normalName().toLowerCase(Locale.ROOT);
		if (!TAGS.contains(tag)) {
			parent.appendChild(Element.createText(source.text()));
			return;
		}
		Element element = new Element(tag);
		if (tag.equals("a")) {
			String href = source.attr("href");
			if (isSafeLink(href)) {
				element.setAttribute("href", href);
				element.setAttribute("target", "_blank");
				element.setAttribute("rel", "nofollow noopener noreferrer");
			}
		}
		for (Node child : source.childNodes()) {
			append(element, child);
		}
		parent.appendChild(element);
	}

	/**
	 * Web and mail links only; {@code javascript:} and {@code data:} never become links.
	 */
	static boolean isSafeLink(String href) {
		String lower = href == null ? "" : href.strip().toLowerCase(Locale.ROOT);
		return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:");
	}

}
