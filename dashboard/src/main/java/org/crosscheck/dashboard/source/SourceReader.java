package org.crosscheck.dashboard.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.vaadin.flow.component.ScrollOptions;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationView;
import org.crosscheck.source.SourceDetail;
import org.crosscheck.source.SourceSummary;

/**
 * Shows one source's cleaned text in paragraphs with its annotations highlighted by kind,
 * and scrolls to a focused span. Source text is data: it is always set as text nodes and
 * spans, never as HTML.
 */
class SourceReader extends VerticalLayout {

	/** The CSS class of the span a deep link points at. */
	static final String FOCUS_CLASS = "reader-focus";

	private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

	private static final Pattern LINE_BREAK = Pattern.compile("\\n");

	/**
	 * What the reader shows now; an unchanged source is not rebuilt, so its scroll
	 * position stays.
	 */
	private Content shown;

	/** A span of a source's cleaned text that the reader highlights and scrolls to. */
	record Focus(int source, int start, int end) {
	}

	/** A source with its annotations and the span to focus (or null). */
	record Content(SourceDetail detail, List<AnnotationView> annotations, Focus focus) {
	}

	/**
	 * A paragraph of the cleaned text: its offsets, without the surrounding blank space.
	 */
	record Block(int start, int end) {
	}

	SourceReader() {
		setTestId("source-reader");
		addClassNames("source-reader", LumoUtility.Padding.Horizontal.LARGE);
		setSizeFull();
		getStyle().set("overflow", "auto");
		showNothing();
	}

