package org.crosscheck.discrepancy.internal;

import org.crosscheck.discrepancy.Severity;

/**
 * What one word-level change does to a statement, in rising order of gravity; only kinds
 * with a severity are raised.
 */
public enum ChangeKind {

	/**
	 * Punctuation, case, spelling variant, number written in words or digits: never
	 * raised.
	 */
	TRIVIAL(null),
	/** Only function words changed ("is" for "was"): shown in the diff, never raised. */
	MINOR(null),
	/** Only time words changed: the date check compares resolved dates instead. */
	TEMPORAL(null),
	/**
	 * Content reworded without a recognisable shift of meaning: shown, not raised on its
	 * own.
	 */
	WORD(null),
	/**
	 * A word of change traded for a stronger or weaker one, or an intensifier added or
	 * removed.
	 */
	INTENSITY(Severity.LOW),
	/** An action word replaced by another. */
	VERB(Severity.MEDIUM),
	/** A name replaced by another name. */
	NAME(Severity.MEDIUM),
	/** A hedge ("may", "reportedly", "allegedly") added or removed. */
	HEDGE(Severity.MEDIUM),
	/** A different quantity. */
	NUMBER(Severity.HIGH),
	/** A negation added or removed: the statement turns into its opposite. */
	NEGATION(Severity.HIGH);

	private final Severity severity;

	ChangeKind(Severity severity) {
		this.severity = severity;
	}

	/** The severity when raised, null when this kind is not raised. */
	public Severity severity() {
		return severity;
	}

	public boolean raised() {
		return severity != null;
	}

}
