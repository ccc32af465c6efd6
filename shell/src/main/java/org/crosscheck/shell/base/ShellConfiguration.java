package org.crosscheck.shell.base;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans the console's adapters share. */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

	@Bean
	ConsoleMode consoleMode() {
		return new ConsoleMode();
	}

}
