/**
 * Suggestions of entities, money amounts, dates and quotes found in a source's text, for
 * the user to review; the suggesters themselves are internal.
 */
package org.crosscheck.extraction;
