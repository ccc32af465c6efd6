package org.crosscheck.source.internal;

/**
 * What the cleaner makes of one document: the article's own text without the page's
 * boilerplate, and the metadata the document states about itself (each may be null).
 *
 * @param title the headline
 * @param text the cleaned article text: one paragraph per line, separated by a single
 * {@code \n}
 * @param outlet the publication's name
 * @param author the byline
 * @param url the canonical address
 * @param published ISO-8601 as stated: {@code 2026-02-21T17:20+05:30} or
 * {@code 2026-02-21}
 */
public record CleanedDocument(String title, String text, String outlet, String author, String url, String published) {
}
