package org.crosscheck.discrepancy.internal;

import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.crosscheck.common.FuzzChecks;
import org.crosscheck.discrepancy.ComparedSource;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the alignment of two texts: the input is both, split at its first NUL character.
 */
class AlignerFuzzTest {

	@FuzzTest
	@Timeout(10)
	void align(byte[] bytes) {
		String text = FuzzChecks.text(bytes);
		int split = text.indexOf('\0');
		String a = split < 0 ? text : text.substring(0, split);
		String b = split < 0 ? "" : text.substring(split + 1);
		FuzzChecks.onlyClearRefusals(
				() -> Aligner.align(ComparedSource.of("a", a, List.of()), ComparedSource.of("b", b, List.of())));
	}

}
