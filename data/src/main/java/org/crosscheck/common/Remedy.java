package org.crosscheck.common;

/**
 * What a user can do about a failure, in plain words for any reader; each front end may
 * phrase it its own way instead (the console as the command to type, the dashboard as
 * what to open).
 *
 * @param action what to do
 * @param subject what it is done to: the kind of record ("source", "discrepancy"), a
 * dataset's name or a limit; null when the action needs none
 * @param id the record's number, when the action names one
 */
public record Remedy(Action action, String subject, Integer id) {

	/** The things a user can be asked to do. */
	public enum Action {

		/** Look the ids up in the listing of {@code subject}s. */
		LIST_IDS,
		/** Read the text of source {@code id}. */
		SHOW_SOURCE,
		/** Reload {@code subject} {@code id} and edit it again. */
		RELOAD_AND_EDIT,
		/** Reload {@code subject} {@code id} and decide it again. */
		RELOAD_AND_DECIDE,
		/** Open the dataset {@code subject}. */
		OPEN_DATASET,
		/** Pick an existing dataset, or create {@code subject}. */
		CREATE_DATASET,
		/**
		 * Merge the bundle into the dataset {@code subject}, or import it under another
		 * name.
		 */
		MERGE_OR_RENAME,
		/** Export a dataset as a bundle. */
		EXPORT_BUNDLE,
		/**
		 * Raise the limit {@code subject} ("size", "entries"), if the file is trusted.
		 */
		RAISE_LIMIT,
		/** Say which of several occurrences of the words is meant. */
		CHOOSE_OCCURRENCE,
		/** Quote the words of source {@code id} to annotate. */
		QUOTE_WORDS,
		/** Give a source the address an annotation targets. */
		SET_URL,
		/**
		 * Set the publication date of source {@code id} (null: any source), then suggest
		 * again.
		 */
		SET_PUBLISHED

	}

	public static Remedy listIds(String subject) {
		return new Remedy(Action.LIST_IDS, subject, null);
	}

	public static Remedy showSource(int id) {
		return new Remedy(Action.SHOW_SOURCE, "source", id);
	}

	public static Remedy reloadAndEdit(String subject, int id) {
		return new Remedy(Action.RELOAD_AND_EDIT, subject, id);
	}

	public static Remedy reloadAndDecide(String subject, int id) {
		return new Remedy(Action.RELOAD_AND_DECIDE, subject, id);
	}

	public static Remedy openDataset(String name) {
		return new Remedy(Action.OPEN_DATASET, name, null);
	}

	public static Remedy createDataset(String name) {
		return new Remedy(Action.CREATE_DATASET, name, null);
	}

	public static Remedy mergeOrRename(String name) {
		return new Remedy(Action.MERGE_OR_RENAME, name, null);
	}

	public static Remedy exportBundle() {
		return new Remedy(Action.EXPORT_BUNDLE, null, null);
	}

	public static Remedy raiseLimit(String limit) {
		return new Remedy(Action.RAISE_LIMIT, limit, null);
	}

	public static Remedy chooseOccurrence() {
		return new Remedy(Action.CHOOSE_OCCURRENCE, null, null);
	}

	public static Remedy quoteWords(int source) {
		return new Remedy(Action.QUOTE_WORDS, "source", source);
	}

	public static Remedy setUrl() {
		return new Remedy(Action.SET_URL, "source", null);
	}

	public static Remedy setPublished(Integer source) {
		return new Remedy(Action.SET_PUBLISHED, "source", source);
	}

	/**
	 * The remedy in plain words, as the message of a {@link CrosscheckException} carries
	 * it.
	 */
	public String words() {
		return switch (this.action) {
			case LIST_IDS -> "the list of " + plural(this.subject) + " shows the ids";
			case SHOW_SOURCE -> "the text of source " + this.id + " shows what it says";
			case RELOAD_AND_EDIT -> "reload it and edit again";
			case RELOAD_AND_DECIDE -> "reload it and decide again";
			case OPEN_DATASET -> "open it";
			case CREATE_DATASET -> "the list of datasets shows which there are, or create " + this.subject;
			case MERGE_OR_RENAME -> "merge the bundle into it, or import it as another dataset";
			case EXPORT_BUNDLE -> "exporting a dataset as a bundle makes one";
			case RAISE_LIMIT -> "if you trust it, raise the " + this.subject + " limit";
			case CHOOSE_OCCURRENCE -> "say which occurrence is meant";
			case QUOTE_WORDS -> "quote the words to annotate";
			case SET_URL -> "give a source that address";
			case SET_PUBLISHED -> "set its publication date";
		};
	}

	private static String plural(String noun) {
		return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
	}

}
