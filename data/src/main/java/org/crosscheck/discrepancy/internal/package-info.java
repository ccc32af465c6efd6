/**
 * The comparison engine: tokens and cue words, sentence alignment, word diffs and their
 * classification, the candidate index and the checks. Pure Java, no Spring and no
 * database.
 */
package org.crosscheck.discrepancy.internal;
