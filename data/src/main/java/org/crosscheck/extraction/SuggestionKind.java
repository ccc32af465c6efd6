package org.crosscheck.extraction;

/** What a suggestion proposes. */
public enum SuggestionKind {

	ENTITY, MONEY, DATE, QUOTE

}
