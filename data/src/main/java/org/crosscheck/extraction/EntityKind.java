package org.crosscheck.extraction;

/** The kinds of named entity Crosscheck tracks. */
public enum EntityKind {

	ORGANIZATION, PUBLIC_BODY, PERSON, OUTLET

}
