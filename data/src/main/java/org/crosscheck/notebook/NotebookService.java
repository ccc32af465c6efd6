package org.crosscheck.notebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.common.Remedy;
import org.crosscheck.common.Rows;
import org.crosscheck.dataset.Area;
import org.crosscheck.dataset.DatasetRef;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.dataset.Numbers;
import org.crosscheck.dataset.Revisions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the dataset's notebook: records cells, lists them and tells which are stale. */
@Service
public class NotebookService {

	private final JdbcClient jdbc;

	private final DatasetService datasets;

	private final Revisions revisions;

	private final Numbers numbers;

	NotebookService(JdbcClient jdbc, DatasetService datasets, Revisions revisions, Numbers numbers) {
		this.jdbc = jdbc;
		this.datasets = datasets;
		this.revisions = revisions;
		this.numbers = numbers;
	}

	/**
	 * Appends a command cell; its revision is the dataset's revision once the command is
	 * done.
	 */
	@Transactional
	public Cell recordCommand(String dataset, String input, String output, CellStatus status, Instant startedAt,
			long durationMillis, Set<Area> areasRead) {
		return append(dataset, CellKind.COMMAND, input, output, status, startedAt, durationMillis, areasRead);
	}

	/** Appends a prose cell: the user's own notes between commands, in Markdown. */
	@Transactional
	public Cell addNote(String dataset, String markdown) {
		if (markdown == null || markdown.isBlank()) {
			throw CrosscheckException.invalid("a note needs some text: notebook note \"what I found\"");
		}
		return append(dataset, CellKind.PROSE, markdown.strip(), null, CellStatus.OK, Instant.now(), 0,
				EnumSet.noneOf(Area.class));
	}

