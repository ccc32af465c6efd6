package org.crosscheck.shell.base;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.validation.Validator;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.convert.support.ConfigurableConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.adapter.MethodInvokerCommandAdapter;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.shell.core.command.availability.AvailabilityProvider;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.exit.ExitStatusExceptionMapper;
import org.springframework.shell.core.utils.Utils;
import org.springframework.util.ClassUtils;

/**
 * The console's command registry, made as Spring Shell's own
 * (CommandRegistryAutoConfiguration) makes it, with one difference: a command's bean, and
 * so the services and the database behind it, is made when the command first runs, not
 * when the console starts. Spring Shell's registry makes every command bean to register
 * its commands, and looks for a conversion service, a validator and the command's
 * providers by throwing and catching an exception each, for each of the 58 commands; the
 * prompt then comes half a second later.
 * <p>
 * Commands are the {@code @Command} methods of the beans under
 * {@code org.crosscheck.shell}, as Spring Shell finds them by scanning that package;
 * programmatic {@link Command} beans (Spring Shell's {@code history}, {@code clear}) and
 * its built-in {@code quit} ({@code exit}) are registered too.
 */
final class LazyCommands {

	private static final String PACKAGE = "org.crosscheck.shell.";

	private LazyCommands() {
	}

	static CommandRegistry registry(ConfigurableListableBeanFactory beans) {
		CommandRegistry registry = new CommandRegistry();
		beans.getBeansOfType(Command.class).values().forEach(registry::registerCommand);
		Shared shared = new Shared(beans);
		for (String name : beans.getBeanDefinitionNames()) {
			Class<?> type = beans.getType(name, false);
			if (type == null || !type.getName().startsWith(PACKAGE)) {
				continue;
			}
			Class<?> target = ClassUtils.getUserClass(type);
			Set<Method> methods = MethodIntrospector.selectMethods(target, (Method method) -> method
				.isAnnotationPresent(org.springframework.shell.core.command.annotation.Command.class));
			for (Method method : methods) {
				registry.registerCommand(new LazyCommand(method, name, beans, shared));
			}
		}
		registry.registerCommand(new Quit());
		return registry;
	}

	/**
	 * Makes the beans of the registry's commands and what runs them now, as their first
	 * runs would: for an interactive console, on a thread of its own once the prompt is
	 * shown. A command that runs meanwhile waits for its bean.
	 */
	static void prepare(CommandRegistry registry) {
		try {
			for (Command command : registry.getCommands()) {
				if (command instanceof LazyCommand lazy) {
					lazy.invoker();
				}
			}
		}
		catch (RuntimeException | LinkageError ex) {
			// Only a head start: the command that needs the bean makes it, and reports
			// what is wrong.
		}
	}

	/**
	 * What every command of Spring Shell's registry gets: the context's conversion
	 * service and validator, or defaults.
	 */
	private static final class Shared {

		private final ConfigurableListableBeanFactory beans;

		private volatile ConfigurableConversionService conversion;

		private volatile Validator validator;

		Shared(ConfigurableListableBeanFactory beans) {
			this.beans = beans;
		}

		ConfigurableConversionService conversion() {
			if (this.conversion == null) {
				this.conversion = this.beans.getBeanProvider(ConfigurableConversionService.class)
					.getIfUnique(DefaultConversionService::new);
			}
			return this.conversion;
		}

		Validator validator() {
			if (this.validator == null) {
				this.validator = this.beans.getBeanProvider(Validator.class).getIfUnique(Utils::defaultValidator);
			}
			return this.validator;
		}

	}

	/**
	 * One {@code @Command} method: its name, help and options read from the annotations
	 * at once, its bean looked up when it first runs; it then runs as Spring Shell's
	 * MethodInvokerCommandAdapter runs it.
	 */
	private static final class LazyCommand extends AbstractCommand {

		private final Method method;

		private final String beanName;

		private final ConfigurableListableBeanFactory beans;

