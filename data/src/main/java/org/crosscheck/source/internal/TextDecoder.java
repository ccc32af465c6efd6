package org.crosscheck.source.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.crosscheck.common.CrosscheckException;

/**
 * Turns the bytes of an input file into text, refusing what is not text: empty files,
 * binary content and bytes that are neither UTF-8, UTF-16 with a byte order mark nor
 * plausible windows-1252.
 */
final class TextDecoder {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	static final String WINDOWS_1252_WARNING = "decoded as windows-1252 (not valid UTF-8)";

	// Real text has tabs and line breaks but almost no other control characters; a few
	// stray
	// ones (a form feed, an escape) are tolerated, a sprinkling means a binary format.
	private static final double MAX_CONTROL_RATIO = 0.01;

	// In windows-1252 text written in a Latin-script language, accented letters are a
	// minority;
	// bytes of another encoding read as windows-1252 turn most letters into accented
	// ones.
	private static final double MAX_NON_ASCII_LETTER_RATIO = 0.3;

	private TextDecoder() {
	}

	/** The decoded text (byte order mark removed), the charset used and any warning. */
	record Decoded(String text, String charset, List<String> warnings) {
	}

	static Decoded decode(byte[] bytes) {
		if (bytes.length == 0) {
			throw CrosscheckException.invalid("empty file");
		}
		List<String> warnings = new ArrayList<>();
		Decoded decoded;
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			decoded = new Decoded(strict(bytes, 3, StandardCharsets.UTF_8), "UTF-8", warnings);
		}
		else if (startsWith(bytes, 0xFE, 0xFF)) {
			decoded = new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE", warnings);
		}
		else if (startsWith(bytes, 0xFF, 0xFE)) {
			decoded = new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE", warnings);
		}
		else {
			// Without a byte order mark NUL bytes only occur in binary formats (or
			// BOM-less
			// UTF-16, which cannot be told apart from them reliably).
			refuseBinary(bytes);
			String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
			if (utf8 != null) {
				decoded = new Decoded(utf8, "UTF-8", warnings);
			}
			else {
				String latin = strict(bytes, 0, WINDOWS_1252);
				if (latin == null || !plausibleLatinText(latin)) {
					throw CrosscheckException
						.invalid("undecodable text: neither UTF-8 nor plausible windows-1252; save it as UTF-8");
				}
				warnings.add(WINDOWS_1252_WARNING);
				decoded = new Decoded(latin, "windows-1252", warnings);
			}
		}
		if (decoded.text() == null) {
			throw CrosscheckException
				.invalid("undecodable text: invalid " + decoded.charset() + " despite its byte order mark");
		}
		refuseBinary(decoded.text());
		if (decoded.text().isBlank()) {
			throw CrosscheckException.invalid("empty file");
		}
		return decoded;
	}

	private static void refuseBinary(byte[] bytes) {
		int controls = 0;
		for (byte b : bytes) {
			if (b == 0) {
				throw CrosscheckException.invalid("binary content, not text");
			}
			if (b > 0 && b < 0x20 && !isTextControl((char) b) || b == 0x7F) {
				controls++;
			}
		}
		if (controls > bytes.length * MAX_CONTROL_RATIO) {
			throw CrosscheckException.invalid("binary content, not text");
		}
	}

	private static void refuseBinary(String text) {
		int controls = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				throw CrosscheckException.invalid("binary content, not text");
			}
			if (Character.isISOControl(c) && !isTextControl(c)) {
				controls++;
			}
		}
		if (controls > text.length() * MAX_CONTROL_RATIO) {
			throw CrosscheckException.invalid("binary content, not text");
		}
	}

	private static boolean isTextControl(char c) {
		return c == '\n' || c == '\r' || c == '\t' || c == '\f';
	}

	private static boolean plausibleLatinText(String text) {
		int letters = 0;
		int nonAsciiLetters = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
				if (c > 0x7F) {
					nonAsciiLetters++;
				}
			}
		}
		return nonAsciiLetters <= letters * MAX_NON_ASCII_LETTER_RATIO;
	}

	private static String strict(byte[] bytes, int offset, Charset charset) {
		try {
			CharBuffer chars = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
			return chars.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
