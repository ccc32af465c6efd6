package org.crosscheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each table has one owner: only the feature a table belongs to names it in SQL, so that
 * a column is renamed in one feature and no feature writes another's rows; the others go
 * through the owner's service. The front ends ({@code shell/}, {@code dashboard/}) hold
 * no SQL and use neither Spring's JDBC and transaction packages nor any feature's
 * {@code internal} package. The checks read the source files, so they see SQL in string
 * literals and text blocks, which the compiled classes do not show as table names.
 */
class ArchitectureTests {

	/**
	 * The owner of each table: the feature package under {@code org.crosscheck} whose SQL
	 * alone names it.
	 */
	static final Map<String, String> OWNERS = Map.ofEntries(Map.entry("dataset", "dataset"),
			Map.entry("setting", "dataset"), Map.entry("area_revision", "dataset"),
			Map.entry("dataset_counter", "dataset"), Map.entry("source", "source"), Map.entry("story", "story"),
			Map.entry("story_source", "story"), Map.entry("annotation", "annotation"),
			Map.entry("entity", "extraction"), Map.entry("entity_alias", "extraction"),
			Map.entry("suggestion", "extraction"), Map.entry("contract", "ledger"), Map.entry("event", "ledger"),
			Map.entry("evidence", "ledger"), Map.entry("discrepancy", "discrepancy"), Map.entry("cell", "notebook"));

	/**
	 * The places that build a table's name at run time, with why: the check cannot read
	 * the name there, so each is named here. {@code Numbers} starts a dataset's counter
	 * after the highest number of the table it numbers; {@code ClaimService} finds and
	 * updates contracts and events, its own two tables, with the same statements.
	 */
	static final Set<String> DYNAMIC_TABLE_NAMES = Set.of("dataset/Numbers.java", "ledger/ClaimService.java");

	static final Path DATA = Path.of("src/main/java/org/crosscheck");

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	static final List<Path> FRONT_ENDS = List.of(Path.of("../shell/src/main/java"),
			Path.of("../dashboard/src/main/java"));

	private static final Pattern SQL = Pattern.compile(
			"(?is)^\\s*(select|insert|update|delete|with|from|join|left|inner|where|and|or|order|alter|create|merge|drop)\\b.*"
					+ "|.*\\bselect\\b.+\\bfrom\\b.*|.*\\binsert\\s+into\\b.*|.*\\bdelete\\s+from\\b.*");

	private static final Pattern TABLE = Pattern
		.compile("(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)");

	private static final Pattern DYNAMIC = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+$");

	private static final Pattern CREATED = Pattern.compile("(?i)create\\s+table\\s+([a-z_][a-z0-9_]*)");

