package org.crosscheck.extraction;

import java.util.List;

import org.crosscheck.common.Keys;

/**
 * Where a suggestion stands: pending review, then accepted or rejected, once and for
 * good.
 */
public enum SuggestionStatus {

	PENDING, ACCEPTED, REJECTED;

	/** The status of a key as stored and typed ("pending", "accepted", "rejected"). */
	public static SuggestionStatus of(String key) {
		return Keys.parse(SuggestionStatus.class, key, "status");
	}

	/** Every key, pending first. */
	public static List<String> keys() {
		return Keys.keys(SuggestionStatus.class);
	}

	public String key() {
		return Keys.key(this);
	}

	/**
	 * Whether it still awaits review: only then may it be accepted, rejected or refreshed
	 * by a new run.
	 */
	public boolean isPending() {
		return this == PENDING;
	}

	/** The status once accepted; only a pending suggestion can be. */
	public SuggestionStatus accept() {
		return decided(ACCEPTED);
	}

	/** The status once rejected; only a pending suggestion can be. */
	public SuggestionStatus reject() {
		return decided(REJECTED);
	}

	private SuggestionStatus decided(SuggestionStatus decision) {
		if (!isPending()) {
			throw new IllegalStateException("suggestion already " + key());
		}
		return decision;
	}

}
