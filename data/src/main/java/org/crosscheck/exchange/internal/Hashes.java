package org.crosscheck.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hex digests: SHA-256 for integrity, SHA-1 for the short deterministic ids of exported entities. */
public final class Hashes {

	private Hashes() {
	}

	public static String sha256(byte[] bytes) {
		return digest("SHA-256", bytes);
	}

	public static String sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	public static String sha1(String text) {
		return digest("SHA-1", text.getBytes(StandardCharsets.UTF_8));
	}

	private static String digest(String algorithm, byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
