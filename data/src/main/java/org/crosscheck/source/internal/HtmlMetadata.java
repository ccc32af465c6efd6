package org.crosscheck.source.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a web page says about itself in its markup: headline, outlet, byline, canonical
 * address and publication date, from Open Graph and other meta tags, JSON-LD (schema.org)
 * and the visible headline, byline and {@code <time>} elements.
 */
record HtmlMetadata(String title, String outlet, String author, String url, String published) {

	/**
	 * JSON-LD deeper than this is treated as broken: an article's metadata needs a few
	 * levels.
	 */
	static final int MAX_JSON_DEPTH = 32;

	private static final JsonMapper JSON = JsonMapper
		.builder(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH).build())
			.build())
		.build();

	private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenews",
			"analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
			"liveblogposting", "report", "scholarlyarticle", "techarticle", "socialmediaposting");

	// Separators between a page's headline and its site name in <title>: "Headline |
	// Outlet".
	private static final String[] TITLE_SEPARATORS = { " | ", " - ", " – ", " — ", " :: ", " · " };

	/**
	 * Reads the metadata; call before boilerplate is removed, since much of it lives
	 * there.
	 */
	static HtmlMetadata read(Document document) {
		// One scan for all meta tags rather than one per key: pages run to megabytes.
		Elements metas = document.getElementsByTag("meta");
		JsonNode article = jsonLdArticle(document);
		String outlet = first(meta(metas, "og:site_name"), jsonName(article, "publisher"),
				meta(metas, "application-name"), meta(metas, "publisher"));
		String title = first(withoutSiteName(meta(metas, "og:title"), outlet), jsonText(article, "headline"),
				withoutSiteName(meta(metas, "twitter:title"), outlet), headline(document),
				withoutSiteName(document.title(), outlet));
		String author = first(person(meta(metas, "author")), jsonName(article, "author"),
				person(meta(metas, "article:author")), person(meta(metas, "byl")),
				person(meta(metas, "parsely-author")), person(meta(metas, "dc.creator")), visibleByline(document));
		String url = first(attribute(document, "link[rel=canonical]", "href"), meta(metas, "og:url"),
				jsonText(article, "url"), jsonId(article, "mainEntityOfPage"), meta(metas, "twitter:url"));
		String published = firstDate(meta(metas, "article:published_time"), jsonText(article, "datePublished"),
				attribute(document, "[itemprop=datePublished][content]", "content"),
				attribute(document, "[itemprop=datePublished][datetime]", "datetime"), meta(metas, "og:published_time"),
				meta(metas, "pubdate"), meta(metas, "publishdate"), meta(metas, "publish-date"),
				meta(metas, "parsely-pub-date"), meta(metas, "sailthru.date"), meta(metas, "dc.date.issued"),
				meta(metas, "dcterms.created"), meta(metas, "dc.date"), meta(metas, "date"),
				attribute(document, "time[pubdate][datetime]", "datetime"),
				attribute(document, "article time[datetime]", "datetime"),
				attribute(document, "time[datetime]", "datetime"));
		return new HtmlMetadata(title, outlet, author, url, published);
	}

	private static String meta(Elements metas, String key) {
		// Pages mix up property= and name= for Open Graph and article tags; accept both.
		for (Element meta : metas) {
			if (key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))
					|| key.equalsIgnoreCase(meta.attr("itemprop"))) {
				String content = TextLines.collapse(meta.attr("content"));
				if (!content.isEmpty()) {
					return content;
				}
			}
		}
		return null;
	}

	private static String attribute(Document document, String selector, String attribute) {
		Element element = document.selectFirst(selector);
		if (element == null) {
			return null;
		}
		String value = TextLines.collapse(element.attr(attribute));
		return value.isEmpty() ? null : value;
	}

	private static String headline(Document document) {
		Element h1 = document.selectFirst("article h1, main h1, h1");
		if (h1 == null) {
			return null;
		}
		String text = TextLines.collapse(h1.text());
		return text.isEmpty() ? null : text;
	}

	private static String visibleByline(Document document) {
		Element byline = document.selectFirst("[rel=author], [itemprop=author], .byline, .author, [class*=byline]");
		if (byline == null) {
			return null;
		}
		Element name = byline.selectFirst("[itemprop=name]");
		return person((name != null ? name : byline).text());
	}

	// "By Jane Doe" and profile links are not names.
	private static String person(String value) {
		if (value == null) {
			return null;
		}
		String name = TextLines.collapse(value);
		if (name.regionMatches(true, 0, "by ", 0, 3)) {
			name = name.substring(3).trim();
		}
		// A long text under an "author" class is a biography, not a byline.
		if (name.isEmpty() || name.startsWith("http://") || name.startsWith("https://") || name.length() > 120
				|| LineCleaner.countWords(name) > 12) {
			return null;
		}
		return name;
	}

	private static String withoutSiteName(String title, String outlet) {
		if (title == null || title.isBlank()) {
			return null;
		}
		String text = TextLines.collapse(title);
		for (String separator : TITLE_SEPARATORS) {
			int at = text.lastIndexOf(separator);
			if (at > 0) {
				String tail = text.substring(at + separator.length());
				boolean isSite = outlet != null && tail.equalsIgnoreCase(outlet) || LineCleaner.countWords(tail) <= 3;
				if (isSite && LineCleaner.countWords(text.substring(0, at)) >= 3) {
					return text.substring(0, at).trim();
				}
			}
		}
		return text;
	}

	private static JsonNode jsonLdArticle(Document document) {
		for (Element script : document.select("script[type*=ld+json]")) {
			try {
				JsonNode found = findArticle(JSON.readTree(script.data()), 0);
				if (found != null) {
					return found;
				}
			}
			catch (JacksonException ex) {
				// Broken JSON-LD is common and only costs us its metadata.
			}
		}
		return null;
	}

	private static JsonNode findArticle(JsonNode node, int depth) {
		if (node == null || depth > 4) {
			return null;
		}
		if (node.isArray()) {
			for (JsonNode item : node) {
				JsonNode found = findArticle(item, depth + 1);
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		if (!node.isObject()) {
			return null;
		}
		if (isArticleType(node.get("@type"))) {
			return node;
		}
		return findArticle(node.get("@graph"), depth + 1);
	}

	private static boolean isArticleType(JsonNode type) {
		if (type == null) {
			return false;
		}
		if (type.isArray()) {
			for (JsonNode item : type) {
				if (isArticleType(item)) {
					return true;
				}
			}
			return false;
		}
		return type.isString() && ARTICLE_TYPES.contains(type.asString().toLowerCase(Locale.ROOT));
	}

	private static String jsonText(JsonNode node, String field) {
		if (node == null) {
			return null;
		}
		JsonNode value = node.get(field);
		if (value != null && value.isArray() && !value.isEmpty()) {
			value = value.get(0);
		}
		if (value == null || !value.isString()) {
			return null;
		}
		String text = TextLines.collapse(value.asString());
		return text.isEmpty() ? null : text;
	}

	private static String jsonId(JsonNode node, String field) {
		if (node == null) {
			return null;
		}
		JsonNode value = node.get(field);
		if (value != null && value.isObject()) {
			return jsonText(value, "@id");
		}
		return jsonText(node, field);
	}

	// A person or organisation is a string, an object with a name, or an array of either.
	private static String jsonName(JsonNode node, String field) {
		if (node == null || node.get(field) == null) {
			return null;
		}
		JsonNode value = node.get(field);
		List<String> names = new ArrayList<>();
		for (JsonNode item : value.isArray() ? value : List.of(value)) {
			String name = item.isString() ? person(item.asString()) : person(jsonText(item, "name"));
			if (name != null && !names.contains(name)) {
				names.add(name);
			}
		}
		return names.isEmpty() ? null : String.join(", ", names);
	}

	private static String first(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

	private static String firstDate(String... values) {
		for (String value : values) {
			String date = PublicationDates.parse(value);
			if (date != null) {
				return date;
			}
		}
		return null;
	}

}
