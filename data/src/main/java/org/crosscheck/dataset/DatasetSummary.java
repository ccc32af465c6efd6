package org.crosscheck.dataset;

/**
 * One dataset as listings show it.
 *
 * @param name the dataset's unique name
 * @param sources how many sources it holds
 * @param revision a counter that grows with every change to the dataset
 * @param current whether it is the home's current dataset
 */
public record DatasetSummary(String name, int sources, long revision, boolean current) {
}
