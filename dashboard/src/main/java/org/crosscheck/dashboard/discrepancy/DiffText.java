package org.crosscheck.dashboard.discrepancy;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * A word-level difference as the data module writes it ({@code kept [-removed-]{+added+}
 * kept}), split into parts and rendered as text nodes and styled spans, never as markup.
 */
final class DiffText {

	/** What a part of the difference is. */
	enum Change {

		SAME, REMOVED, ADDED

	}

	/** One stretch of the difference. */
	record Part(Change change, String text) {
	}

	private DiffText() {
	}

	/** The parts of {@code diff}; an unclosed marker is kept as text. */
	static List<Part> parse(String diff) {
		List<Part> parts = new ArrayList<>();
		if (diff == null || diff.isEmpty()) {
			return parts;
		}
		StringBuilder same = new StringBuilder();
		int at = 0;
		while (at < diff.length()) {
			Change change = diff.startsWith("[-", at) ? Change.REMOVED
					: diff.startsWith("{+", at) ? Change.ADDED : null;
			int close = change == null ? -1 : diff.indexOf(change == Change.REMOVED ? "-]" : "+}", at + 2);
			if (close < 0) {
				same.append(diff.charAt(at));
				at++;
				continue;
			}
			if (!same.isEmpty()) {
				parts.add(new Part(Change.SAME, same.toString()));
				same.setLength(0);
			}
			parts.add(new Part(change, diff.substring(at + 2, close)));
			at = close + 2;
		}
		if (!same.isEmpty()) {
			parts.add(new Part(Change.SAME, same.toString()));
		}
		return parts;
	}

	/**
	 * The difference as a block: kept words as text, removed ones struck and red, added
	 * ones green.
	 */
	static Div render(String diff) {
		Div block = new Div();
		block.addClassName("diff");
		for (Part part : parse(diff)) {
			switch (part.change()) {
				case SAME -> block.getElement().appendChild(Element.createText(part.text()));
				case REMOVED -> block.add(styled(part.text(), "diff-removed", "removed: "));
				case ADDED -> block.add(styled(part.text(), "diff-added", "added: "));
			}
		}
		return block;
	}

	private static Span styled(String text, String className, String label) {
		Span span = new Span(text);
		span.addClassName(className);
		// Colour alone does not say what changed: screen readers hear the label.
		span.getElement().setAttribute("aria-label", label + text);
		return span;
	}

}
