/**
 * The discrepancies of a dataset: filtered, shown side by side with their difference, and
 * decided.
 */
package org.crosscheck.dashboard.discrepancy;
