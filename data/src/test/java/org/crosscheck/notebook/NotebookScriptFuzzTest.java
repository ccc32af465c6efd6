package org.crosscheck.notebook;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.crosscheck.common.FuzzChecks;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the reading of a notebook to replay: a plain script or an exported Markdown
 * notebook.
 */
class NotebookScriptFuzzTest {

	@FuzzTest
	@Timeout(10)
	void parse(byte[] bytes) {
		FuzzChecks.onlyClearRefusals(() -> NotebookScript.parse(FuzzChecks.text(bytes)));
	}

}
