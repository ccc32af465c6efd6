package org.crosscheck.exchange.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.crosscheck.annotation.AnnotationRow;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.common.Remedy;
import org.crosscheck.dataset.Area;
import org.crosscheck.dataset.DatasetRef;
import org.crosscheck.dataset.Numbers;
import org.crosscheck.dataset.Revisions;
import org.crosscheck.exchange.AnnotationImport;
import org.crosscheck.source.SourceKey;
import org.crosscheck.source.SourceService;

/**
 * Anchors annotations from other tools to the dataset's sources, inside the caller's
 * transaction: the source by its address (web URL or Crosscheck URN), the span by the
 * quoted words with their context, the position only choosing between equal quotes; the
 * sources and annotations are read and written through their features' services. Words
 * that are not in the source make an orphan, kept with its note and reported, never a
 * guess.
 */
public final class AnnotationImporter {

	private static final int MAX_AUTHOR = 200;

	private final SourceService sources;

	private final AnnotationService annotations;

	private final Revisions revisions;

	private final Numbers numbers;

	public AnnotationImporter(SourceService sources, AnnotationService annotations, Revisions revisions,
			Numbers numbers) {
		this.sources = sources;
		this.annotations = annotations;
		this.revisions = revisions;
		this.numbers = numbers;
	}

	public AnnotationImport write(DatasetRef dataset, List<ForeignAnnotation> annotations, List<String> refused,
			String importer) {
		Map<String, SourceKey> byAddress = new HashMap<>();
		for (SourceKey source : this.sources.sourceKeys(dataset.id())) {
			byAddress.put(WebAnnotations.SOURCE_URN + source.uid(), source);
			if (source.url() != null) {
				byAddress.putIfAbsent(normalise(source.url()), source);
			}
		}
		Set<String> uids = new HashSet<>(this.annotations.annotationKeys(dataset.id()).keySet());
		Map<Long, String> texts = new HashMap<>();
		List<AnnotationRow> rows = new ArrayList<>();
		int anchored = 0;
		int already = 0;
		List<String> orphans = new ArrayList<>();
		List<String> unmatched = new ArrayList<>();
		for (ForeignAnnotation annotation : annotations) {
			SourceKey source = annotation.target().startsWith(WebAnnotations.SOURCE_URN)
					? byAddress.get(annotation.target()) : byAddress.get(normalise(annotation.target()));
			if (source == null) {
				unmatched.add(annotation.label() + ": no source has the address " + annotation.target()
						+ "; import the article first, or " + Remedy.setUrl().words());
				continue;
			}
			if (!uids.add(annotation.uid())) {
				already++;
				continue;
			}
			if (annotation.exact() != null && annotation.exact().strip().length() > AnnotationService.MAX_EXACT) {
				refused.add(annotation.label() + ": its quote is longer than " + AnnotationService.MAX_EXACT
						+ " characters");
				continue;
			}
			String text = texts.computeIfAbsent(source.key(), this.sources::cleanText);
			Integer hint = annotation.start() == null ? null
					: text.offsetByCodePoints(0, Math.min(annotation.start(), text.codePointCount(0, text.length())));
			Integer start = null;
			Integer end = null;
			String exact = annotation.exact();
			if (exact != null) {
				TextLocator.Located located = TextLocator.locate(text, exact, annotation.prefix(), annotation.suffix(),
						hint);
				if (located != null) {
					start = located.start();
					end = located.end();
				}
			}
			else if (annotation.end() != null && annotation.end() <= text.codePointCount(0, text.length())) {
				// Only a position: trust it, since there are no words to check it
				// against.
				start = hint;
				end = text.offsetByCodePoints(0, annotation.end());
			}
			boolean orphan = start == null;
			if (orphan) {
				if (exact == null) {
					refused.add(annotation.label() + ": its position lies outside source " + source.num());
					uids.remove(annotation.uid());
					continue;
				}
				orphans.add(annotation.label() + ": \"" + shorten(exact) + "\" is not in source " + source.num()
						+ "; kept as an orphan annotation");
			}
			else {
				exact = text.substring(start, end);
				anchored++;
			}
			Instant created = annotation.created() == null ? Instant.now() : annotation.created();
			Instant modified = annotation.modified() == null ? created : annotation.modified();
			String author = annotation.author() == null ? importer : annotation.author();
			rows.add(new AnnotationRow(0, this.numbers.next(dataset.id(), "annotation"), annotation.uid(), source.key(),
					annotation.kind(), exact.strip(), orphan ? annotation.prefix() : TextLocator.prefix(text, start),
					orphan ? annotation.suffix() : TextLocator.suffix(text, end), start, end,
					orphan ? "orphan" : "exact", orphan ? 0.0 : 1.0, blankToNull(annotation.note()),
					tags(annotation.tags()), null, null,
					author.length() > MAX_AUTHOR ? author.substring(0, MAX_AUTHOR) : author, "import",
					created.atOffset(ZoneOffset.UTC), modified.atOffset(ZoneOffset.UTC)));
		}
		this.annotations.insertAnnotationRows(dataset.id(), rows);
		if (anchored + orphans.size() > 0) {
			this.revisions.changed(dataset.id(), Area.ANNOTATIONS);
		}
		return new AnnotationImport(dataset.name(), annotations.size() + refused.size(), anchored, already, orphans,
				unmatched, refused);
	}

	/**
	 * The address without fragment, trailing slash, default port or case differences in
	 * scheme and host.
	 */
	static String normalise(String address) {
		String value = address.strip();
		try {
			URI uri = new URI(value);
			if (uri.getScheme() == null || uri.getHost() == null) {
				return value;
			}
			String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
			if (path.length() > 1 && path.endsWith("/")) {
				path = path.substring(0, path.length() - 1);
			}
			String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
			// http and https name the same article as far as annotations are concerned.
			scheme = scheme.equals("http") ? "https" : scheme;
			return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "") + path
					+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		}
		catch (URISyntaxException ex) {
			return value;
		}
	}

	private static List<String> tags(List<String> tags) {
		return tags == null ? List.of()
				: tags.stream().map(String::strip).filter(t -> !t.isEmpty() && !t.contains("\n")).distinct().toList();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String shorten(String text) {
		String line = text.replaceAll("\\s+", " ").strip();
		return line.length() <= 60 ? line : line.substring(0, 59) + "…";
	}

}
