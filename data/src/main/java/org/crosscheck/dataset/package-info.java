/**
 * Datasets, the unit of an investigation: which exist, which is current, and their change
 * counters.
 */
package org.crosscheck.dataset;
