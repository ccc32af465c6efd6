package org.crosscheck.dashboard.notebook;

import java.time.Instant;
import java.util.EnumSet;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;

import org.crosscheck.dashboard.StoryViewTest;
import org.crosscheck.dataset.Area;
import org.crosscheck.notebook.Cell;
import org.crosscheck.notebook.CellKind;
import org.crosscheck.notebook.CellStatus;

import static org.assertj.core.api.Assertions.assertThat;

class NotebookViewTests extends StoryViewTest {

	@Test
	void hostileProseIsRenderedAsSafeMarkdown() {
		Cell prose = this.notebook.cells(dataset(), 0)
			.stream()
			.filter(cell -> cell.kind() == CellKind.PROSE)
			.findFirst()
			.orElseThrow();
		navigate(NotebookView.class);

		Div rendered = $(Div.class).withTestId("cell-prose-" + prose.number()).single();
		Element root = rendered.getElement();
		assertThat(root.getTextRecursively())
			.contains("Raw <script>alert(5)</script> and <img src=x onerror=alert(6)> stay text.")
			.contains("Findings");
		assertNoMarkupBelow(root);
		assertThat(find(root, "h1")).isNotNull();
		assertThat(find(root, "strong").getTextRecursively()).isEqualTo("bold");
		Element realLink = links(root).get(0);
		assertThat(realLink.getAttribute("href")).isEqualTo("https://example.org/story");
		assertThat(realLink.getAttribute("rel")).contains("noopener");
		// The javascript: link keeps its words but is no link.
		assertThat(root.getTextRecursively()).contains("click me");
		assertThat(links(root)).hasSize(1);
	}

	@Test
	void commandCellsShowInputOutputStatusAndStaleMark() {
		Cell command = this.notebook.recordCommand(dataset(), "source list",
				"<b>1</b>  Hostile <img src=x onerror=alert(11)>", CellStatus.OK, Instant.now(), 12,
				EnumSet.of(Area.SOURCES));
		Cell failed = this.notebook.recordCommand(dataset(), "source show 99", "error: no source 99", CellStatus.ERROR,
				Instant.now(), 3, EnumSet.of(Area.SOURCES));
		// The data the first command read changes afterwards: it becomes stale.
		org.crosscheck.dashboard.TestData.importText(this.sources, dataset(), "later-" + System.nanoTime() + ".txt",
				"Wire", null, "Later " + System.nanoTime(), "Something new " + System.nanoTime() + "\n");

		navigate(NotebookView.class);

		Div cell = $(Div.class).withTestId("cell-" + command.number()).single();
		assertThat($(Pre.class, cell).all()).extracting(Pre::getText)
			.contains("› source list", "<b>1</b>  Hostile <img src=x onerror=alert(11)>");
		assertThat($(Span.class).withTestId("cell-status-" + command.number()).single().getText()).isEqualTo("ok");
		assertThat($(Span.class).withTestId("cell-stale-" + command.number()).exists()).isTrue();
		assertThat($(Span.class).withTestId("cell-status-" + failed.number()).single().getText()).isEqualTo("error");
		assertNoMarkupBelow(cell.getElement());
	}

	@Test
	void aNoteTheConsoleAddsAppearsOnPoll() {
		navigate(NotebookView.class);

		Cell note = this.notebook.addNote(dataset(), "A *new* note");
		poll();

		assertThat($(Div.class).withTestId("cell-prose-" + note.number()).single().getElement().getTextRecursively())
			.isEqualTo("A new note");
	}

	@Test
	void sanitisedHtmlDropsScriptsAndUnsafeLinks() {
		String html = SafeMarkdown.sanitisedHtml("<script>alert(1)</script>\n\n[x](javascript:alert(2)) "
				+ "![i](https://example.org/i.png) <a href=\"javascript:alert(3)\">y</a>");

		assertThat(html).doesNotContain("<script", "<img", "<a href=\"javascript").contains("&lt;script&gt;");
		assertThat(SafeMarkdown.isSafeLink(" JavaScript:alert(1)")).isFalse();
		assertThat(SafeMarkdown.isSafeLink("data:text/html,x")).isFalse();
	}

	private static Element find(Element root, String tag) {
		if (tag.equals(root.getTag())) {
			return root;
		}
		return root.getChildren()
			.filter(child -> !child.isTextNode())
			.map(child -> find(child, tag))
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/** The elements that are links: an {@code a} with an address. */
	private static java.util.List<Element> links(Element root) {
		java.util.List<Element> found = new java.util.ArrayList<>();
		if ("a".equals(root.getTag()) && root.getAttribute("href") != null) {
			found.add(root);
		}
		root.getChildren().filter(child -> !child.isTextNode()).forEach(child -> found.addAll(links(child)));
		return found;
	}

}
