package org.crosscheck.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.util.stream.Stream;

import org.crosscheck.DataTestApplication;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.discrepancy.CheckReport;
import org.crosscheck.discrepancy.DiscrepancyService;
import org.crosscheck.exchange.BundleLimits;
import org.crosscheck.exchange.ExchangeService;
import org.crosscheck.extraction.SuggestReport;
import org.crosscheck.extraction.SuggestionService;
import org.crosscheck.source.ImportListener;
import org.crosscheck.source.ImportOptions;
import org.crosscheck.source.ImportReport;
import org.crosscheck.source.SourceService;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The end-to-end benchmark: generates a seeded corpus of news-like articles (syndicated
 * copies with planted edits, boilerplate), then times each stage through the same
 * services the console uses — import, suggest, check, export bundle, re-import — on a
 * fresh H2 home, and prints one line per stage with articles per second, the peak of live
 * heap (in use after a garbage collection) and database size, plus listing latencies. Run
 * it with {@code ./crosscheck bench [sizes...]} (default 1000 10000).
 */
public final class EndToEndBenchmark {

	private EndToEndBenchmark() {
	}

	/**
	 * The share of the articles told as independent retellings ({@code bench retold}); 0
	 * for syndicated copies only.
	 */
	private static double retold;

	public static void main(String[] args) throws IOException {
		if (args.length > 0 && args[0].equals("retold")) {
			// A fifth of the articles are independent reports of stories told by three to
			// five outlets each.
			retold = 0.2;
			args = Arrays.copyOfRange(args, 1, args.length);
		}
		int[] sizes = args.length == 0 ? new int[] { 1000, 10000 }
				: Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
		System.out.printf("Crosscheck end-to-end benchmark: %d cores, %s, Java %s%n",
				Runtime.getRuntime().availableProcessors(), jvmOptions(), System.getProperty("java.version"));
		System.out.printf("%-14s %7s %9s %7s %11s %10s %9s  %s%n", "stage", "N", "seconds", "cpu s", "articles/s",
				"live heap", "db size", "outcome");
		double[] pipeline = new double[sizes.length];
		for (int i = 0; i < sizes.length; i++) {
			pipeline[i] = run(sizes[i]);
		}
		for (int i = 1; i < sizes.length; i++) {
			System.out.printf("import+suggest+check ratio %d/%d: %.1f%n", sizes[i], sizes[i - 1],
					pipeline[i] / pipeline[i - 1]);
		}
	}

