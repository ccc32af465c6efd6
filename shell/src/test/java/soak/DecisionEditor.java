package soak;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.discrepancy.DiscrepancyService;
import org.crosscheck.discrepancy.DiscrepancyView;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The second process of the soak: two people deciding discrepancies at once, as the
 * dashboard's editor does it — read a discrepancy and its version, think a moment, then
 * record a status and a note through
 * {@link DiscrepancyService#resolve(String, int, String, String, Integer)} with the
 * version they saw. Runs on the data module alone, on the same home (H2 AUTO_SERVER),
 * until its stop file appears. Prints one line per write, flushed at once:
 * {@code OK user version id status note}, {@code CONFLICT user version id note} or
 * {@code ERROR user version id status note: message}, then {@code DONE}.
 * <p>
 * Arguments: home, dataset, stop file, seed.
 * <p>
 * It lives outside {@code org.crosscheck} on purpose: the console's tests scan that
 * package for configuration, and this one (which leaves Spring Shell out) must never join
 * their context.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = "org.springframework.shell.core.autoconfigure.SpringShellAutoConfiguration")
@ComponentScan(basePackages = "org.crosscheck",
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.crosscheck\\.shell\\..*"))
public class DecisionEditor {

	private static final List<String> STATUSES = List.of("confirmed", "dismissed", "resolved", "open");

	public static void main(String[] args) throws Exception {
		String dataset = args[1];
		Path stop = Path.of(args[2]);
		long seed = Long.parseLong(args[3]);
		org.crosscheck.home.CrosscheckHome.loopbackOnlyDatabaseServer();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DecisionEditor.class)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "logging.threshold.console=OFF", "crosscheck.home=" + args[0],
					"crosscheck.user=soak-editor")
			.run()) {
			DiscrepancyService service = context.getBean(DiscrepancyService.class);
			AtomicInteger sequence = new AtomicInteger();
			System.out.println("READY");
			System.out.flush();
			Thread[] users = new Thread[2];
			for (int u = 0; u < users.length; u++) {
				String user = "u" + u + "s" + seed;
				Random random = new Random(seed * 31 + u);
				users[u] = new Thread(() -> decide(service, dataset, stop, user, random, sequence), user);
				users[u].start();
			}
			for (Thread user : users) {
				user.join();
			}
		}
		System.out.println("DONE");
		System.out.flush();
	}

	private static void decide(DiscrepancyService service, String dataset, Path stop, String user, Random random,
			AtomicInteger sequence) {
		while (!Files.exists(stop)) {
			List<DiscrepancyView> all;
			try {
				all = service.listDiscrepancies(dataset, null, null, null);
			}
			catch (RuntimeException ex) {
				say("ERROR " + user + " -1 0 - - list: " + oneLine(ex));
				pause(200);
				continue;
			}
			if (all.isEmpty()) {
				pause(200);
				continue;
			}
			// Mostly the first few: two people on the same items make the conflicts
			// happen.
			DiscrepancyView picked = all
				.get(random.nextInt(Math.min(all.size(), random.nextBoolean() ? 3 : all.size())));
			int version;
			try {
				version = service.version(dataset, picked.id());
			}
			catch (RuntimeException ex) {
				say("ERROR " + user + " -1 " + picked.id() + " - - version: " + oneLine(ex));
				continue;
			}
			pause(random.nextInt(120));
			String status = STATUSES.get(random.nextInt(STATUSES.size()));
			String note = "soak-" + user + "-" + sequence.incrementAndGet();
			try {
				service.resolve(dataset, picked.id(), status, note, version);
				say("OK " + user + " " + version + " " + picked.id() + " " + status + " " + note);
			}
			catch (CrosscheckException ex) {
				if (ex.kind() == CrosscheckException.Kind.CONFLICT) {
					say("CONFLICT " + user + " " + version + " " + picked.id() + " " + status + " " + note);
				}
				else {
					say("ERROR " + user + " " + version + " " + picked.id() + " " + status + " " + note + ": "
							+ oneLine(ex));
				}
			}
			catch (RuntimeException ex) {
				say("ERROR " + user + " " + version + " " + picked.id() + " " + status + " " + note + ": "
						+ oneLine(ex));
			}
			pause(random.nextInt(150));
		}
	}

	private static synchronized void say(String line) {
		System.out.println(line);
		System.out.flush();
	}

	private static String oneLine(Throwable ex) {
		String message = ex.getClass().getSimpleName() + " " + ex.getMessage();
		return message.lines().findFirst().orElse(message);
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