	private static final Pattern DROPPED = Pattern
		.compile("(?i)drop\\s+table\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	private static final Pattern FORBIDDEN_IN_FRONT_ENDS = Pattern
		.compile("org\\.springframework\\.(jdbc|transaction)\\b|org\\.crosscheck\\.[a-z.]*\\.internal\\b");

	@Test
	void everyTableOfTheSchemaHasOneOwningFeature() {
		assertThat(OWNERS.keySet()).containsExactlyInAnyOrderElementsOf(tables());
		for (String owner : Set.copyOf(OWNERS.values())) {
			assertThat(DATA.resolve(owner)).as("the owning feature %s", owner).isDirectory();
		}
	}

	@Test
	void onlyTheOwningFeatureNamesATableInSql() {
		Set<String> tables = tables();
		List<String> violations = new ArrayList<>();
		for (Path file : javaFiles(DATA)) {
			String name = DATA.relativize(file).toString().replace('\\', '/');
			String feature = name.contains("/") ? name.substring(0, name.indexOf('/')) : "";
			for (String literal : stringLiterals(read(file))) {
				if (!SQL.matcher(literal).matches()) {
					continue;
				}
				Matcher table = TABLE.matcher(literal);
				while (table.find()) {
					String named = table.group(1).toLowerCase(Locale.ROOT);
					if (tables.contains(named) && !OWNERS.get(named).equals(feature)) {
						violations.add(name + " names table " + named + " (owned by " + OWNERS.get(named) + "): "
								+ oneLine(literal));
					}
				}
				if (DYNAMIC.matcher(literal).find() && !DYNAMIC_TABLE_NAMES.contains(name)) {
					violations.add(name + " builds a table name at run time: " + oneLine(literal));
				}
			}
		}
		assertThat(violations).as("SQL outside the owner of its table").isEmpty();
	}

	@Test
	void theFrontEndsHoldNoSqlAndUseNoJdbcTransactionsOrInternalPackages() {
		List<String> violations = new ArrayList<>();
		for (Path root : FRONT_ENDS) {
			assertThat(root).isDirectory();
			for (Path file : javaFiles(root)) {
				String name = root.relativize(file).toString().replace('\\', '/');
				String text = read(file);
				Matcher forbidden = FORBIDDEN_IN_FRONT_ENDS.matcher(withoutComments(text));
				while (forbidden.find()) {
					violations.add(name + " uses " + forbidden.group());
				}
				for (String literal : stringLiterals(text)) {
					if (SQL.matcher(literal).matches() && TABLE.matcher(literal)
						.results()
						.anyMatch(table -> tables().contains(table.group(1).toLowerCase(Locale.ROOT)))) {
						violations.add(name + " holds SQL: " + oneLine(literal));
					}
				}
			}
		}
		assertThat(violations).as("front ends that reach below the services").isEmpty();
	}

	@Test
	void theChecksSeeSqlInLiteralsAndTextBlocksButNotInComments() {
		String code = """
				class Sample {
					// select * from comment_table
					String one = "select id from source where num = ?";
					String block = \"""
							insert into annotation (id)
							values (?)\""";
					String message = "moved from source 3";
					char quote = '"';
				}
				""";
		List<String> literals = stringLiterals(code);
		assertThat(literals).contains("select id from source where num = ?", "moved from source 3");
		assertThat(literals).anyMatch(l -> l.contains("insert into annotation"));
		assertThat(literals).noneMatch(l -> l.contains("comment_table"));
		assertThat(literals.stream().filter(l -> SQL.matcher(l).matches())).hasSize(2);
	}

	/** The tables the migrations create and do not drop again. */
	static Set<String> tables() {
		Set<String> tables = new TreeSet<>();
		for (Path migration : files(MIGRATIONS, ".sql")) {
			String sql = read(migration).replaceAll("--[^\n]*", "");
			CREATED.matcher(sql).results().forEach(m -> tables.add(m.group(1).toLowerCase(Locale.ROOT)));
			DROPPED.matcher(sql).results().forEach(m -> tables.remove(m.group(1).toLowerCase(Locale.ROOT)));
		}
		return tables;
	}

	/**
	 * The string literals and text blocks of a Java source, their escapes left as
	 * written; comments skipped.
	 */
	static List<String> stringLiterals(String code) {
		List<String> literals = new ArrayList<>();
		int i = 0;
		while (i < code.length()) {
			char c = code.charAt(i);
			if (code.startsWith("//", i)) {
				int end = code.indexOf('\n', i);
				i = end < 0 ? code.length() : end;
			}
			else if (code.startsWith("/*", i)) {
				int end = code.indexOf("*/", i + 2);
				i = end < 0 ? code.length() : end + 2;
			}
			else if (code.startsWith("\"\"\"", i)) {
				int end = code.indexOf("\"\"\"", i + 3);
				while (end > 0 && code.charAt(end - 1) == '\\') {
					end = code.indexOf("\"\"\"", end + 1);
				}
				end = end < 0 ? code.length() : end;
				literals.add(code.substring(i + 3, end).stripIndent());
				i = end + 3;
			}
			else if (c == '"' || c == '\'') {
				int j = i + 1;
				while (j < code.length() && code.charAt(j) != c) {
					j += code.charAt(j) == '\\' ? 2 : 1;
				}
				if (c == '"') {
					literals.add(code.substring(i + 1, Math.min(j, code.length())));
				}
				i = j + 1;
			}
			else {
				i++;
			}
		}
		return literals;
	}

	private static String withoutComments(String code) {
		return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
	}

	private static String oneLine(String text) {
		String line = text.replaceAll("\\s+", " ").strip();
		return line.length() <= 120 ? line : line.substring(0, 119) + "…";
	}

	private static List<Path> javaFiles(Path root) {
		return files(root, ".java");
	}

	private static List<Path> files(Path root, String suffix) {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
