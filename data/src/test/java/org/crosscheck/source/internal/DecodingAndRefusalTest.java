package org.crosscheck.source.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.crosscheck.common.CrosscheckException;
import org.junit.jupiter.api.Test;

/**
 * Bytes into text: the encodings accepted, and the files refused with a one-line reason.
 */
class DecodingAndRefusalTest {

	private static final String ARTICLE = "The council approved the new budget on Monday after a long debate.\n"
			+ "It will take effect in June, a spokesman for the council said.\n";

	private final DocumentReader reader = new DocumentReader();

	@Test
	void refusesEmptyFile() {
		assertRefused(new byte[0], "empty file");
	}

	@Test
	void refusesWhitespaceOnlyFile() {
		assertRefused(" \n\t\r\n  ".getBytes(StandardCharsets.UTF_8), "empty file");
		assertRefused(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n' }, "empty file");
	}

	@Test
	void refusesBinaryContentWithNulBytes() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertRefused(png, "binary content, not text");
	}

	@Test
	void refusesBinaryContentWithManyControlCharacters() {
		byte[] bytes = new byte[2000];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (i % 7 == 0 ? 0x03 : 'a' + i % 26);
		}
		assertRefused(bytes, "binary content, not text");
	}

	@Test
	void refusesFileOverTheSizeLimitWithTheWayToRaiseIt() {
		byte[] bytes = new byte[(int) DocumentReader.DEFAULT_MAX_BYTES + 200_000];
		Arrays.fill(bytes, (byte) 'a');
		assertRefused(bytes, "5.2 MB is over the 5 MB limit; if you trust it, raise the file size limit");
	}

	@Test
	void refusesBySizeAloneBeforeAnyByteIsRead() {
		assertThatThrownBy(() -> this.reader.checkSize(3L * 1024 * 1024 * 1024)).isInstanceOf(CrosscheckException.class)
			.hasMessage("3072 MB is over the 5 MB limit; if you trust it, raise the file size limit");
	}

	@Test
	void honoursARaisedSizeLimit() {
		byte[] bytes = ARTICLE.getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> new DocumentReader(64).read("a.txt", bytes)).hasMessageContaining("over the");
		assertThat(new DocumentReader(1024).read("a.txt", bytes).cleaned().text()).contains("council approved");
	}

	@Test
	void refusesBytesThatAreNeitherUtf8NorPlausibleWindows1252() {
		// Cyrillic in KOI8-R: valid windows-1252 bytes, but almost every letter comes out
		// accented.
		byte[] bytes = "Совет утвердил новый бюджет в понедельник после долгих дебатов."
			.getBytes(java.nio.charset.Charset.forName("KOI8-R"));
		assertThatThrownBy(() -> this.reader.read("a.txt", bytes)).isInstanceOf(CrosscheckException.class)
			.hasMessageStartingWith("undecodable text");
	}

	@Test
	void decodesWindows1252WithAWarning() {
		ReadDocument read = CleaningFixtures.read("windows-1252.txt");
		assertThat(read.charset()).isEqualTo("windows-1252");
		assertThat(read.warnings()).containsExactly("decoded as windows-1252 (not valid UTF-8)");
		assertThat(read.cleaned().text()).contains(
				"Le conseil régional a approuvé mardi un budget de 3,2 millions d’euros",
				"« C’est un musée que les écoles visitent chaque semaine », a déclaré le directeur.");
		assertThat(read.rawText()).contains("\r\n");
	}

	@Test
	void decodesUtf8WithByteOrderMarkWithoutKeepingTheMark() {
		byte[] text = ARTICLE.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		bytes.writeBytes(text);
		ReadDocument read = this.reader.read("a.txt", bytes.toByteArray());
		assertThat(read.charset()).isEqualTo("UTF-8");
		assertThat(read.rawText()).isEqualTo(ARTICLE);
		assertThat(read.warnings()).isEmpty();
	}

	@Test
	void decodesUtf16WithByteOrderMarkInBothByteOrders() {
		ByteArrayOutputStream littleEndian = new ByteArrayOutputStream();
		littleEndian.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE });
		littleEndian.writeBytes(ARTICLE.getBytes(StandardCharsets.UTF_16LE));
		ReadDocument little = this.reader.read("a.txt", littleEndian.toByteArray());
		assertThat(little.charset()).isEqualTo("UTF-16LE");
		assertThat(little.rawText()).isEqualTo(ARTICLE);

		ReadDocument big = this.reader.read("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_16));
		assertThat(big.charset()).isEqualTo("UTF-16BE");
		assertThat(big.cleaned().text()).startsWith("The council approved");
	}

	@Test
	void normalisesCleanedTextToNfcButKeepsTheRawTextAsDecoded() {
		String decomposed = "The cafe\u0301 owner said the new rules would cost her business more than it earns in a month.";
		ReadDocument read = this.reader.read("a.txt", decomposed.getBytes(StandardCharsets.UTF_8));
		assertThat(read.cleaned().text())
			.isEqualTo("The caf\u00e9 owner said the new rules would cost her business more than it earns in a month.");
		assertThat(read.rawText()).isEqualTo(decomposed);
	}

	private void assertRefused(byte[] bytes, String reason) {
		assertThatThrownBy(() -> this.reader.read("file.txt", bytes)).isInstanceOf(CrosscheckException.class)
			.hasMessage(reason)
			.extracting(ex -> ((CrosscheckException) ex).kind())
			.isEqualTo(CrosscheckException.Kind.INVALID_INPUT);
	}

}