	/**
	 * Runs every stage on {@code n} articles; returns the seconds of import + suggest +
	 * check.
	 */
	static double run(int n) throws IOException {
		Path work = Files.createTempDirectory("crosscheck-bench-");
		Path corpus = work.resolve("corpus");
		Path home = work.resolve("home");
		int retellings = (int) Math.round(n * retold);
		List<RetellingCorpus.Report> reports = new ArrayList<>();
		if (retellings > 0) {
			// Stories of three to five reports each, until a share of the articles is
			// told that way.
			RetellingCorpus.Corpus told = new RetellingCorpus(20261203L).generate(Math.max(1, retellings / 4 + 1));
			reports.addAll(told.reports().subList(0, Math.min(retellings, told.reports().size())));
			RetellingCorpus.write(reports, corpus.resolve("retold"));
		}
		CorpusGenerator.write(new CorpusGenerator(20260221L).generate(n - reports.size()), corpus);
		// The ground truth of planted edits is for the discrepancy benchmark, not an
		// article.
		Files.deleteIfExists(corpus.resolve("edits.tsv"));
		if (!reports.isEmpty()) {
			System.out.printf("%-14s %7d %9s %7s %11s %10s %9s  %s%n", "(corpus)", n, "", "", "", "", "",
					reports.size() + " independent retellings, " + (n - reports.size()) + " syndicated articles");
		}
		ConfigurableApplicationContext context = new SpringApplication(DataTestApplication.class) {
			{
				setWebApplicationType(WebApplicationType.NONE);
				setLogStartupInfo(false);
			}
		}.run("--crosscheck.home=" + home, "--logging.level.root=WARN", "--spring.main.banner-mode=off");
		try {
			DatasetService datasets = context.getBean(DatasetService.class);
			SourceService sources = context.getBean(SourceService.class);
			SuggestionService suggestions = context.getBean(SuggestionService.class);
			DiscrepancyService discrepancies = context.getBean(DiscrepancyService.class);
			ExchangeService exchange = context.getBean(ExchangeService.class);
			String dataset = "bench";
			datasets.createDataset(dataset);
			double pipeline = 0;
			double pipelineCpu = 0;
			ImportReport imported = stage("import", n, home,
					() -> sources.importSources(dataset, List.of(corpus), ImportOptions.defaults(),
							ImportListener.NONE),
					r -> r.imported().size() + " imported, " + r.failed().size() + " failed");
			pipeline += last;
			pipelineCpu += lastCpu;
			SuggestReport suggested = stage("suggest", n, home, () -> suggestions.suggest(dataset, null),
					r -> r.added().values().stream().mapToInt(Integer::intValue).sum() + " suggestions " + r.added());
			pipeline += last;
			pipelineCpu += lastCpu;
			CheckReport checked = stage("check", n, home, () -> discrepancies.checkDataset(dataset, null),
					r -> r.raised().values().stream().mapToInt(Integer::intValue).sum() + " discrepancies, "
							+ r.confirmations() + " confirmations, " + r.stories() + " stories, " + r.embedded()
							+ " of " + sentences(sources, dataset) + " sentences embedded");
			pipeline += last;
			pipelineCpu += lastCpu;
			System.out.printf("%-14s %7d %9.1f %7.1f %11.0f %10s %9s  %s%n", "= pipeline", n, pipeline, pipelineCpu,
					n / pipeline, "", "", "import + suggest + check");
			Path bundle = work.resolve("bench.ccbundle");
			stage("export bundle", n, home, () -> exchange.exportBundle(dataset, bundle),
					r -> (Files.exists(bundle) ? size(bundle) : "?") + " bundle");
			stage("re-import", n, home, () -> exchange.importBundle(bundle, null, "copy", BundleLimits.of(null, null)),
					r -> "into dataset copy");
			listings(n, datasets, sources, discrepancies, suggestions);
			if (imported == null || imported.imported().size() != n || suggested == null || checked == null) {
				System.out.println("WARNING: a stage of the pipeline did not complete");
			}
			return pipeline;
		}
		finally {
			context.close();
			deleteTree(work);
		}
	}

	private static double last;

	/**
	 * The processor seconds of the last stage, every thread of the process (the sentence
	 * model's native ones included): steadier than the wall clock on a shared machine.
	 */
	private static double lastCpu;

	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * How many sentences the dataset's sources have: what embedding every sentence would
	 * have had to do.
	 */
	private static long sentences(SourceService sources, String dataset) {
		long count = 0;
		for (int id : sources.sourceIds(dataset)) {
			count += org.crosscheck.text.Sentences.split(sources.sourceText(dataset, id).text()).size();
		}
		return count;
	}

	/**
	 * The heap and collector options the benchmark runs with, as given: the usable
	 * maximum that the runtime reports is smaller than {@code -Xmx} under some
	 * collectors.
	 */
	static String jvmOptions() {
		List<String> options = ManagementFactory.getRuntimeMXBean()
			.getInputArguments()
			.stream()
			.filter(a -> a.startsWith("-Xmx") || a.matches("-XX:\\+Use\\w+GC"))
			.toList();
		return options.isEmpty() ? "max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB"
				: String.join(" ", options);
	}