	private Cell append(String dataset, CellKind kind, String input, String output, CellStatus status,
			Instant startedAt, long durationMillis, Set<Area> areasRead) {
		DatasetRef ref = this.datasets.require(dataset);
		long revision = this.revisions.changed(ref.id(), Area.NOTEBOOK);
		int number = nextNumber(ref.id());
		String areas = areasRead.stream().map(Area::key).sorted().collect(Collectors.joining(","));
		this.jdbc
			.sql("""
					insert into cell (dataset_id, num, kind, input, output, status, started_at, duration_ms, revision, areas_read)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(ref.id(), number, kind.name().toLowerCase(), input, output, status.name().toLowerCase(),
					OffsetDateTime.ofInstant(startedAt, ZoneOffset.UTC), durationMillis, revision, areas)
			.update();
		return new Cell(number, kind, input, output, status, startedAt.toString(), durationMillis, revision, areasRead,
				false);
	}

	/** The number the next cell of the dataset will get (for the prompt). */
	@Transactional(readOnly = true)
	public int nextCellNumber(String dataset) {
		// A look only: the prompt asks for it each time it is drawn, and the cell may
		// never come.
		return this.numbers.peek(this.datasets.require(dataset).id(), "cell");
	}

	/** The dataset's cells in order; {@code last} > 0 keeps only the last ones. */
	@Transactional(readOnly = true)
	public List<Cell> cells(String dataset, int last) {
		DatasetRef ref = this.datasets.require(dataset);
		Map<Area, Long> areaRevisions = this.revisions.areas(ref.id());
		List<Cell> cells = this.jdbc.sql("select * from cell where dataset_id = ? and num > ? order by num")
			.params(ref.id(), last > 0 ? Math.max(0, this.numbers.peek(ref.id(), "cell") - 1 - last) : 0)
			.query((rs, row) -> map(rs, areaRevisions))
			.list();
		return cells;
	}

	@Transactional(readOnly = true)
	public Cell cell(String dataset, int number) {
		DatasetRef ref = this.datasets.require(dataset);
		Map<Area, Long> areaRevisions = this.revisions.areas(ref.id());
		return this.jdbc.sql("select * from cell where dataset_id = ? and num = ?")
			.params(ref.id(), number)
			.query((rs, row) -> map(rs, areaRevisions))
			.optional()
			.orElseThrow(() -> CrosscheckException.notFound("no cell " + number + " in the notebook of " + ref.name(),
					Remedy.listIds("cell")));
	}

	/**
	 * Writes the dataset's notebook to {@code file} in the format its extension names
	 * (.md, .ipynb, .html); the file is replaced whole or not at all.
	 */
	@Transactional(readOnly = true)
	public int export(String dataset, java.nio.file.Path file) {
		NotebookExport.Format format = NotebookExport.Format.ofFileName(file.getFileName().toString());
		if (format == null) {
			throw CrosscheckException.invalid("cannot tell the format of " + file.getFileName()
					+ "; name the file .md (Markdown), .ipynb (Jupyter) or .html");
		}
		List<Cell> all = cells(dataset, 0);
		org.crosscheck.common.AtomicFiles.write(file, NotebookExport.render(format, dataset, all));
		return all.size();
	}

	/** The numbers of the stale command cells, oldest first. */
	@Transactional(readOnly = true)
	public List<Integer> staleCells(String dataset) {
		List<Cell> all = cells(dataset, 0);
		return all.stream().filter(cell -> cell.stale() && supersededBy(all, cell) == null).map(Cell::number).toList();
	}

	/** The later cell that re-ran this cell's command and is current, or null. */
	public static Cell supersededBy(List<Cell> cells, Cell cell) {
		for (int i = cells.size() - 1; i >= 0; i--) {
			Cell later = cells.get(i);
			if (later.number() <= cell.number()) {
				return null;
			}
			if (later.kind() == CellKind.COMMAND && later.input().equals(cell.input()) && !later.stale()) {
				return later;
			}
		}
		return null;
	}

	private int nextNumber(long datasetId) {
		return this.numbers.next(datasetId, "cell");
	}

	private static Cell map(ResultSet rs, Map<Area, Long> areaRevisions) throws SQLException {
		String areasText = rs.getString("areas_read");
		Set<Area> areas = EnumSet.noneOf(Area.class);
		if (areasText != null && !areasText.isBlank()) {
			Arrays.stream(areasText.split(",")).map(key -> Area.valueOf(key.toUpperCase())).forEach(areas::add);
		}
		long revision = rs.getLong("revision");
		CellKind kind = CellKind.valueOf(rs.getString("kind").toUpperCase());
		boolean stale = kind == CellKind.COMMAND && Revisions.changedSince(areaRevisions, areas, revision);
		return new Cell(rs.getInt("num"), kind, rs.getString("input"), rs.getString("output"),
				CellStatus.valueOf(rs.getString("status").toUpperCase()),
				rs.getObject("started_at", OffsetDateTime.class).toInstant().toString(), rs.getLong("duration_ms"),
				revision, areas, stale);
	}

	// ---- for the features that copy a notebook (bundles)

	/** Every cell of the dataset, in number order, {@code page} rows a query. */
	@Transactional(readOnly = true)
	public void eachCellRow(long datasetId, int page, java.util.function.Consumer<CellRow> record) {
		Rows.pages(this.jdbc,
				"select * from cell where dataset_id = ? and num > ? order by dataset_id, num fetch first ? rows only",
				datasetId, page,
				(rs, row) -> new CellRow(rs.getInt("num"), rs.getString("kind"), rs.getString("input"),
						rs.getString("output"), rs.getString("status"), Rows.time(rs, "started_at"),
						rs.getLong("duration_ms"), rs.getLong("revision"), rs.getString("areas_read")),
				CellRow::num, record);
	}

	/** Inserts a cell as it is, number included, inside the caller's transaction. */
	@Transactional
	public void insertCellRow(long datasetId, CellRow cell) {
		this.jdbc
			.sql("""
					insert into cell (dataset_id, num, kind, input, output, status, started_at, duration_ms, revision, areas_read)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(datasetId, cell.num(), cell.kind(), cell.input(), cell.output(), cell.status(), cell.startedAt(),
					cell.durationMs(), cell.revision(), cell.areasRead())
			.update();
	}

}
