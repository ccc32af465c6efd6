package org.crosscheck.shell.base;

import javax.sql.DataSource;

import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.ledger.ClaimService;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.extraction.SuggestionService;
import org.crosscheck.notebook.NotebookService;
import org.crosscheck.source.SourceService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.shell.core.autoconfigure.TerminalCustomizer;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.CommandCompleter;
import org.springframework.context.annotation.Configuration;

/** Beans the console's adapters share. */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

	@Bean
	ConsoleMode consoleMode() {
		return new ConsoleMode();
	}

	/**
	 * The terminal through the JDK's foreign function API (Java 22+). JLine loads and
	 * probes each of its terminal providers before it takes the first that works, and the
	 * JNI and JNA ones load native libraries: about a tenth of a second before the
	 * prompt, for providers that are not used when the FFM one works. The exec one (stty)
	 * stays as the fallback.
	 */
	@Bean
	TerminalCustomizer ffmTerminal() {
		return builder -> {
			if (Runtime.version().feature() >= 22 && !System.getProperty("os.name", "").startsWith("Windows")) {
				builder.jni(false).jna(false).jansi(false);
			}
		};
	}

	/**
	 * Ends the head start of {@link DatabaseWarmUp} once the data source is made: it has
	 * a connection of its own.
	 */
	@Bean
	static BeanPostProcessor databaseWarmUpRelease() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource) {
					DatabaseWarmUp.release();
				}
				return bean;
			}
		};
	}

	/**
	 * The commands, their beans made when they first run (LazyCommands); it takes the
	 * place of Spring Shell's.
	 */
	@Bean
	CommandRegistry commandRegistry(ConfigurableListableBeanFactory beans) {
		return LazyCommands.registry(beans);
	}

	@Bean
	CommandCompleter commandCompleter(CommandRegistry registry, ObjectProvider<DatasetService> datasets,
			ObjectProvider<SourceService> sources, ObjectProvider<AnnotationService> annotations,
			ObjectProvider<NotebookService> notebook, ObjectProvider<ClaimService> claims,
			ObjectProvider<SuggestionService> suggestions) {
		return new ConsoleCompleter(registry, datasets, sources, annotations, notebook, claims, suggestions);
	}

}