	/** Shows a hint instead of a source. */
	void showNothing() {
		this.shown = null;
		removeAll();
		Span hint = new Span("Select a source to read its text.");
		hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.LARGE);
		add(hint);
	}

	/**
	 * Forgets what is shown, so that the next {@link #show} renders even an unchanged
	 * source again.
	 */
	void forget() {
		this.shown = null;
	}

	/** Shows a source, unless it is shown already exactly so. */
	void show(Content content) {
		if (content.equals(this.shown)) {
			return;
		}
		this.shown = content;
		removeAll();
		SourceSummary meta = content.detail().summary();
		H3 heading = new H3(SourcesView.titleOf(meta));
		heading.setTestId("reader-title");
		heading.addClassNames(LumoUtility.Margin.Bottom.NONE);
		Div byline = new Div();
		byline.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
		byline.setText(String.join(" · ", nonBlank("#" + meta.id(), meta.outlet(), meta.author(), meta.published(),
				meta.length() + " characters", content.annotations().size() + " annotations")));
		add(heading, byline);
		if (meta.url() != null) {
			// The address is shown as text, not as a link: a javascript: URL must not
			// become clickable.
			Span url = new Span(meta.url());
			url.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.TERTIARY);
			url.setTestId("reader-url");
			add(url);
		}
		add(legend(content.annotations()));

		List<AnnotationView> anchored = content.annotations()
			.stream()
			.filter(a -> !a.orphan() && a.start() != null && a.end() != null)
			.sorted(Comparator.comparingInt(AnnotationView::start))
			.toList();
		Div text = new Div();
		text.setTestId("reader-text");
		Element firstFocus = null;
		for (Block block : blocks(content.detail().text())) {
			Paragraph paragraph = new Paragraph();
			Element focusHere = fill(paragraph.getElement(), content.detail().text(), block, anchored, content.focus());
			firstFocus = firstFocus == null ? focusHere : firstFocus;
			text.add(paragraph);
		}
		add(text);

		List<AnnotationView> orphans = content.annotations().stream().filter(AnnotationView::orphan).toList();
		if (!orphans.isEmpty()) {
			add(orphanList(orphans));
		}
		if (firstFocus != null) {
			// Centred, so that the words before the span are in view too.
			firstFocus.getComponent()
				.ifPresent(component -> component.scrollIntoView(new ScrollOptions(ScrollOptions.Behavior.AUTO,
						ScrollOptions.Alignment.CENTER, ScrollOptions.Alignment.NEAREST)));
		}
	}

	private static Div legend(List<AnnotationView> marks) {
		Map<AnnotationKind, Long> counts = new EnumMap<>(AnnotationKind.class);
		for (AnnotationKind kind : AnnotationKind.values()) {
			counts.put(kind, 0L);
		}
		for (AnnotationView mark : marks) {
			counts.merge(kindOf(mark), 1L, Long::sum);
		}
		Div legend = new Div();
		legend.setTestId("reader-legend");
		legend.addClassNames("reader-legend");
		counts.forEach((kind, number) -> {
			Span chip = new Span(kind.key() + " " + number);
			chip.addClassNames("annotation", "kind-" + kind.key());
			legend.add(chip);
		});
		return legend;
	}

	private static Div orphanList(List<AnnotationView> orphans) {
		Div box = new Div();
		box.setTestId("reader-orphans");
		box.addClassNames("reader-orphans");
		H4 heading = new H4("Annotations no longer found in the text (" + orphans.size() + ")");
		UnorderedList list = new UnorderedList();
		for (AnnotationView orphan : orphans) {
			ListItem item = new ListItem();
			Span kind = new Span(kindOf(orphan).key() + " #" + orphan.id());
			kind.addClassNames("annotation", "kind-" + kindOf(orphan).key());
			item.add(kind);
			item.getElement()
				.appendChild(Element
					.createText(" «" + orphan.exact() + "»" + (orphan.note() == null ? "" : " — " + orphan.note())));
			list.add(item);
		}
		box.add(heading, list);
		return box;
	}

	/**
	 * The text's paragraphs as offsets: blocks separated by blank lines, or lines when it
	 * has none.
	 */
	static List<Block> blocks(String text) {
		List<Block> blocks = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return blocks;
		}
		Matcher separator = (text.contains("\n\n") ? BLANK_LINE : LINE_BREAK).matcher(text);
		int from = 0;
		while (from <= text.length()) {
			int to = separator.find(from) ? separator.start() : text.length();
			int start = from;
			int end = to;
			while (start < end && Character.isWhitespace(text.charAt(start))) {
				start++;
			}
			while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
				end--;
			}
			if (end > start) {
				blocks.add(new Block(start, end));
			}
			if (to == text.length()) {
				break;
			}
			from = separator.end();
		}
		return blocks;
	}

	/** The text's paragraphs as strings. */
	static List<String> paragraphs(String text) {
		return blocks(text).stream().map(block -> text.substring(block.start(), block.end())).toList();
	}

	/**
	 * Fills {@code paragraph} with the block's text: plain stretches as text nodes,
	 * annotated ones as spans whose classes name the kinds that cover them.
	 * @return the first span of the focus in this block, or null
	 */
	static Element fill(Element paragraph, String text, Block block, List<AnnotationView> anchored, Focus focus) {
		TreeSet<Integer> cuts = new TreeSet<>(List.of(block.start(), block.end()));
		List<AnnotationView> here = new ArrayList<>();
		for (AnnotationView mark : anchored) {
			if (mark.start() >= block.end()) {
				break;
			}
			if (mark.end() > block.start()) {
				here.add(mark);
				cuts.add(Math.max(mark.start(), block.start()));
				cuts.add(Math.min(mark.end(), block.end()));
			}
		}
		boolean focusHere = focus != null && focus.start() < block.end() && focus.end() > block.start();
		if (focusHere) {
			cuts.add(Math.max(focus.start(), block.start()));
			cuts.add(Math.min(focus.end(), block.end()));
		}
		Element firstFocus = null;
		Integer previous = null;
		for (int cut : cuts) {
			if (previous != null && cut > previous) {
				int from = previous;
				int to = cut;
				String words = text.substring(from, to);
				List<AnnotationView> covering = here.stream().filter(m -> m.start() <= from && m.end() >= to).toList();
				boolean focused = focusHere && focus.start() <= from && focus.end() >= to;
				if (covering.isEmpty() && !focused) {
					paragraph.appendChild(Element.createText(words));
					previous = cut;
					continue;
				}
				Span span = new Span(words);
				span.addClassName("annotation");
				covering.stream().map(m -> "kind-" + kindOf(m).key()).distinct().forEach(span::addClassName);
				if (covering.size() > 1) {
					span.addClassName("layered");
				}
				if (focused) {
					span.addClassName(FOCUS_CLASS);
					firstFocus = firstFocus == null ? span.getElement() : firstFocus;
				}
				if (!covering.isEmpty()) {
					span.setTitle(covering.stream().map(SourceReader::describe).collect(Collectors.joining("\n")));
					span.getElement()
						.setAttribute("data-annotations",
								covering.stream().map(m -> String.valueOf(m.id())).collect(Collectors.joining(" ")));
				}
				paragraph.appendChild(span.getElement());
			}
			previous = cut;
		}
		return firstFocus;
	}

	private static String describe(AnnotationView mark) {
		StringBuilder text = new StringBuilder(kindOf(mark).key()).append(" #").append(mark.id());
		if (mark.note() != null && !mark.note().isBlank()) {
			text.append(": ").append(mark.note());
		}
		if (mark.tags() != null && !mark.tags().isEmpty()) {
			text.append(" [").append(String.join(", ", mark.tags())).append(']');
		}
		return text.toString();
	}

	private static AnnotationKind kindOf(AnnotationView mark) {
		try {
			return AnnotationKind.of(mark.kind());
		}
		catch (RuntimeException ex) {
			return AnnotationKind.NOTE;
		}
	}

	private static List<String> nonBlank(String... parts) {
		return Arrays.stream(parts).filter(part -> part != null && !part.isBlank()).toList();
	}

}
