package org.crosscheck.dashboard.source;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationView;
import org.crosscheck.annotation.NewAnnotation;
import org.crosscheck.dashboard.StoryViewTest;
import org.crosscheck.dashboard.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader: annotations highlighted by kind, orphans apart, deep links to a span,
 * hostile text as text.
 */
class SourcesReaderTests extends StoryViewTest {

	@Test
	void annotationsAreHighlightedBySpansOfTheirKindWithALegend() {
		List<AnnotationView> marks = this.annotations.listAnnotations(dataset(), 1, null);
		AnnotationView money = marks.stream().filter(mark -> mark.kind().equals("money")).findFirst().orElseThrow();

		navigate(SourcesView.class);
		SourcesView.open(1, null, null);

		List<Span> highlighted = $(Span.class, reader()).all()
			.stream()
			.filter(span -> span.getClassNames().contains("annotation"))
			.toList();
		assertThat(highlighted).anyMatch(span -> span.getClassNames().contains("kind-money")
				&& span.getElement().getText().equals(money.exact()));
		assertThat(highlighted).anyMatch(span -> span.getClassNames().contains("kind-quote"));
		assertThat($(Div.class).withTestId("reader-legend").single().getElement().getTextRecursively())
			.contains("quote", "claim", "money", "date", "entity", "note");
		// The text is whole: highlighting changes no character.
		String shown = reader().getElement().getChildren().map(Element::getTextRecursively).reduce("", (a, b) -> a + b);
		assertThat(shown.replaceAll("\\s", ""))
			.isEqualTo(this.sources.showSource(dataset(), 1).text().replaceAll("\\s", ""));
	}

	@Test
	void deepLinkHighlightsTheSpanAndSelectsTheSource() {
		String text = this.sources.showSource(dataset(), 2).text();
		int start = text.indexOf("disabled some services");

		navigate(SourcesView.class);
		SourcesView.open(2, start, start + 22);

		List<Span> focus = $(Span.class, reader()).all()
			.stream()
			.filter(span -> span.getClassNames().contains(SourcesView.FOCUS_CLASS))
			.toList();
		assertThat(focus).extracting(span -> span.getElement().getText()).containsExactly("disabled some services");
		assertThat(focus.get(0).getClassNames()).contains("kind-claim");
	}

	@Test
	void orphanedAnnotationsAreListedApart() {
		if (this.annotations.listAnnotations(dataset(), 3, null).stream().noneMatch(AnnotationView::orphan)) {
			this.annotations.annotate(dataset(), new NewAnnotation(3, "last September", AnnotationKind.DATE,
					"<img src=x onerror=alert(10)>", List.of(), null));
			this.sources.correctText(dataset(), 3, "The company suspended certain services last September.",
					"Nothing else was said.");
		}

		navigate(SourcesView.class);
		SourcesView.open(3, null, null);

		Div orphans = $(Div.class).withTestId("reader-orphans").single();
		assertThat(orphans.getElement().getTextRecursively()).contains("date #")
			.contains("«last September»")
			.contains("<img src=x onerror=alert(10)>");
		assertThat(reader().getElement().getTextRecursively()).doesNotContain("last September");
		assertNoMarkupBelow(orphans.getElement());
	}

	@Test
	void hostileSourceTitleTextAndNoteRenderAsText() {
		navigate(SourcesView.class);
		SourcesView.open(5, null, null);

		assertThat(reader().getElement().getTextRecursively()).contains("<script>alert(1)</script>")
			.contains("<img src=x onerror=alert(1)>");
		Span annotated = $(Span.class, reader()).all()
			.stream()
			.filter(span -> span.getClassNames().contains("kind-note"))
			.findFirst()
			.orElseThrow();
		assertThat(annotated.getElement().getText()).isEqualTo("<script>alert(1)</script>");
		assertThat(annotated.getElement().getAttribute("title")).contains(TestData.HOSTILE_NOTE).contains("<i>tag</i>");
		assertNoMarkupBelow($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).withTestId("source-reader")
			.single()
			.getElement());
	}

	@Test
	void aBadDeepLinkOpensTheSourceWithoutAFocus() {
		navigate(SourcesView.class);
		// What a hand-edited address can hold: not numbers, or a span that ends before it
		// starts.
		UI.getCurrent().navigate("sources", QueryParameters.simple(Map.of("source", "2", "start", "abc", "end", "-4")));

		assertThat($(Span.class, reader()).all())
			.noneMatch(span -> span.getClassNames().contains(SourcesView.FOCUS_CLASS));
		assertThat(reader().getElement().getTextRecursively()).contains("disabled some services");
	}

	private Div reader() {
		return $(Div.class).withTestId("reader-text").single();
	}

}
