package org.crosscheck.source;

/**
 * What the features that match or point at sources need of each, without its text: the
 * database key, the number, the uid, the address, the content hash and the publication
 * date as stored (ISO date or date-time, or null).
 */
public record SourceKey(long key, int num, String uid, String url, String contentHash, String published) {
}
