package org.crosscheck.source;

/**
 * Published inside the transaction that changed a source's cleaned text, so that what is
 * anchored to the text (annotations) can follow it before the change commits.
 */
public record SourceTextChanged(long datasetId, long sourceKey, int sourceId, String text) {
}
