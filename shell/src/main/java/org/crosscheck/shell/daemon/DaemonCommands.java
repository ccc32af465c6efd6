package org.crosscheck.shell.daemon;

import java.time.Duration;
import java.util.Optional;

import org.crosscheck.home.CrosscheckHome;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/**
 * {@code daemon status} and {@code daemon stop}: the console daemon that answers this
 * home's one-shot commands. Run by the daemon itself when the launcher reaches it;
 * otherwise they look at the home's daemon file.
 */
@Component
public class DaemonCommands {

	static final String GROUP = "Console daemon";

	private final CrosscheckHome home;

	private final ObjectProvider<ConsoleDaemon> daemon;

	DaemonCommands(CrosscheckHome home, ObjectProvider<ConsoleDaemon> daemon) {
		this.home = home;
		this.daemon = daemon;
	}

	@Command(name = { "daemon", "status" }, group = GROUP,
			description = "Tell whether a console daemon answers this home's one-shot commands", help = """
					daemon status
					`./crosscheck COMMAND ...` runs the command in a console that stays up for the home (the daemon) and
					stops by itself after 10 minutes without a command (CROSSCHECK_DAEMON_IDLE=5m for another time);
					CROSSCHECK_DAEMON=0 starts a console per command instead.
					Example: ./crosscheck daemon status""")
	public String status() {
		ConsoleDaemon self = this.daemon.getIfAvailable();
		if (self != null && self.serves()) {
			return self.describe();
		}
		return live()
			.map(file -> "The console daemon of " + this.home.directory() + " runs: pid " + file.pid() + ", 127.0.0.1:"
					+ file.port() + ".")
			.orElse("No console daemon runs for " + this.home.directory() + ".");
	}

	@Command(name = { "daemon", "stop" }, group = GROUP,
			description = "Stop the console daemon of this home; the next one-shot command starts one again",
			help = "daemon stop\nExample: ./crosscheck daemon stop")
	public String stop() throws InterruptedException {
		ConsoleDaemon self = this.daemon.getIfAvailable();
		if (self != null && self.serves()) {
			self.stopAfterThisCommand();
			return "Stopped the console daemon of " + this.home.directory() + " (pid " + ProcessHandle.current().pid()
					+ ").";
		}
		Optional<DaemonFile> file = live();
		if (file.isEmpty()) {
			return "No console daemon runs for " + this.home.directory() + ".";
		}
		ProcessHandle process = ProcessHandle.of(file.get().pid()).orElseThrow();
		process.destroy();
		process.onExit()
			.completeOnTimeout(process, Duration.ofSeconds(10).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
			.join();
		return "Stopped the console daemon of " + this.home.directory() + " (pid " + file.get().pid() + ").";
	}

	/**
	 * The home's daemon file when it names a live process other than this one; a stale
	 * file is removed.
	 */
	private Optional<DaemonFile> live() {
		Optional<DaemonFile> file = DaemonFile.read(this.home.directory())
			.filter(f -> f.pid() != ProcessHandle.current().pid());
		if (file.isPresent() && !file.get().alive()) {
			file.get().deleteIfStillMine(this.home.directory());
			return Optional.empty();
		}
		return file;
	}

}
