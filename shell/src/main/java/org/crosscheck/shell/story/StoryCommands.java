package org.crosscheck.shell.story;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crosscheck.dataset.DatasetService;
import org.crosscheck.shell.base.Ids;
import org.crosscheck.shell.base.Output;
import org.crosscheck.shell.base.Output.Column;
import org.crosscheck.source.SourceService;
import org.crosscheck.source.SourceSummary;
import org.crosscheck.story.StoryService;
import org.crosscheck.story.StorySummary;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * Stories: the groups of sources that report the same events, as the check formed them,
 * and corrections.
 */
@Component
public class StoryCommands {

	static final String GROUP = "Stories";

	private final StoryService stories;

	private final SourceService sources;

	private final DatasetService datasets;

	StoryCommands(StoryService stories, SourceService sources, DatasetService datasets) {
		this.stories = stories;
		this.sources = sources;
		this.datasets = datasets;
	}

	@Command(name = { "story", "list" }, group = GROUP,
			description = "List the stories: the groups of sources that report the same events", help = """
					story list [--format table|csv|json]
					`discrepancy check` groups the sources into stories; facts of two stories are never compared.
					Example: story list""")
	public String list(@Option(longName = "format", description = "table, csv or json") String format) {
		List<StorySummary> all = this.stories.listStories(dataset());
		if (all.isEmpty() && Output.Format.of(format) == Output.Format.TABLE) {
			return "No stories yet: `discrepancy check` groups the sources into stories.";
		}
		return Output.render(format, all, new Column<StorySummary>("id", StorySummary::id),
				new Column<StorySummary>("sources", s -> s.sources().size()),
				new Column<StorySummary>("span", StoryCommands::span),
				new Column<StorySummary>("label", StorySummary::label),
				new Column<StorySummary>("source_ids", s -> ids(s.sources())));
	}

	@Command(name = { "story", "show" }, group = GROUP, description = "Show a story with its sources",
			help = "story show ID [--format text|json]\nExample: story show 1")
	public String show(@Argument(index = 0, description = "the story's id") String id,
			@Option(longName = "format", description = "text or json") String format) {
		StorySummary story = this.stories.show(dataset(), Ids.parse(id, "story"));
		if ("json".equalsIgnoreCase(format)) {
			return Output.json(story);
		}
		return describe(story);
	}

	@Command(name = { "story", "move" }, group = GROUP,
			description = "Put a source into another story (or one of its own); the next check keeps it there",
			help = """
					story move SOURCE --to STORY|new
					Example: story move 7 --to new""")
	public String move(@Argument(index = 0, description = "the source's id") String source,
			@Option(longName = "to", description = "a story's id, or new") String to) {
		if (to == null || to.isBlank()) {
			throw org.crosscheck.common.CrosscheckException
				.invalid("say where the source goes: --to STORY (a story's id) or --to new");
		}
		StorySummary story = this.stories.move(dataset(), Ids.parse(source, "source"), to);
		return "Source " + source + " is now in story " + story.id() + " (kept there by later checks).\n"
				+ describe(story);
	}

	private String describe(StorySummary story) {
		Map<Integer, SourceSummary> byId = this.sources.listSources(dataset())
			.stream()
			.filter(s -> story.sources().contains(s.id()))
			.collect(Collectors.toMap(SourceSummary::id, s -> s));
		StringBuilder out = new StringBuilder("Story ").append(story.id())
			.append(": ")
			.append(story.label())
			.append('\n')
			.append(story.sources().size())
			.append(story.sources().size() == 1 ? " source" : " sources");
		String span = span(story);
		if (!span.isEmpty()) {
			out.append(", ").append(span);
		}
		out.append('\n');
		for (int id : story.sources()) {
			SourceSummary source = byId.get(id);
			out.append("  ").append(id).append("  ");
			if (source != null) {
				out.append(source.published() == null ? "undated" : source.published())
					.append("  ")
					.append(source.outlet() == null ? "-" : source.outlet())
					.append("  ")
					.append(source.title() == null ? "" : source.title());
			}
			out.append('\n');
		}
		return out.toString().stripTrailing();
	}

	private static String span(StorySummary story) {
		if (story.first() == null) {
			return "";
		}
		return story.first().equals(story.last()) ? story.first() : story.first() + " to " + story.last();
	}

	private static String ids(List<Integer> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	private String dataset() {
		return this.datasets.currentDataset();
	}

}
