package org.crosscheck.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.NewAnnotation;
import org.crosscheck.ledger.ClaimService;
import org.crosscheck.ledger.ContractInput;
import org.crosscheck.ledger.EventInput;
import org.crosscheck.common.PartialDate;
import org.crosscheck.dataset.Area;
import org.crosscheck.dataset.DatasetRef;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.dataset.Revisions;
import org.crosscheck.notebook.CellStatus;
import org.crosscheck.notebook.NotebookService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds a small investigation for the exchange tests: two articles about the ICE cloud
 * story (written for these tests), annotations, entities, contracts, events,
 * discrepancies and notebook cells. Sources and the tables that have no service yet are
 * written with SQL, since the file import and the discrepancy workflow are other
 * features.
 */
@Component
class ExchangeFixtures {

	static final String FIRST = """
			Microsoft said on Wednesday that U.S. Immigration and Customs Enforcement (ICE) does not use its Azure cloud \
			for mass surveillance. The company said it had suspended certain services to a unit of the agency last September.
			Dell's government arm won an $18.8 million contract from ICE in April 2025. AT&T has held a $90.7 million contract \
			since 2021, running until September, with options to 2032 that could bring the total to $165.2 million.
			"We do not provide technology for mass surveillance," a Microsoft spokesperson said.
			""";

	static final String SECOND = """
			Microsoft disabled some services used by an ICE unit, the company told employees in February 2026.
			Palantir was awarded a $139.3 million contract in 2022 for investigative case management.
			"We do not provide technology for mass surveillance of civilians," the spokesperson said. ICE said ICE \
			would review its contracts.
			""";

	private final JdbcClient jdbc;

	private final DatasetService datasets;

	private final Revisions revisions;

	private final AnnotationService annotations;

	private final ClaimService claims;

	private final NotebookService notebook;

	ExchangeFixtures(JdbcClient jdbc, DatasetService datasets, Revisions revisions, AnnotationService annotations,
			ClaimService claims, NotebookService notebook) {
		this.jdbc = jdbc;
		this.datasets = datasets;
		this.revisions = revisions;
		this.annotations = annotations;
		this.claims = claims;
		this.notebook = notebook;
	}

