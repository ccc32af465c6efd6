/** Suggesters: entities, money amounts, dates and quotes found in a source's text, for the user to review. */
package org.crosscheck.extraction;
