package org.crosscheck.source.internal;

/** The kinds of document Crosscheck imports. */
public enum SourceFormat {

	TEXT, HTML, MARKDOWN

}