	/** A dataset with a bit of everything. */
	void investigation(String dataset) {
		this.datasets.createDataset(dataset);
		source(dataset, "Microsoft denies ICE uses its cloud for mass surveillance",
				"https://example.org/news/microsoft-ice", "Example Times", "2026-02-21T17:20+05:30", FIRST);
		source(dataset, "Microsoft disabled services for ICE unit", null, "Example Wire", null, SECOND);
		long ice = entity(dataset, "public_body", "U.S. Immigration and Customs Enforcement", "ICE", "the agency");
		entity(dataset, "organization", "Microsoft");
		entity(dataset, "person", "Satya Nadella");
		this.annotations.annotate(dataset, new NewAnnotation(1, "suspended certain services", AnnotationKind.CLAIM,
				"Compare with 'disabled some services' in source 2", List.of("wording", "services"), null));
		this.annotations.annotate(dataset,
				new NewAnnotation(1, "$18.8 million", AnnotationKind.MONEY, null, List.of(), null));
		this.annotations.annotate(dataset,
				new NewAnnotation(1, "$165.2 million", AnnotationKind.MONEY, null, List.of(), null));
		this.annotations.annotate(dataset,
				new NewAnnotation(2, "disabled some services", AnnotationKind.CLAIM, null, List.of("wording"), null));
		this.annotations.annotate(dataset, new NewAnnotation(2, "ICE", AnnotationKind.ENTITY, null, List.of(), 2));
		this.annotations.annotate(dataset,
				new NewAnnotation(1, "last September", AnnotationKind.DATE, null, List.of(), null));
		this.jdbc.sql("update annotation set entity_id = ? where num = 5 and dataset_id = ?")
			.params(ice, ref(dataset).id())
			.update();
		this.claims.addContract(dataset, new ContractInput("Dell", "ICE", "USD", new BigDecimal("18800000"), null,
				PartialDate.parse("2025-04"), null, null, "IT hardware", List.of(2)));
		this.claims.addContract(dataset,
				new ContractInput("AT&T", "U.S. Immigration and Customs Enforcement", "USD", new BigDecimal("90700000"),
						new BigDecimal("165200000"), PartialDate.parse("2021"), PartialDate.parse("2025-09"),
						PartialDate.parse("2032"), "Telecommunications", List.of(3)));
		this.claims.addEvent(dataset,
				new EventInput(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), "MONTH", "RESOLVED",
						"last September", "Microsoft suspends services to an ICE unit", List.of("Microsoft", "ICE"),
						List.of(1, 6)));
		this.claims.addEvent(dataset, new EventInput(LocalDate.of(2025, 4, 15), null, "DAY", "RESOLVED", "April 15",
				"Dell <b>wins</b> ICE contract", List.of("Dell"), List.of(2)));
		this.claims.addEvent(dataset, new EventInput(null, null, null, "UNRESOLVED", "on Wednesday",
				"Microsoft denies mass surveillance", List.of("Microsoft"), List.of()));
		discrepancy(dataset, "wording", "open", "“suspended certain services” vs “disabled some services”", 1,
				"suspended certain services", 2, "disabled some services");
		discrepancy(dataset, "quote", "open", "the spokesperson's quote differs", 1,
				"We do not provide technology for mass surveillance", 2,
				"We do not provide technology for mass surveillance of civilians");
		this.notebook.recordCommand(dataset, "annotation list", "6 annotations", CellStatus.OK,
				Instant.parse("2026-02-22T09:00:00.123456Z"), 12, EnumSet.of(Area.ANNOTATIONS));
		this.notebook.addNote(dataset, "Ask ICE about the **AT&T** options.");
	}

	DatasetRef ref(String dataset) {
		return this.datasets.require(dataset);
	}

	void source(String dataset, String title, String url, String outlet, String published, String text) {
		DatasetRef ref = ref(dataset);
		int num = this.jdbc.sql("select coalesce(max(num), 0) + 1 from source where dataset_id = ?")
			.param(ref.id())
			.query(Integer.class)
			.single();
		OffsetDateTime publishedAt = published == null ? null : OffsetDateTime.parse(published);
		this.jdbc
			.sql("""
					insert into source (dataset_id, num, uid, title, outlet, url, author, published, published_at, retrieved_at,
					  content_hash, format, file_name, raw_text, clean_text)
					values (?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, 'TEXT', ?, ?, ?)""")
			.params(ref.id(), num, UUID.randomUUID().toString(), title, outlet, url, published, publishedAt,
					OffsetDateTime.of(2026, 2, 22, 8, 0, 0, 0, ZoneOffset.UTC), sha256(text), "article-" + num + ".txt",
					text, text.strip())
			.update();
		this.revisions.changed(ref.id(), Area.SOURCES);
	}

	long entity(String dataset, String kind, String name, String... aliases) {
		DatasetRef ref = ref(dataset);
		int num = this.jdbc.sql("select coalesce(max(num), 0) + 1 from entity where dataset_id = ?")
			.param(ref.id())
			.query(Integer.class)
			.single();
		this.jdbc.sql("insert into entity (dataset_id, num, uid, kind, name, created_at) values (?, ?, ?, ?, ?, ?)")
			.params(ref.id(), num, UUID.randomUUID().toString(), kind, name, OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		long key = this.jdbc.sql("select id from entity where dataset_id = ? and num = ?")
			.params(ref.id(), num)
			.query(Long.class)
			.single();
		for (String alias : aliases) {
			this.jdbc.sql("insert into entity_alias (entity_id, alias) values (?, ?)").params(key, alias).update();
		}
		this.revisions.changed(ref.id(), Area.ENTITIES);
		return key;
	}

	void discrepancy(String dataset, String kind, String status, String summary, int leftSource, String leftWords,
			int rightSource, String rightWords) {
		DatasetRef ref = ref(dataset);
		int num = this.jdbc.sql("select coalesce(max(num), 0) + 1 from discrepancy where dataset_id = ?")
			.param(ref.id())
			.query(Integer.class)
			.single();
		long left = sourceKey(ref, leftSource);
		long right = sourceKey(ref, rightSource);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		this.jdbc.sql("""
				insert into discrepancy (dataset_id, num, uid, kind, severity, status, raised_by, fingerprint, summary,
				  left_source, left_exact, right_source, right_exact, created_at, updated_at)
				values (?, ?, ?, ?, 'medium', ?, 'crosscheck', ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(ref.id(), num, UUID.randomUUID().toString(), kind, status, sha256(kind + leftWords + rightWords),
					summary, left, leftWords, right, rightWords, now, now)
			.update();
		this.revisions.changed(ref.id(), Area.DISCREPANCIES);
	}

	/** What a person does with a discrepancy: decide it and write a note. */
	void decide(String dataset, int discrepancy, String status, String note) {
		DatasetRef ref = ref(dataset);
		this.jdbc.sql("update discrepancy set status = ?, notes = ? where dataset_id = ? and num = ?")
			.params(status, note, ref.id(), discrepancy)
			.update();
		this.revisions.changed(ref.id(), Area.DISCREPANCIES);
	}

	String status(String dataset, int discrepancy) {
		return this.jdbc.sql("select status from discrepancy where dataset_id = ? and num = ?")
			.params(ref(dataset).id(), discrepancy)
			.query(String.class)
			.single();
	}

	String notes(String dataset, int discrepancy) {
		return this.jdbc.sql("select notes from discrepancy where dataset_id = ? and num = ?")
			.params(ref(dataset).id(), discrepancy)
			.query(String.class)
			.single();
	}

	/**
	 * Rows of every table of the home, and every dataset's revision: what must not change
	 * when an import is refused.
	 */
	String everything() {
		StringBuilder out = new StringBuilder();
		for (String table : List.of("dataset", "source", "entity", "entity_alias", "annotation", "contract", "event",
				"evidence", "discrepancy", "cell", "area_revision")) {
			out.append(table)
				.append('=')
				.append(this.jdbc.sql("select count(*) from " + table).query(Long.class).single())
				.append(' ');
		}
		this.jdbc.sql("select name, revision from dataset order by name")
			.query((rs, row) -> out.append(rs.getString(1)).append('@').append(rs.getLong(2)).append(' '))
			.list();
		return out.toString();
	}

	private long sourceKey(DatasetRef ref, int num) {
		return this.jdbc.sql("select id from source where dataset_id = ? and num = ?")
			.params(ref.id(), num)
			.query(Long.class)
			.single();
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
