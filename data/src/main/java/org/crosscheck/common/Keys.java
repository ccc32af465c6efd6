package org.crosscheck.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The lower-case names under which enums of the domain are stored and typed, and their
 * parsing.
 */
public final class Keys {

	private Keys() {
	}

	/** The name as stored in the database and typed by users. */
	public static String key(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT);
	}

	/** Every constant's key, in declaration order. */
	public static List<String> keys(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Keys::key).toList();
	}

	/**
	 * The constant of a key (any case, spaces around ignored); an unknown one is the
	 * user's mistake.
	 */
	public static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
		String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		for (E constant : type.getEnumConstants()) {
			if (key(constant).equals(key)) {
				return constant;
			}
		}
		List<String> keys = keys(type);
		throw CrosscheckException.invalid("unknown " + what + " '" + text + "'; use "
				+ String.join(", ", keys.subList(0, keys.size() - 1)) + " or " + keys.getLast());
	}

}
