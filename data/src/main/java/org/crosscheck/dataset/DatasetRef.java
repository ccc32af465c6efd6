package org.crosscheck.dataset;

/** A dataset resolved by name: what the other features' services work with. */
public record DatasetRef(long id, String name) {
}
