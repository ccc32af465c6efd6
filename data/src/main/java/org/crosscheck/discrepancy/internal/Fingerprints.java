package org.crosscheck.discrepancy.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.crosscheck.discrepancy.FindingKind;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;

/**
 * Stable fingerprints of findings: SHA-256 of the kind and the normalised words of the
 * passages, sorted so that the order of the sources does not matter, and without ids or
 * offsets, so that a re-run or a re-import recognises what it has already raised.
 */
public final class Fingerprints {

	private Fingerprints() {
	}

	/** The fingerprint of a finding of {@code kind} about {@code passages}. */
	public static String of(FindingKind kind, List<String> passages) {
		List<String> normalised = new ArrayList<>();
		for (String passage : passages) {
			normalised.add(normalise(passage));
		}
		normalised.sort(null);
		String content = kind.name() + "\u0000" + String.join("\u0000", normalised);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/**
	 * The comparable words of a passage, so that punctuation, case and spelling variants
	 * do not change a fingerprint.
	 */
	public static String normalise(String passage) {
		return Tokenizer.tokens(passage).stream().map(Token::key).collect(Collectors.joining(" "));
	}

}
