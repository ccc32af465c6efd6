package org.crosscheck.shell.daemon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.home.CrosscheckHome;
import org.crosscheck.shell.base.ConsoleMode;
import org.crosscheck.shell.base.ConsoleRunner;
import org.crosscheck.shell.base.Paths;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A console that stays up for its home and runs the one-shot commands of later
 * {@code crosscheck COMMAND ...} invocations, which reach it over a socket on 127.0.0.1
 * with the token of the home's {@link DaemonFile}. Each command runs as the one-shot
 * console runs it (a notebook cell, the same output on the same streams, the same exit
 * status), one at a time. It stops by itself after {@code crosscheck.daemon.idle} without
 * a command (10 minutes unless set), when its jar changes, when its file is removed or
 * names another daemon, and on {@code daemon stop}.
 * <p>
 * The bean is in every console (a condition on {@code crosscheck.daemon.serve} would be
 * decided once at build time by Spring AOT); only a console started with
 * {@code crosscheck.daemon.serve=true} serves.
 */
@Component
public class ConsoleDaemon implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(ConsoleDaemon.class);

	static final String PROTOCOL = "crosscheck-daemon/1";

	private static final int MOST_REQUEST_BYTES = 4 * 1024 * 1024;

	/**
	 * How long a command waits for the one under way before it runs in a console of its
	 * own (most take less).
	 */
	private static final Duration BUSY_WAIT = Duration.ofMillis(1500);

	private final ConsoleRunner console;

	private final ConsoleMode mode;

	private final CrosscheckHome home;

	private final DatasetService datasets;

	private final Duration idle;

	private final String jar;

	private final String db;

	private final boolean serve;

	private final ReentrantLock running = new ReentrantLock();

	private final AtomicLong lastUsed = new AtomicLong(System.nanoTime());

	private final AtomicLong served = new AtomicLong();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "daemon-timer");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean stopped;

	private volatile boolean stopAfterCommand;

	private volatile DaemonFile file;

	private volatile ServerSocket server;

	private String jarStamp;

	ConsoleDaemon(ConsoleRunner console, ConsoleMode mode, CrosscheckHome home, DatasetService datasets,
			@Value("${crosscheck.daemon.idle:10m}") Duration idle, @Value("${crosscheck.daemon.jar:}") String jar,
			@Value("${crosscheck.db:}") String db, @Value("${crosscheck.daemon.serve:false}") boolean serve) {
		this.console = console;
		this.mode = mode;
		this.home = home;
		this.datasets = datasets;
		this.idle = idle;
		this.jar = jar;
		this.db = db;
		this.serve = serve;
	}

	/** Whether this console is a daemon ({@code crosscheck.daemon.serve=true}). */
	boolean serves() {
		return this.serve;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!this.serve) {
			return;
		}
		Path directory = this.home.directory();
		DaemonFile other = DaemonFile.read(directory).orElse(null);
		if (other != null && other.pid() != ProcessHandle.current().pid() && other.alive()) {
			log.info("another console daemon (pid " + other.pid() + ") serves " + directory + "; this one stops");
			return;
		}
		// The database opened and migrated before the first client waits for it.
		this.datasets.currentDataset();
		this.jarStamp = jarStamp();
		byte[] secret = new byte[24];
		new SecureRandom().nextBytes(secret);
		try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			this.server = socket;
			this.file = new DaemonFile(socket.getLocalPort(), HexFormat.of().formatHex(secret),
					ProcessHandle.current().pid());
			this.lastUsed.set(System.nanoTime());
			this.file.write(directory);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> this.file.deleteIfStillMine(directory)));
			log.info("console daemon serves " + directory + " on 127.0.0.1:" + socket.getLocalPort() + ", idle limit "
					+ this.idle);
			long check = Math.max(100, Math.min(1000, this.idle.toMillis() / 4));
			this.timer.scheduleWithFixedDelay(this::stopWhenDue, check, check, TimeUnit.MILLISECONDS);
			while (!this.stopped) {
				Socket client;
				try {
					client = socket.accept();
				}
				catch (IOException ex) {
					break;
				}
				Thread.ofPlatform().daemon().name("daemon-client").start(() -> serve(client));
			}
		}
		finally {
			this.stopped = true;
			if (this.file != null) {
				this.file.deleteIfStillMine(directory);
			}
			this.timer.shutdownNow();
			log.info("console daemon of " + directory + " stopped after " + this.served.get() + " commands");
		}
	}

	/** The running daemon's state, as {@code daemon status} tells it. */
	String describe() {
		return "The console daemon of " + this.home.directory() + " runs: pid " + ProcessHandle.current().pid()
				+ ", 127.0.0.1:" + this.server.getLocalPort() + ", " + this.served.get()
				+ " commands served, stops after " + format(this.idle) + " without a command.";
	}

	/** {@code daemon stop}: the daemon ends once this command's reply is sent. */
	void stopAfterThisCommand() {
		this.stopAfterCommand = true;
	}

	private static String format(Duration duration) {
		return duration.toSeconds() % 60 == 0 ? duration.toMinutes() + " min" : duration.toSeconds() + " s";
	}

	private void serve(Socket client) {
		try (client) {
			client.setSoTimeout(30_000);
			List<String> fields = readFields(client.getInputStream());
			if (fields.size() < 7 || !fields.get(0).equals(PROTOCOL)
					|| !MessageDigest.isEqual(fields.get(1).getBytes(StandardCharsets.UTF_8),
							this.file.token().getBytes(StandardCharsets.UTF_8))) {
				return;
			}
			client.setSoTimeout(0);
			Frames frames = new Frames(new java.io.BufferedOutputStream(client.getOutputStream(), 64 * 1024));
			int count = Integer.parseInt(fields.get(6));
			List<String> words = fields.subList(7, fields.size());
			if (words.size() != count) {
				return;
			}
			String refusal = refusal(fields.get(5), words);
			if (refusal != null) {
				frames.line("f " + refusal);
				return;
			}
			if (!this.running.tryLock(BUSY_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				// Busy with another client's long command: this one starts a console of
				// its own rather than wait on.
				frames.line("f busy");
				return;
			}
			try {
				if (this.stopped || !this.jarStamp.equals(jarStamp())) {
					frames.line("f stopping");
					return;
				}
				this.lastUsed.set(System.nanoTime());
				frames.line("a");
				if (run(frames, Path.of(fields.get(2)), fields.get(3), fields.get(4).equals("1"), words)) {
					this.served.incrementAndGet();
				}
			}
			finally {
				this.lastUsed.set(System.nanoTime());
				if (this.stopAfterCommand) {
					stop();
				}
				this.running.unlock();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("a client of the console daemon failed: " + ex);
		}
	}

	/**
	 * Why this daemon does not run {@code words} for the client (which then starts a
	 * console itself), or null.
	 */
	private String refusal(String clientDb, List<String> words) {
		if (!clientDb.equals(this.db)) {
			return "another database";
		}
		if (words.isEmpty()) {
			return "interactive";
		}
		if (words.get(0).equals("dashboard")) {
			// The dashboard it starts belongs to the user's console, not to a daemon that
			// stops when idle.
			return "dashboard";
		}
		return null;
	}

	/**
	 * Runs the client's command; false when it is to run in a console of the client's own
	 * after all.
	 */
	private boolean run(Frames frames, Path directory, String columns, boolean terminal, List<String> words) {
		PrintWriter out = frames.writer('o');
		PrintWriter err = frames.writer('e');
		ScheduledFuture<?> drains = this.timer.scheduleWithFixedDelay(frames::drain, 50, 50, TimeUnit.MILLISECONDS);
		int status;
		try {
			this.mode.client(columns.matches("\\d{1,5}") ? Integer.valueOf(columns) : null, terminal);
			status = Paths.withWorkingDirectory(directory, () -> this.console.runOnce(words, out, err));
		}
		catch (Paths.ElsewhereException ex) {
			out.flush();
			err.flush();
			frames.line("f elsewhere");
			return false;
		}
		finally {
			drains.cancel(false);
			this.mode.client(null, null);
		}
		out.flush();
		err.flush();
		frames.line("x " + status);
		return true;
	}

	private void stopWhenDue() {
		if (this.stopped || !this.running.tryLock()) {
			return;
		}
		try {
			String why = null;
			if (Duration.ofNanos(System.nanoTime() - this.lastUsed.get()).compareTo(this.idle) >= 0) {
				why = "idle for " + format(this.idle);
			}
			else if (!this.jarStamp.equals(jarStamp())) {
				why = "its jar changed";
			}
			else if (DaemonFile.read(this.home.directory()).filter(this.file::equals).isEmpty()) {
				why = "its file is gone or names another daemon";
			}
			if (why != null) {
				log.info("console daemon stops: " + why);
				stop();
			}
		}
		finally {
			this.running.unlock();
		}
	}

	private void stop() {
		this.stopped = true;
		this.file.deleteIfStillMine(this.home.directory());
		try {
			this.server.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
	}

	/**
	 * The jar this daemon runs from, as size and time: a rebuilt console makes the daemon
	 * stale.
	 */
	private String jarStamp() {
		if (this.jar.isBlank()) {
			return "";
		}
		try {
			Path path = Path.of(this.jar);
			return Files.size(path) + "@" + Files.getLastModifiedTime(path).toMillis();
		}
		catch (IOException ex) {
			return "missing";
		}
	}

	/**
	 * The request: NUL-terminated UTF-8 fields (protocol, token, directory, columns,
	 * terminal, db, count, words).
	 */
	private static List<String> readFields(InputStream in) throws IOException {
		List<String> fields = new ArrayList<>();
		ByteArrayOutputStream field = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int total = 0;
		int expected = -1;
		while (expected < 0 || fields.size() < expected) {
			int n = in.read(buffer);
			if (n < 0) {
				break;
			}
			total += n;
			if (total > MOST_REQUEST_BYTES) {
				throw new IOException("request too large");
			}
			for (int i = 0; i < n; i++) {
				if (buffer[i] != 0) {
					field.write(buffer[i]);
					continue;
				}
				fields.add(field.toString(StandardCharsets.UTF_8));
				field.reset();
				if (fields.size() == 7) {
					expected = 7 + Integer.parseInt(fields.get(6));
				}
			}
		}
		return fields;
	}

}
