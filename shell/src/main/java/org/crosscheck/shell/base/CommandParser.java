package org.crosscheck.shell.base;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Reads a command line's words against the registered commands: the longest command name
 * they start with, then its declared options ({@code --name value}, {@code --name=value},
 * {@code -x}, flags, repeated options) and arguments.
 */
final class CommandParser {

	private final CommandRegistry registry;

	CommandParser(CommandRegistry registry) {
		this.registry = registry;
	}

	/** A command and what the line gave it. */
	record Parsed(Command command, ParsedInput parsed) {
	}

	/**
	 * Finds the longest command name the words start with, then reads options and
	 * arguments.
	 */
	Parsed parse(List<String> words) {
		Command command = null;
		int used = 0;
		for (int n = Math.min(3, words.size()); n >= 1 && command == null; n--) {
			String name = String.join(" ", words.subList(0, n));
			command = this.registry.getCommandByName(name);
			if (command == null) {
				command = this.registry.getCommandByAlias(name);
			}
			used = n;
		}
		if (command == null) {
			String first = words.get(0);
			List<Command> group = this.registry.getCommandsByPrefix(first + " ");
			if (!group.isEmpty() && words.size() >= 1) {
				StringBuilder names = new StringBuilder();
				group.stream()
					.map(Command::getName)
					.sorted()
					.forEach(n -> names.append(names.isEmpty() ? "" : ", ").append(n));
				throw new UnknownCommandException("`" + String.join(" ", words.subList(0, Math.min(2, words.size())))
						+ "` is not a command; " + first + " has: " + names);
			}
			throw new UnknownCommandException("unknown command `" + first + "`; `help` lists the commands");
		}
		ParsedInput.Builder parsed = ParsedInput.builder().commandName(words.get(0));
		for (String sub : words.subList(1, used)) {
			parsed.addSubCommand(sub);
		}
		Map<String, CommandOption> declared = new LinkedHashMap<>();
		for (CommandOption option : command.getOptions()) {
			declared.put(option.longName(), option);
		}
		Map<String, List<String>> values = new LinkedHashMap<>();
		List<String> arguments = new ArrayList<>();
		boolean onlyArguments = false;
		List<String> rest = words.subList(used, words.size());
		for (int i = 0; i < rest.size(); i++) {
			String word = rest.get(i);
			if (onlyArguments || !word.startsWith("-") || word.equals("-") || isNumber(word)) {
				arguments.add(word);
				continue;
			}
			if (word.equals("--")) {
				onlyArguments = true;
				continue;
			}
			if (word.equals("-h") || word.equals("--help")) {
				values.put("help", List.of("true"));
				continue;
			}
			String name = word.startsWith("--") ? word.substring(2) : word.substring(1);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			CommandOption option = declared.get(name);
			if (option == null && name.length() == 1) {
				char shortName = name.charAt(0);
				option = declared.values().stream().filter(o -> o.shortName() == shortName).findFirst().orElse(null);
			}
			if (option == null) {
				throw new Errors.UsageException("`" + command.getName() + "` has no option " + word + "; `help "
						+ command.getName() + "` shows its options");
			}
			boolean flag = option.type() == boolean.class || option.type() == Boolean.class;
			if (value == null) {
				if (flag) {
					boolean explicit = i + 1 < rest.size()
							&& (rest.get(i + 1).equals("true") || rest.get(i + 1).equals("false"));
					value = explicit ? rest.get(++i) : "true";
				}
				else if (i + 1 < rest.size()) {
					value = rest.get(++i);
				}
				else {
					throw new Errors.UsageException("option --" + option.longName() + " of `" + command.getName()
							+ "` needs a value; `help " + command.getName() + "` shows what it takes");
				}
			}
			values.computeIfAbsent(option.longName(), key -> new ArrayList<>()).add(value);
		}
		if (values.containsKey("help")) {
			parsed.addOption(CommandOption.with().shortName('h').longName("help").value("true").build());
			return new Parsed(command, parsed.build());
		}
		for (Map.Entry<String, List<String>> entry : values.entrySet()) {
			// A repeated option (--tag a --tag b) reaches a list parameter as one
			// comma-separated value.
			parsed.addOption(
					CommandOption.with().longName(entry.getKey()).value(String.join(",", entry.getValue())).build());
		}
		for (int i = 0; i < arguments.size(); i++) {
			parsed.addArgument(new CommandArgument(i, arguments.get(i)));
		}
		return new Parsed(command, parsed.build());
	}

	private static boolean isNumber(String word) {
		return word.matches("-\\d+(\\.\\d+)?");
	}

	/** A command line whose first words name no command. */
	public static class UnknownCommandException extends Errors.UsageException {

		public UnknownCommandException(String message) {
			super(message);
		}

	}

}
