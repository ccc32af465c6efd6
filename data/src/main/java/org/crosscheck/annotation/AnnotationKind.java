package org.crosscheck.annotation;

import java.util.Locale;

import org.crosscheck.common.CrosscheckException;

/** What an annotated span is. */
public enum AnnotationKind {

	QUOTE, CLAIM, MONEY, DATE, ENTITY, NOTE;

	public static AnnotationKind of(String text) {
		if (text == null || text.isBlank()) {
			throw CrosscheckException.invalid("say what the span is: quote, claim, money, date, entity or note");
		}
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw CrosscheckException
				.invalid("unknown kind '" + text + "'; use quote, claim, money, date, entity or note");
		}
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
