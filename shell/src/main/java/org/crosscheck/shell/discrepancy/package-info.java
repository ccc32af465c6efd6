/**
 * Comparison commands: compare two sources, check the dataset, review and decide
 * discrepancies.
 */
package org.crosscheck.shell.discrepancy;