		private final Shared shared;

		private volatile MethodInvokerCommandAdapter invoker;

		LazyCommand(Method method, String beanName, ConfigurableListableBeanFactory beans, Shared shared) {
			this(method, annotation(method), beanName, beans, shared);
		}

		private LazyCommand(Method method, org.springframework.shell.core.command.annotation.Command command,
				String beanName, ConfigurableListableBeanFactory beans, Shared shared) {
			super(name(method, command), description(command), group(method, command), command.help(),
					command.hidden());
			this.method = method;
			this.beanName = beanName;
			this.beans = beans;
			this.shared = shared;
			setAliases(Arrays.stream(command.alias()).toList());
			setOptions(options(method));
			if (!command.availabilityProvider().isEmpty()) {
				setAvailabilityProvider(beans.getBean(command.availabilityProvider(), AvailabilityProvider.class));
			}
			if (!command.completionProvider().isEmpty()) {
				setCompletionProvider(beans.getBean(command.completionProvider(), CompletionProvider.class));
			}
			if (!command.exitStatusExceptionMapper().isEmpty()) {
				setExitStatusExceptionMapper(
						beans.getBean(command.exitStatusExceptionMapper(), ExitStatusExceptionMapper.class));
			}
		}

		@Override
		public ExitStatus doExecute(CommandContext context) throws Exception {
			return invoker().doExecute(context);
		}

		private MethodInvokerCommandAdapter invoker() {
			MethodInvokerCommandAdapter adapter = this.invoker;
			if (adapter == null) {
				adapter = new MethodInvokerCommandAdapter(getName(), getDescription(), getGroup(), getHelp(),
						isHidden(), this.method, this.beans.getBean(this.beanName), this.shared.conversion(),
						this.shared.validator());
				this.invoker = adapter;
			}
			return adapter;
		}

		// The annotation as the JDK reads it (it is only ever put on methods), its one
		// alias (value, description) by hand:
		// Spring's merged annotations cost more for the 58 commands.
		private static org.springframework.shell.core.command.annotation.Command annotation(Method method) {
			return method.getAnnotation(org.springframework.shell.core.command.annotation.Command.class);
		}

		private static String description(org.springframework.shell.core.command.annotation.Command command) {
			String description = command.description().isEmpty() ? command.value() : command.description();
			return description.isEmpty() ? "N/A" : description;
		}

		private static String name(Method method, org.springframework.shell.core.command.annotation.Command command) {
			String name = String.join(" ", command.name());
			return name.isEmpty() ? Utils.unCamelify(method.getName()) : name;
		}

		private static String group(Method method, org.springframework.shell.core.command.annotation.Command command) {
			if (!command.group().isEmpty()) {
				return command.group();
			}
			String simpleName = Utils.splitCamelCase(method.getDeclaringClass().getSimpleName());
			return simpleName.endsWith(" Commands") ? simpleName : simpleName + " Commands";
		}

		private static List<CommandOption> options(Method method) {
			List<CommandOption> options = new ArrayList<>();
			for (Parameter parameter : method.getParameters()) {
				Option option = parameter.getAnnotation(Option.class);
				if (option != null) {
					options.add(CommandOption.with()
						.shortName(option.shortName())
						.longName(option.longName().isEmpty() ? parameter.getName() : option.longName())
						.description(option.description())
						.required(option.required())
						.defaultValue(option.defaultValue())
						.type(parameter.getType())
						.build());
				}
			}
			return options;
		}

	}

	/**
	 * Spring Shell's {@code quit} ({@code exit}), which does nothing: the console's loop
	 * ends on it.
	 */
	private static final class Quit extends AbstractCommand {

		Quit() {
			super("quit", "Exit the shell", "Built-In Commands");
			setAliases(List.of("exit"));
		}

		@Override
		public ExitStatus doExecute(CommandContext context) {
			return ExitStatus.OK;
		}

	}

}
