package org.crosscheck.shell;

import java.util.ArrayList;
import java.util.List;

import org.crosscheck.shell.base.ConsoleRunner;
import org.crosscheck.shell.base.DatabaseWarmUp;
import org.crosscheck.shell.base.Errors;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the console: {@code crosscheck} alone opens the interactive notebook,
 * {@code crosscheck COMMAND ...} runs one command and exits with its status.
 * {@code --home DIR} and {@code --db URL} may stand anywhere on the line.
 */
@SpringBootApplication(scanBasePackages = "org.crosscheck")
public class CrosscheckShellApplication {

	public static void main(String[] args) {
		List<String> command = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String global = arg.startsWith("--home") ? "crosscheck.home"
					: arg.startsWith("--db") ? "crosscheck.db" : null;
			if (global != null && (arg.equals("--home") || arg.equals("--db"))) {
				if (i + 1 >= args.length) {
					System.err.println("error: " + arg + " needs a value, e.g. " + arg
							+ (arg.equals("--home") ? " ~/investigation" : " jdbc:postgresql://localhost/crosscheck"));
					System.exit(Errors.USAGE);
				}
				System.setProperty(global, args[++i]);
			}
			else if (global != null && arg.contains("=")) {
				System.setProperty(global, arg.substring(arg.indexOf('=') + 1));
			}
			else {
				command.add(arg);
			}
		}
		// A console daemon (the launcher starts one with crosscheck.daemon.serve=true)
		// runs its clients' commands.
		boolean interactive = command.isEmpty() && !Boolean.getBoolean("crosscheck.daemon.serve");
		System.setProperty("spring.shell.interactive.enabled", String.valueOf(interactive));
		// The home's settings as Spring finds them (a system property, else the
		// environment).
		DatabaseWarmUp.start(System.getProperty("crosscheck.home", System.getenv("CROSSCHECK_HOME")),
				System.getProperty("crosscheck.db", System.getenv("CROSSCHECK_DB")));
		SpringApplication application = new SpringApplication(CrosscheckShellApplication.class);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		int exitCode;
		try (ConfigurableApplicationContext context = application.run(command.toArray(String[]::new))) {
			exitCode = context.getBean(ConsoleRunner.class).exitCode();
		}
		catch (SpringApplication.AbandonedRunException ex) {
			// Spring AOT's build-time run (process-aot) ends here: it needs the bean
			// definitions, not a console.
			throw ex;
		}
		catch (RuntimeException ex) {
			Errors.Failure failure = Errors.translate(ex);
			System.err.println("error: " + failure.message());
			exitCode = failure.exitCode();
		}
		System.exit(exitCode);
	}

}
