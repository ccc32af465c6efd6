/**
 * The suggesters of entities, contracts and events and what they share (word scanning,
 * calendar arithmetic); only SuggestionService runs them.
 */
package org.crosscheck.extraction.internal;
