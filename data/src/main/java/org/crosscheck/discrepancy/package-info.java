/**
 * Comparing sources: the records the comparison engine takes (sources with their already
 * extracted facts) and gives back (aligned sentences, findings, confirmations).
 */
package org.crosscheck.discrepancy;
