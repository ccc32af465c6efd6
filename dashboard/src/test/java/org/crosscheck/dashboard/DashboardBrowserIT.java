package org.crosscheck.dashboard;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.discrepancy.DiscrepancyService;
import org.crosscheck.discrepancy.DiscrepancyView;
import org.crosscheck.extraction.SuggestionService;
import org.crosscheck.notebook.NotebookService;
import org.crosscheck.source.SourceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one smoke test in Debian's Chromium, on the story dataset (the seed articles with
 * their three contracts and events, small and hostile sources, discrepancies): the
 * contracts chart draws the three vendors, the timeline its events, a discrepancy's
 * status changes through the page, and no page runs a script or grows an element out of
 * hostile text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "vaadin.launch-browser=false" })
@EnabledIf("chromiumInstalled")
class DashboardBrowserIT {

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	/** Elements that hostile text would have become, had it been parsed as HTML. */
	private static final String INJECTED = """
			return document.querySelectorAll('img[src="x"], b, i, [onerror]').length
			  + [...document.querySelectorAll('script')].filter(s => s.textContent.includes('alert(')).length
			  + [...document.querySelectorAll('a[href]')].filter(a => a.href.trim().toLowerCase().startsWith('javascript:')).length;
			""";

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestData.registerHome(registry);
	}

	static boolean chromiumInstalled() {
		return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
	}

	@LocalServerPort
	int port;

	@Autowired
	DatasetService datasets;

	@Autowired
	SourceService sources;

	@Autowired
	SuggestionService suggestions;

	@Autowired
	AnnotationService annotations;

	@Autowired
	DiscrepancyService discrepancies;

	@Autowired
	NotebookService notebook;

	Path profile;

	ChromeDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() throws IOException {
		TestData.seedStory(this.datasets, this.sources, this.suggestions, this.annotations, this.discrepancies,
				this.notebook);
		this.profile = Files.createTempDirectory("crosscheck-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + this.profile);
		// Leave any alert open, so that the test can see it instead of the driver closing
		// it.
		options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(40));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
		FileSystemUtils.deleteRecursively(this.profile.toFile());
	}

	@Test
	void chartsDrawTheStoryADecisionIsRecordedAndHostileTextRunsNothing() {
		// Contracts: the chart element has drawn three vendors with two bars each on a
		// canvas.
		open("contracts");
		this.wait.until(driver -> number("""
				const chart = document.querySelector('crosscheck-echart[data-testid="contracts-chart-USD"]');
				return chart && chart.chart && chart.querySelector('canvas')
				  ? chart.chart.getOption().xAxis[0].data.length : 0;""") == 3);
		assertThat(strings("""
				return document.querySelector('crosscheck-echart[data-testid="contracts-chart-USD"]').chart
				  .getOption().xAxis[0].data;""")).containsExactlyInAnyOrder("AT&T", "Palantir", "Dell");
		assertThat(number("""
				return document.querySelector('crosscheck-echart[data-testid="contracts-chart-USD"]').chart
				  .getOption().series.map(s => s.data.length).reduce((a, b) => a + b, 0);""")).isEqualTo(6);
		assertThat(cellTexts()).contains("AT&T", "Palantir", "Dell", "$90,700,000");
		assertNothingRan();

		// Timeline: the events are drawn as spans and days.
		open("timeline");
		this.wait.until(driver -> number("""
				const chart = document.querySelector('crosscheck-echart[data-testid="timeline-chart"]');
				return chart && chart.chart && chart.querySelector('canvas')
				  ? chart.chart.getOption().series.map(s => s.data.length).reduce((a, b) => a + b, 0) : 0;""") > 3);
		assertThat(String.valueOf(js().executeScript(
				"return document.querySelector('crosscheck-echart[data-testid=\"timeline-chart\"]').option;")))
			.contains("(month")
			.contains("(year");

		// Discrepancies: confirm the wording one with a note, through the page.
		DiscrepancyView wording = TestData.wordingDiscrepancy(this.discrepancies, this.datasets.currentDataset());
		open("discrepancies");
		this.wait.until(driver -> cellTexts().contains("wording"));
		this.browser.findElement(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='wording']")).click();
		this.wait.until(driver -> text("[data-testid=\"detail-summary\"]").contains("flagged by"));
		WebElement decision = this.browser
			.findElement(By.cssSelector("vaadin-combo-box[data-testid='decision-status'] input"));
		decision.sendKeys(Keys.chord(Keys.CONTROL, "a"), "confirmed");
		decision.sendKeys(Keys.ENTER);
		this.browser.findElement(By.cssSelector("vaadin-text-area[data-testid='decision-note'] textarea"))
			.sendKeys("checked both articles");
		this.browser.findElement(By.cssSelector("vaadin-button[data-testid='decision-record']")).click();
		this.wait.until(driver -> text("[data-testid=\"detail-status\"]").equals("confirmed"));
		DiscrepancyView stored = this.discrepancies.show(this.datasets.currentDataset(), wording.id());
		assertThat(stored.status()).isEqualTo("confirmed");
		assertThat(stored.notes()).contains("confirmed: checked both articles");

		// The quote discrepancy's note and words are hostile.
		this.browser.findElement(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='quote']")).click();
		this.wait.until(driver -> text("[data-testid=\"detail-notes\"]").contains(TestData.HOSTILE_NOTE));
		assertNothingRan();

		// The hostile source in the reader, and the notebook's hostile prose.
		open("sources?source=5");
		this.wait.until(driver -> text("[data-testid=\"reader-text\"]").contains("<script>alert(1)</script>"));
		assertThat(text("[data-testid=\"reader-text\"]")).contains("<img src=x onerror=alert(1)>");
		assertThat(text("[data-testid=\"reader-title\"]")).isEqualTo(TestData.HOSTILE_TITLE);
		assertNothingRan();
		open("notebook");
		this.wait.until(driver -> text("[data-testid=\"notebook-cells\"]").contains("Raw <script>alert(5)</script>"));
		assertNothingRan();
	}

	private void open(String path) {
		this.browser.get("http://127.0.0.1:" + this.port + "/" + path);
	}

	private void assertNothingRan() {
		assertThatThrownBy(() -> this.browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
		assertThat(js().executeScript(INJECTED)).isEqualTo(0L);
	}

	@SuppressWarnings("unchecked")
	private List<String> cellTexts() {
		// textContent, not getText(): rows scrolled out of view have no rendered text.
		return (List<String>) js().executeScript(
				"return [...document.querySelectorAll('vaadin-grid-cell-content')].map(c => c.textContent.trim());");
	}

	@SuppressWarnings("unchecked")
	private List<String> strings(String script) {
		return (List<String>) js().executeScript(script);
	}

	private long number(String script) {
		Object value = js().executeScript(script);
		return value instanceof Number number ? number.longValue() : 0;
	}

	private String text(String selector) {
		Object text = js().executeScript(
				"const e = document.querySelector(arguments[0]); return e ? e.textContent.trim() : '';", selector);
		return String.valueOf(text);
	}

	private JavascriptExecutor js() {
		return this.browser;
	}

}