	private static <T> T stage(String name, int n, Path home, Supplier<T> action,
			java.util.function.Function<T, String> outcome) {
		resetPeaks();
		long start = System.nanoTime();
		long cpuStart = cpuNanos();
		T result;
		try {
			result = action.get();
		}
		catch (OutOfMemoryError ex) {
			last = (System.nanoTime() - start) / 1e9;
			lastCpu = (cpuNanos() - cpuStart) / 1e9;
			System.out.printf("%-14s %7d %9.1f %7.1f %11s %9dM %9s  OUT OF MEMORY with %s%n", name, n, last, lastCpu,
					"-", Runtime.getRuntime().maxMemory() >> 20, size(home.resolve("crosscheck.mv.db")), jvmOptions());
			return null;
		}
		last = (System.nanoTime() - start) / 1e9;
		lastCpu = (cpuNanos() - cpuStart) / 1e9;
		System.out.printf("%-14s %7d %9.1f %7.1f %11.0f %9dM %9s  %s%n", name, n, last, lastCpu, n / last,
				peakHeap() >> 20, size(home.resolve("crosscheck.mv.db")), outcome.apply(result));
		return result;
	}

	/** Latency of the listing calls the console makes, p95 over 50 runs each. */
	private static void listings(int n, DatasetService datasets, SourceService sources,
			DiscrepancyService discrepancies, SuggestionService suggestions) {
		// Each listing as the console makes it: the rows shown and, where a limit cut
		// them short, the count of all.
		record Listing(String name, Supplier<List<?>> shown, IntSupplier count) {
		}
		List<Listing> listings = List.of(new Listing("dataset list", datasets::listDatasets, () -> 0),
				new Listing("source list --limit 20", () -> sources.listSources("bench", 0, 20),
						() -> sources.countSources("bench")),
				new Listing("discrepancy list (table)",
						() -> discrepancies.listDiscrepancies("bench", "open", null, null, 50),
						() -> discrepancies.countDiscrepancies("bench", "open", null, null)),
				new Listing("suggestion list (table)",
						() -> suggestions.listSuggestions("bench", null, null, "pending", 50),
						() -> suggestions.countSuggestions("bench", null, null, "pending")),
				new Listing("suggestion list --kind contract",
						() -> suggestions.listSuggestions("bench", "contract", null, "pending", 50),
						() -> suggestions.countSuggestions("bench", "contract", null, "pending")),
				new Listing("suggestion list --source N/2",
						() -> suggestions.listSuggestions("bench", null, n / 2, "pending", 50),
						() -> suggestions.countSuggestions("bench", null, n / 2, "pending")));
		for (Listing listing : listings) {
			List<Long> times = new ArrayList<>();
			int shown = 0;
			int count = 0;
			for (int i = 0; i < 50; i++) {
				long start = System.nanoTime();
				shown = listing.shown().get().size();
				count = listing.count().getAsInt();
				times.add(System.nanoTime() - start);
			}
			times.sort(Comparator.naturalOrder());
			System.out.printf("%-31s N=%d  p50 %6.1f ms  p95 %6.1f ms  %s%n", listing.name(), n, times.get(25) / 1e6,
					times.get(47) / 1e6, count == 0 ? shown + " rows" : shown + " of " + count + " rows");
		}
	}

	/**
	 * The most heap in use right after a garbage collection since the last reset: what
	 * the stage kept alive, unlike the sum of the pools' peaks, which counts garbage not
	 * yet collected and peaks that never coincided.
	 */
	private static final AtomicLong LIVE_PEAK = new AtomicLong();

	static {
		Set<String> heapPools = new HashSet<>();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				heapPools.add(pool.getName());
			}
		}
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
				if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
					GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
						.getGcInfo();
					long used = info.getMemoryUsageAfterGc()
						.entrySet()
						.stream()
						.filter(e -> heapPools.contains(e.getKey()))
						.mapToLong(e -> e.getValue().getUsed())
						.sum();
					LIVE_PEAK.accumulateAndGet(used, Math::max);
				}
			}, null, null);
		}
	}

	private static void resetPeaks() {
		System.gc();
		LIVE_PEAK.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
	}

	private static long peakHeap() {
		return LIVE_PEAK.get();
	}

	private static String size(Path file) {
		try {
			return (Files.size(file) >> 20) + "M";
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

}
