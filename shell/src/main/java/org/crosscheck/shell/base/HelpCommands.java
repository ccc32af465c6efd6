package org.crosscheck.shell.base;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.stereotype.Component;

/**
 * {@code help}: the commands grouped by feature, or one command's usage, options and
 * example.
 */
@Component
public class HelpCommands {

	// The registry is made of the commands, this one among them: look it up when needed.
	private final ObjectProvider<CommandRegistry> registryProvider;

	private CommandRegistry registry;

	HelpCommands(ObjectProvider<CommandRegistry> registryProvider) {
		this.registryProvider = registryProvider;
	}

	@org.springframework.shell.core.command.annotation.Command(name = "help", group = "Console",
			description = "List the commands, or show one command's options and an example",
			help = "help [COMMAND]\nExample: help source import")
	public String help(@Arguments List<String> words) {
		this.registry = this.registryProvider.getObject();
		if (words != null && !words.isEmpty()) {
			String name = String.join(" ", words);
			Command command = this.registry.getCommandByName(name);
			if (command == null) {
				List<Command> group = this.registry.getCommandsByPrefix(name + " ");
				if (group.isEmpty()) {
					throw new CommandParser.UnknownCommandException(
							"unknown command `" + name + "`; `help` lists the commands");
				}
				return listing(group);
			}
			return usage(command);
		}
		return listing(this.registry.getCommands().stream().filter(c -> !c.isHidden()).toList())
				+ "\n\nEvery command becomes a notebook cell, except: help, history, clear, dataset list,"
				+ " notebook cells/show/export, dashboard start/stop/status, daemon status/stop; notebook note makes a prose cell;"
				+ " notebook run/rerun record the commands they run.\nRun one command from a terminal:"
				+ " ./crosscheck COMMAND ...; `help COMMAND` shows its options and an example.";
	}

	private static String listing(List<Command> commands) {
		Map<String, List<Command>> groups = new TreeMap<>(commands.stream()
			.collect(Collectors
				.groupingBy(c -> c.getGroup() == null || c.getGroup().isBlank() ? "Other" : c.getGroup())));
		int width = commands.stream().mapToInt(c -> c.getName().length()).max().orElse(10);
		StringBuilder out = new StringBuilder();
		groups.forEach((group, members) -> {
			if (!out.isEmpty()) {
				out.append('\n');
			}
			out.append(group).append('\n');
			members.stream()
				.sorted(Comparator.comparing(Command::getName))
				.forEach(command -> out.append("  ")
					.append(command.getName())
					.append(" ".repeat(width - command.getName().length() + 2))
					.append(command.getDescription())
					.append('\n'));
		});
		return out.toString().stripTrailing();
	}

	private static String usage(Command command) {
		StringBuilder out = new StringBuilder();
		out.append(command.getName()).append(" — ").append(command.getDescription()).append("\n\n");
		if (command.getHelp() != null && !command.getHelp().isBlank()) {
			out.append(command.getHelp().strip()).append('\n');
		}
		List<CommandOption> options = command.getOptions();
		if (!options.isEmpty()) {
			out.append("\nOptions:\n");
			int width = options.stream().mapToInt(o -> o.longName().length()).max().orElse(4);
			for (CommandOption option : options) {
				out.append("  --")
					.append(option.longName())
					.append(" ".repeat(width - option.longName().length() + 2))
					.append(option.description() == null ? "" : option.description())
					.append(option.required() ? " (required)" : "")
					.append('\n');
			}
		}
		return out.toString().stripTrailing();
	}

}
