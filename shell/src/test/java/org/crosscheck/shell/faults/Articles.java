package org.crosscheck.shell.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes small, distinct, news-like articles (plain text, Markdown and HTML) for the
 * fault tests: a headline, a dateline and a few paragraphs about contracts between
 * companies and agencies, with amounts, dates and quotes, so that import, suggestions and
 * the check all have something to chew on. Same count and seed, same bytes.
 */
final class Articles {

	private static final String[] VENDORS = { "Palantir", "Dell Federal", "AT&T", "Microsoft", "Oracle",
			"Motorola Solutions", "Clearview AI", "Thomson Reuters", "LexisNexis", "Amazon Web Services", "Salesforce",
			"IBM" };

	private static final String[] AGENCIES = { "ICE", "the Department of Homeland Security",
			"Customs and Border Protection", "the FBI", "the Department of Defense", "the State Department",
			"the Secret Service", "the Army" };

	private static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December" };

	private static final String[] VERBS = { "signed", "awarded", "extended", "renewed", "expanded" };

	private static final String[] SAYS = { "said", "told reporters", "wrote in a statement", "confirmed" };

	private static final String[] FILLER = { "The agency did not respond to a request for comment.",
			"Critics say the deal gives the government broad new powers.",
			"The company declined to say how the software would be used.",
			"Lawmakers have asked for more details about the arrangement.",
			"Records obtained by reporters show the work began months earlier.",
			"Officials said the system would be reviewed every year.",
			"The contract was not announced publicly at the time." };

	private Articles() {
	}

	/**
	 * Writes {@code count} articles into {@code folder} (names sort in the order
	 * written); returns the files.
	 */
	static List<Path> write(Path folder, int count, long seed) throws IOException {
		Random random = new Random(seed);
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String vendor = VENDORS[random.nextInt(VENDORS.length)];
			String agency = AGENCIES[random.nextInt(AGENCIES.length)];
			String verb = VERBS[random.nextInt(VERBS.length)];
			int year = 2019 + random.nextInt(7);
			String month = MONTHS[random.nextInt(12)];
			String amount = String.format(Locale.ROOT, "$%d.%d million", 1 + random.nextInt(400), random.nextInt(10));
			String headline = vendor + " " + verb + " a contract with " + agency + " (report " + (i + 1) + ")";
			List<String> paragraphs = new ArrayList<>();
			paragraphs.add(vendor + " " + verb + " a contract worth " + amount + " with " + agency + " in " + month
					+ " " + year + ", according to federal procurement records reviewed for article number " + (i + 1)
					+ ".");
			paragraphs.add("\"We are proud to support the mission,\" a " + vendor + " spokesperson "
					+ SAYS[random.nextInt(SAYS.length)] + ". The work runs until " + MONTHS[random.nextInt(12)] + " "
					+ (year + 1 + random.nextInt(4)) + ", with options that could bring the total to $"
					+ (400 + random.nextInt(600)) + " million.");
			int more = 1 + random.nextInt(3);
			for (int p = 0; p < more; p++) {
				paragraphs.add(FILLER[random.nextInt(FILLER.length)] + " " + FILLER[random.nextInt(FILLER.length)]
						+ " Item " + (i + 1) + "." + (p + 1) + " of the series, filed " + (1 + random.nextInt(28)) + " "
						+ month + " " + year + ".");
			}
			String name;
			String content;
			switch (i % 5) {
				case 3 -> {
					name = String.format(Locale.ROOT, "article-%04d.md", i);
					content = "# " + headline + "\n\n" + String.join("\n\n", paragraphs) + "\n";
				}
				case 4 -> {
					name = String.format(Locale.ROOT, "article-%04d.html", i);
					StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><title>")
						.append(escape(headline))
						.append("</title></head>\n<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n<article><h1>")
						.append(escape(headline))
						.append("</h1>\n");
					paragraphs.forEach(p -> html.append("<p>").append(escape(p)).append("</p>\n"));
					content = html.append("</article></body></html>\n").toString();
				}
				default -> {
					name = String.format(Locale.ROOT, "article-%04d.txt", i);
					content = headline + "\n\n" + String.join("\n\n", paragraphs) + "\n";
				}
			}
			Path file = folder.resolve(name);
			Files.writeString(file, content, StandardCharsets.UTF_8);
			files.add(file);
		}
		return files;
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
