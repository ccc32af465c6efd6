package org.crosscheck.shell.base;

import org.crosscheck.common.CrosscheckException;

/**
 * Reads the ids users type for sources, annotations, cells...; a wrong one says where to
 * find the right one.
 */
public final class Ids {

	private Ids() {
	}

	/**
	 * @param text what the user typed
	 * @param what the kind of record, which is also the command that lists them
	 * ("source", "annotation")
	 */
	public static int parse(String text, String what) {
		String lister = what.equals("cell") ? "notebook cells" : what + " list";
		if (text == null || text.isBlank()) {
			throw CrosscheckException.invalid("name the " + what + " by its id; `" + lister + "` shows the ids");
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw CrosscheckException
				.invalid("'" + text + "' is not a " + what + " id; ids are numbers, `" + lister + "` shows them");
		}
	}

}
