package org.crosscheck.shell.base;

import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.ledger.ClaimService;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.extraction.SuggestionService;
import org.crosscheck.notebook.NotebookService;
import org.crosscheck.source.SourceService;

import org.springframework.context.annotation.Bean;
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

	@Bean
	CommandCompleter commandCompleter(CommandRegistry registry, DatasetService datasets, SourceService sources,
			AnnotationService annotations, NotebookService notebook, ClaimService claims, SuggestionService suggestions) {
		return new ConsoleCompleter(registry, datasets, sources, annotations, notebook, claims, suggestions);
	}

}
