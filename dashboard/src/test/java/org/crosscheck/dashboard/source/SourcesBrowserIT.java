package org.crosscheck.dashboard.source;

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
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.crosscheck.dashboard.TestData;
import org.crosscheck.dataset.DatasetService;
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
 * Smoke test in Debian's Chromium: the dashboard serves the sources page on loopback, lists
 * the sources, and a source full of markup runs no script and injects no element.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "vaadin.launch-browser=false" })
@EnabledIf("chromiumInstalled")
class SourcesBrowserIT {

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

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

	Path profile;

	ChromeDriver browser;

	@BeforeEach
	void openBrowser() throws IOException {
		TestData.seedDemo(this.datasets, this.sources);
		this.profile = Files.createTempDirectory("crosscheck-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + this.profile);
		// Leave any alert open, so that the test can see it instead of the driver closing it.
		options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
		FileSystemUtils.deleteRecursively(this.profile.toFile());
	}

	@Test
	void sourcesPageListsTheSourcesAndRendersHostileTextAsText() {
		this.browser.get("http://127.0.0.1:" + this.port + "/");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(60));
		wait.until(driver -> cellTexts().contains("Evil Outlet"));

		assertThat(this.browser.getTitle()).isEqualTo("Sources · Crosscheck");
		assertThat(cellTexts()).contains("Microsoft says ICE does not use Azure for mass surveillance", "The Verge",
				"Times of India", TestData.HOSTILE_TITLE);

		WebElement hostileRow = this.browser
			.findElement(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Evil Outlet']"));
		hostileRow.click();
		wait.until(driver -> readerText().contains("<script>alert(1)</script>"));

		assertThat(readerText()).contains("<img src=x onerror=alert(1)>");
		assertThatThrownBy(() -> this.browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
		Object injected = js().executeScript("""
				return document.querySelectorAll('img[src="x"], b, [onerror]').length
				  + [...document.querySelectorAll('script')].filter(s => s.textContent.includes('alert(')).length;
				""");
		assertThat(injected).isEqualTo(0L);
	}

	@SuppressWarnings("unchecked")
	private List<String> cellTexts() {
		// textContent, not getText(): rows scrolled out of view have no rendered text.
		return (List<String>) js().executeScript(
				"return [...document.querySelectorAll('vaadin-grid-cell-content')].map(c => c.textContent.trim());");
	}

	private String readerText() {
		Object text = js().executeScript(
				"const r = document.querySelector('[data-testid=\"reader-text\"]'); return r ? r.textContent : '';");
		return String.valueOf(text);
	}

	private JavascriptExecutor js() {
		return this.browser;
	}

}
