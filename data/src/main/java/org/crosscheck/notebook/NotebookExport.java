package org.crosscheck.notebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a notebook as Markdown (replayable), as a Jupyter notebook (nbformat 4.5) or as
 * one self-contained, printable HTML page in which every text is escaped.
 */
public final class NotebookExport {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final Parser MARKDOWN = Parser.builder().build();

	// Prose is the user's, but an exported page may travel: raw HTML in it is shown, not
	// run.
	private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private NotebookExport() {
	}

	/** The export formats, chosen by the file's extension. */
	public enum Format {

		MARKDOWN, JUPYTER, HTML;

		public static Format ofFileName(String fileName) {
			String lower = fileName.toLowerCase(java.util.Locale.ROOT);
			if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
				return MARKDOWN;
			}
			if (lower.endsWith(".ipynb")) {
				return JUPYTER;
			}
			if (lower.endsWith(".html") || lower.endsWith(".htm")) {
				return HTML;
			}
			return null;
		}

	}

	public static String render(Format format, String dataset, List<Cell> cells) {
		return switch (format) {
			case MARKDOWN -> markdown(dataset, cells);
			case JUPYTER -> jupyter(dataset, cells);
			case HTML -> html(dataset, cells);
		};
	}

	public static String markdown(String dataset, List<Cell> cells) {
		StringBuilder out = new StringBuilder();
		out.append("# Notebook of dataset ").append(dataset).append("\n\n");
		out.append("Exported from Crosscheck. Replay it into a dataset with `./crosscheck run FILE` ")
			.append("(add `--check` to compare each output with the one recorded here).\n");
		for (Cell cell : cells) {
			out.append('\n');
			if (cell.kind() == CellKind.PROSE) {
				out.append(NotebookScript.NOTE_START)
					.append('\n')
					.append(cell.input())
					.append('\n')
					.append(NotebookScript.NOTE_END)
					.append('\n');
				continue;
			}
			out.append("**[")
				.append(cell.number())
				.append("]** ")
				.append(cell.status().name().toLowerCase())
				.append(" · ")
				.append(cell.startedAt())
				.append(" · ")
				.append(cell.durationMillis())
				.append(" ms\n\n");
			out.append("```crosscheck\n").append(cell.input()).append("\n```\n");
			String output = cell.output() == null ? "" : cell.output();
			String fence = fenceFor(output);
			out.append('\n')
				.append(fence)
				.append('\n')
				.append(output)
				.append(output.isEmpty() ? "" : "\n")
				.append(fence)
				.append('\n');
		}
		return out.toString();
	}

	/**
	 * A fence longer than any run of backticks in the text, so the text cannot close it.
	 */
	private static String fenceFor(String text) {
		int longest = 0;
		int run = 0;
		for (char c : text.toCharArray()) {
			run = c == '`' ? run + 1 : 0;
			longest = Math.max(longest, run);
		}
		return "`".repeat(Math.max(3, longest + 1));
	}

	public static String jupyter(String dataset, List<Cell> cells) {
		Map<String, Object> notebook = new LinkedHashMap<>();
		List<Map<String, Object>> jupyterCells = new ArrayList<>();
		for (Cell cell : cells) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", "cell-" + cell.number());
			Map<String, Object> metadata = new LinkedHashMap<>();
			if (cell.kind() == CellKind.PROSE) {
				entry.put("cell_type", "markdown");
				entry.put("metadata", metadata);
				entry.put("source", lines(cell.input()));
			}
			else {
				entry.put("cell_type", "code");
				entry.put("execution_count", cell.number());
				metadata.put("crosscheck", Map.of("status", cell.status().name().toLowerCase(), "started",
						cell.startedAt(), "duration_ms", cell.durationMillis(), "revision", cell.revision()));
				entry.put("metadata", metadata);
				entry.put("source", lines(cell.input()));
				List<Map<String, Object>> outputs = new ArrayList<>();
				String output = cell.output() == null ? "" : cell.output();
				if (cell.status() == CellStatus.ERROR) {
					String error = output.lines()
						.filter(l -> l.startsWith("error: "))
						.reduce((a, b) -> b)
						.orElse(output);
					String before = output.substring(0, Math.max(0, output.lastIndexOf(error))).stripTrailing();
					if (!before.isEmpty()) {
						outputs.add(stream(before));
					}
					Map<String, Object> failure = new LinkedHashMap<>();
					failure.put("output_type", "error");
					failure.put("ename", "CommandError");
					failure.put("evalue", error.replaceFirst("^error: ", ""));
					failure.put("traceback", List.of(error));
					outputs.add(failure);
				}
				else if (!output.isEmpty()) {
					outputs.add(stream(output));
				}
				entry.put("outputs", outputs);
			}
			jupyterCells.add(entry);
		}
		notebook.put("cells", jupyterCells);
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("kernelspec",
				Map.of("name", "crosscheck", "display_name", "Crosscheck", "language", "crosscheck"));
		metadata.put("language_info",
				Map.of("name", "crosscheck", "file_extension", ".crosscheck", "mimetype", "text/x-crosscheck"));
		metadata.put("crosscheck", Map.of("dataset", dataset));
		notebook.put("metadata", metadata);
		notebook.put("nbformat", 4);
		notebook.put("nbformat_minor", 5);
		return JSON.writeValueAsString(notebook) + "\n";
	}

	private static Map<String, Object> stream(String text) {
		Map<String, Object> output = new LinkedHashMap<>();
		output.put("output_type", "stream");
		output.put("name", "stdout");
		output.put("text", lines(text + "\n"));
		return output;
	}

	/**
	 * Jupyter's multi-line strings: a list of lines, each but the last ending with a
	 * newline.
	 */
	private static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lines.add(text.substring(start, i + 1));
				start = i + 1;
			}
		}
		if (start < text.length()) {
			lines.add(text.substring(start));
		}
		return lines;
	}

	public static String html(String dataset, List<Cell> cells) {
		StringBuilder out = new StringBuilder();
		out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Notebook of ")
			.append(escape(dataset))
			.append(" — Crosscheck</title>\n<style>\n")
			.append("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2733;line-height:1.45}\n")
			.append("h1{font-size:1.6rem}.cell{margin:1.2rem 0;page-break-inside:avoid}.meta{color:#5b6775;font-size:.8rem}\n")
			.append("pre{white-space:pre-wrap;word-wrap:break-word;padding:.6rem .8rem;border-radius:4px;margin:.3rem 0}\n")
			.append("pre.in{background:#eef3f8;border-left:3px solid #2f6db3}pre.out{background:#fafafa;border:1px solid #e2e6ea}\n")
			.append(".error pre.out{border-color:#c0392b;background:#fdf1f0}.prose{border-left:3px solid #d0a030;padding-left:.8rem}\n")
			.append("@media print{body{margin:0}pre{border:1px solid #ccc}}\n</style>\n</head>\n<body>\n");
		out.append("<h1>Notebook of dataset ").append(escape(dataset)).append("</h1>\n");
		for (Cell cell : cells) {
			if (cell.kind() == CellKind.PROSE) {
				out.append("<div class=\"cell prose\">")
					.append(HTML.render(MARKDOWN.parse(cell.input())))
					.append("</div>\n");
				continue;
			}
			out.append("<div class=\"cell").append(cell.status() == CellStatus.ERROR ? " error" : "").append("\">\n");
			out.append("<div class=\"meta\">[")
				.append(cell.number())
				.append("] ")
				.append(cell.status().name().toLowerCase())
				.append(" · ")
				.append(escape(cell.startedAt()))
				.append(" · ")
				.append(cell.durationMillis())
				.append(" ms</div>\n");
			out.append("<pre class=\"in\">").append(escape(cell.input())).append("</pre>\n");
			if (cell.output() != null && !cell.output().isEmpty()) {
				out.append("<pre class=\"out\">").append(escape(cell.output())).append("</pre>\n");
			}
			out.append("</div>\n");
		}
		out.append("</body>\n</html>\n");
		return out.toString();
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
