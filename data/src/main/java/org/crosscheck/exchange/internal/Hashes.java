package org.crosscheck.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hex digests: SHA-256 for integrity, SHA-1 for the short deterministic ids of exported
 * entities.
 */
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

	/** A SHA-256 digest to feed in pieces, for what is streamed rather than held. */
	public static MessageDigest digest() {
		return messageDigest("SHA-256");
	}

	/** The SHA-256 of a file, read in pieces. */
	public static String sha256(Path file) throws IOException {
		MessageDigest digest = digest();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static String digest(String algorithm, byte[] bytes) {
		return HexFormat.of().formatHex(messageDigest(algorithm).digest(bytes));
	}

	private static MessageDigest messageDigest(String algorithm) {
		try {
			return MessageDigest.getInstance(algorithm);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
