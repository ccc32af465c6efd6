package org.crosscheck.source;

/** Metadata a user corrects on a source; null fields stay as they are, "" clears one. */
public record SourceChanges(String published, String outlet, String url, String title, String author) {
}
