package org.crosscheck.source;

/** Hears about an import's progress, one call per file, so long imports can show it. */
@FunctionalInterface
public interface ImportListener {

	ImportListener NONE = (done, total, file) -> {
	};

	/** {@code done} of {@code total} files are through; {@code file} was the last one. */
	void progress(int done, int total, String file);

}
