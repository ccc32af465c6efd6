package org.crosscheck.source.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts an article from a web page: reads the page's metadata, removes the page's
 * furniture by its structure (navigation, asides, forms, elements named as menus, share
 * bars, cookie notices...) and by link density, picks the element that holds the story
 * and hands its paragraphs to the {@link LineCleaner}.
 */
final class HtmlCleaner {

	// Never part of an article's prose.
	private static final Set<String> REMOVED_TAGS = Set.of("script", "style", "noscript", "template", "nav", "header",
			"footer", "aside", "form", "iframe", "svg", "canvas", "button", "select", "input", "textarea", "label",
			"figcaption", "caption", "figure", "picture", "img", "video", "audio", "object", "embed", "dialog", "menu",
			"link", "meta", "head");

	// Tags that hold no prose at all, whose removal needs no check of what they contain.
	private static final Set<String> INVISIBLE_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
			"link", "meta", "head", "img", "picture", "video", "audio", "object", "embed", "iframe");

	// Words in class, id or aria-label that name page furniture.
	private static final Set<String> FURNITURE_WORDS = Set.of("nav", "navbar", "navigation", "menu", "menubar",
			"cookie", "cookies", "consent", "gdpr", "banner", "share", "sharing", "sharebar", "social", "related",
			"recommended", "recommendations", "recirculation", "newsletter", "newsletters", "subscribe", "subscription",
			"comment", "comments", "disqus", "sidebar", "advert", "adverts", "advertisement", "advertising", "ad",
			"ads", "adslot", "sponsored", "promo", "promotion", "promoted", "breadcrumb", "breadcrumbs", "popup",
			"modal", "overlay", "footer", "masthead", "trending", "popular", "mostread", "caption", "figcaption",
			"credit", "byline", "tags", "toolbar", "pagination", "pager", "widget", "outbrain", "taboola", "paywall",
			"signup", "skip", "skiplink");

	private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
			"search", "menu", "menubar", "dialog", "alertdialog", "toolbar", "tablist");

	// Blocks whose text is mostly link text above these shares are link lists, not prose.
	private static final double LIST_LINK_DENSITY = 0.5;

	private static final double PARAGRAPH_LINK_DENSITY = 0.7;

	// A candidate element must hold this share of the page's paragraph text to be the
	// article.
	private static final double ARTICLE_SHARE = 0.4;

	// Removing an element that holds more of the paragraph text than this would remove
	// the
	// article: pages hang "has-sidebar" on their main wrapper.
	private static final double PROTECTED_SHARE = 0.5;

	private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
			"h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
			"address", "hr", "br", "header", "footer", "body", "center", "details", "summary");

	private static final Set<String> LINK_LIST_TAGS = Set.of("ul", "ol", "dl", "table", "div", "section", "tbody");

	private HtmlCleaner() {
	}

	static CleanedDocument clean(String html, List<String> warnings) {
		Document document = Jsoup.parse(html);
		HtmlMetadata metadata = HtmlMetadata.read(document);
		Element body = document.body();
		Map<Element, Integer> paragraphText = paragraphTextBelow(body);
		int totalParagraphText = paragraphText.getOrDefault(body, 0);
		removeFurniture(body, paragraphText, totalParagraphText);
		paragraphText = paragraphTextBelow(body);
		Element root = articleRoot(body, paragraphText);
		removeLinkLists(root);
		// The headline is metadata, not a paragraph (and often differs slightly from
		// og:title).
		root.select("h1").remove();
		List<String> blocks = blocks(root);
		LineCleaner.Result result = LineCleaner.clean(blocks, metadata.title());
		warnings.addAll(result.warnings());
		return new CleanedDocument(firstNonNull(metadata.title(), result.title()), result.text(), metadata.outlet(),
				firstNonNull(metadata.author(), result.author()), metadata.url(),
				firstNonNull(metadata.published(), result.published()));
	}

	/**
	 * How many characters of paragraph text (in p elements) each element holds, for all
	 * elements that hold some.
	 */
	private static Map<Element, Integer> paragraphTextBelow(Element body) {
		Map<Element, Integer> totals = new IdentityHashMap<>();
		for (Element paragraph : body.getElementsByTag("p")) {
			int length = paragraph.text().length();
			if (length == 0) {
				continue;
			}
			for (Element at = paragraph; at != null; at = at.parent()) {
				totals.merge(at, length, Integer::sum);
				if (at == body) {
					break;
				}
			}
		}
		return totals;
	}

	private static void removeFurniture(Element body, Map<Element, Integer> paragraphText, int totalParagraphText) {
		Deque<Element> pending = new ArrayDeque<>(body.children());
		while (!pending.isEmpty()) {
			Element element = pending.pop();
			if (isFurniture(element)) {
				String tag = element.normalName();
				boolean holdsArticle = !INVISIBLE_TAGS.contains(tag)
						&& paragraphText.getOrDefault(element, 0) > totalParagraphText * PROTECTED_SHARE;
				if (!holdsArticle) {
					element.remove();
					continue;
				}
			}
			for (int i = element.childrenSize() - 1; i >= 0; i--) {
				pending.push(element.child(i));
			}
		}
	}

	private static boolean isFurniture(Element element) {
		if (REMOVED_TAGS.contains(element.normalName())) {
			return true;
		}
		if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))) {
			return true;
		}
		String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
		if (style.contains("display:none") || style.contains("visibility:hidden")) {
			return true;
		}
		String role = element.attr("role").toLowerCase(Locale.ROOT);
		if (FURNITURE_ROLES.contains(role)) {
			return true;
		}
		return namesFurniture(element.className()) || namesFurniture(element.id())
				|| namesFurniture(element.attr("aria-label"));
	}

	// "share-buttons", "siteNav", "cookie_banner": split at punctuation and camel case,
	// match whole words.
	static boolean namesFurniture(String names) {
		if (names.isEmpty()) {
			return false;
		}
		StringBuilder word = new StringBuilder();
		for (int i = 0; i <= names.length(); i++) {
			char c = i < names.length() ? names.charAt(i) : ' ';
			boolean boundary = !Character.isLetterOrDigit(c)
					|| Character.isUpperCase(c) && i > 0 && Character.isLowerCase(names.charAt(i - 1));
			if (boundary && !word.isEmpty()) {
				if (FURNITURE_WORDS.contains(word.toString())) {
					return true;
				}
				word.setLength(0);
			}
			if (Character.isLetterOrDigit(c)) {
				word.append(Character.toLowerCase(c));
			}
		}
		return false;
	}

	/**
	 * The element that holds the story: the schema.org article body, the
	 * {@code <article>} or {@code <main>} with most paragraph text, or else the element
	 * with the most paragraph text among its own paragraphs; the body when nothing stands
	 * out.
	 */
	private static Element articleRoot(Element body, Map<Element, Integer> paragraphText) {
		int total = paragraphText.getOrDefault(body, 0);
		if (total == 0) {
			return body;
		}
		for (String selector : List.of("[itemprop=articleBody]", "article", "main, [role=main]")) {
			Element best = null;
			int bestText = 0;
			for (Element candidate : body.select(selector)) {
				int text = paragraphText.getOrDefault(candidate, 0);
				if (text > bestText) {
					best = candidate;
					bestText = text;
				}
			}
			if (best != null && bestText >= total * ARTICLE_SHARE) {
				return best;
			}
		}
		// The parent of the most paragraph text, climbing while it holds too little of
		// the whole
		// (stories split over several containers).
		Map<Element, Integer> ownParagraphs = new IdentityHashMap<>();
		Element best = body;
		int bestText = 0;
		for (Element paragraph : body.getElementsByTag("p")) {
			Element parent = paragraph.parent();
			if (parent == null) {
				continue;
			}
			int text = ownParagraphs.merge(parent, paragraph.text().length(), Integer::sum);
			if (text > bestText) {
				best = parent;
				bestText = text;
			}
		}
		while (best != body && best.parent() != null && paragraphText.getOrDefault(best, 0) < total * ARTICLE_SHARE) {
			best = best.parent();
		}
		return best;
	}

	/**
	 * Removes blocks whose text is mostly link text: menus, related-story and tag lists.
	 */
	private static void removeLinkLists(Element root) {
		Map<Element, int[]> lengths = textAndLinkLengths(root);
		Deque<Element> pending = new ArrayDeque<>(root.children());
		while (!pending.isEmpty()) {
			Element element = pending.pop();
			int[] length = lengths.get(element);
			if (length == null || length[0] == 0) {
				continue;
			}
			double density = (double) length[1] / length[0];
			String tag = element.normalName();
			boolean linkList = LINK_LIST_TAGS.contains(tag) && density > LIST_LINK_DENSITY
					|| (tag.equals("p") || tag.equals("li")) && density > PARAGRAPH_LINK_DENSITY;
			if (linkList) {
				element.remove();
				continue;
			}
			for (int i = element.childrenSize() - 1; i >= 0; i--) {
				pending.push(element.child(i));
			}
		}
	}

	/**
	 * For each element below root: its text length and the part of it inside links, in
	 * one pass.
	 */
	private static Map<Element, int[]> textAndLinkLengths(Element root) {
		Map<Element, int[]> lengths = new IdentityHashMap<>();
		Deque<int[]> open = new ArrayDeque<>();
		int[] linkDepth = { 0 };
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof Element element) {
					open.push(new int[2]);
					if (element.normalName().equals("a")) {
						linkDepth[0]++;
					}
				}
				else if (node instanceof TextNode text && !open.isEmpty()) {
					int length = text.text().trim().length();
					int[] current = open.peek();
					current[0] += length;
					if (linkDepth[0] > 0) {
						current[1] += length;
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element) {
					int[] own = open.pop();
					lengths.put(element, own);
					if (!open.isEmpty()) {
						open.peek()[0] += own[0];
						open.peek()[1] += own[1];
					}
					if (element.normalName().equals("a")) {
						linkDepth[0]--;
					}
				}
			}

		}, root);
		return lengths;
	}

	/**
	 * The text of the root as one string per block (paragraph, list item, heading, cell).
	 */
	private static List<String> blocks(Element root) {
		List<String> blocks = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean[] listItem = { false };
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					current.append(text.getWholeText());
				}
				else if (node instanceof Element element && BLOCK_TAGS.contains(element.normalName())) {
					flush(blocks, current, listItem);
					if (element.normalName().equals("li")) {
						listItem[0] = true;
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && BLOCK_TAGS.contains(element.normalName())) {
					flush(blocks, current, listItem);
				}
			}

		}, root);
		flush(blocks, current, listItem);
		return blocks;
	}

	private static void flush(List<String> blocks, StringBuilder current, boolean[] listItem) {
		String text = TextLines.collapse(current.toString());
		current.setLength(0);
		if (!text.isEmpty()) {
			// List items keep a bullet so that the line cleaner can tell a list from
			// headings.
			blocks.add(listItem[0] ? "• " + text : text);
			listItem[0] = false;
		}
	}

	private static String firstNonNull(String first, String second) {
		return first != null ? first : second;
	}

}
