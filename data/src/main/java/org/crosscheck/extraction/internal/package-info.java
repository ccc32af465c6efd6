/** Helpers shared by the suggesters: cue lists, word scanning and small calendar arithmetic. */
package org.crosscheck.extraction.internal;
