package org.crosscheck.dashboard.notebook;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.crosscheck.dashboard.base.ui.DatasetSelection;
import org.crosscheck.dashboard.base.ui.LiveView;
import org.crosscheck.notebook.Cell;
import org.crosscheck.notebook.CellKind;
import org.crosscheck.notebook.CellStatus;
import org.crosscheck.notebook.NotebookService;

/**
 * The selected dataset's notebook, read-only: the user's prose rendered from Markdown
 * (made safe first), the commands with their output as plain text, status and a mark on
 * cells whose data changed since they ran.
 */
@Route("notebook")
@PageTitle("Notebook · Crosscheck")
public class NotebookView extends LiveView {

	/** How many of the latest cells a long notebook shows until the user asks for all. */
	static final int LATEST = 200;

	private final NotebookService notebook;

	private final Span count = new Span();

	private final Button showAll = new Button();

	private final Div cellList = new Div();

	private boolean all;

	private List<Cell> cells = List.of();

	public NotebookView(NotebookService notebook, DatasetSelection selection) {
		super(selection);
		this.notebook = notebook;

		H2 heading = new H2("Notebook");
		heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
		this.count.getElement().getThemeList().add("badge contrast pill");
		this.count.setTestId("cell-count");
		this.showAll.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		this.showAll.setVisible(false);
		this.showAll.setTestId("show-all-cells");
		this.showAll.addClickListener(event -> {
			this.all = true;
			refresh();
		});
		HorizontalLayout title = new HorizontalLayout(heading, this.count, this.showAll);
		title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

		this.cellList.setTestId("notebook-cells");
		this.cellList.addClassNames("notebook");
		this.cellList.setWidthFull();
		this.cellList.getStyle().set("overflow", "auto");
		add(title, this.cellList);
		setFlexGrow(1, this.cellList);
	}

	@Override
	protected void refresh() {
		if (!this.selection.exists()) {
			this.cells = List.of();
			this.cellList.removeAll();
			this.cellList.add(new Span(missingDatasetText()));
			this.count.setText("0 cells");
			return;
		}
		String dataset = this.selection.dataset();
		int total = this.notebook.nextCellNumber(dataset) - 1;
		List<Cell> latest = this.notebook.cells(dataset, this.all ? 0 : LATEST);
		this.count.setText(total == 1 ? "1 cell" : total + " cells");
		this.showAll.setVisible(!this.all && total > latest.size());
		this.showAll.setText("Show all " + total + " cells");
		if (latest.equals(this.cells)) {
			return;
		}
		this.cells = latest;
		this.cellList.removeAll();
		if (latest.isEmpty()) {
			Span empty = new Span("The notebook is empty: every command typed in the console becomes a cell here.");
			empty.addClassNames(LumoUtility.TextColor.SECONDARY);
			this.cellList.add(empty);
			return;
		}
		latest.forEach(cell -> this.cellList.add(cellView(cell)));
	}

	private static Div cellView(Cell cell) {
		Div box = new Div();
		box.addClassNames("notebook-cell", cell.kind() == CellKind.PROSE ? "prose" : "command");
		box.setTestId("cell-" + cell.number());
		Span number = new Span("[" + cell.number() + "]");
		number.addClassNames("cell-number");
		if (cell.kind() == CellKind.PROSE) {
			Div prose = SafeMarkdown.render(cell.input());
			prose.setTestId("cell-prose-" + cell.number());
			box.add(number, prose);
			return box;
		}
		Pre input = new Pre("› " + cell.input());
		input.addClassNames("cell-input");
		HorizontalLayout header = new HorizontalLayout(number, input);
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		header.setSpacing(true);
		Span status = new Span(cell.status() == CellStatus.ERROR ? "error" : "ok");
		status.getElement().getThemeList().add(cell.status() == CellStatus.ERROR ? "badge error" : "badge success");
		status.setTestId("cell-status-" + cell.number());
		header.add(status);
		if (cell.stale()) {
			Span stale = new Span("stale");
			stale.getElement().getThemeList().add("badge contrast");
			stale.getElement().setAttribute("title", "The data this command read has changed since it ran.");
			stale.setTestId("cell-stale-" + cell.number());
			header.add(stale);
		}
		Span took = new Span(cell.durationMillis() + " ms");
		took.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.TERTIARY);
		header.add(took);
		box.add(header);
		if (cell.output() != null && !cell.output().isEmpty()) {
			Pre output = new Pre(cell.output());
			output.addClassNames("cell-output");
			output.setTestId("cell-output-" + cell.number());
			box.add(output);
		}
		return box;
	}

}
