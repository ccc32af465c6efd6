package org.crosscheck.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crosscheck.TestHome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class FileExportTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestHome.register(registry);
	}

	@Autowired
	ExchangeService exchange;

	@Autowired
	ExchangeFixtures fixtures;

	@TempDir
	Path folder;

	String dataset;

	@BeforeEach
	void investigation(TestInfo info) {
		this.dataset = info.getTestMethod().orElseThrow().getName();
		this.fixtures.investigation(this.dataset);
	}

	@Test
	void followTheMoneyExportFitsTheModelLineByLine() throws IOException {
		Path file = this.folder.resolve("story.ftm.json");

		ExportReport report = this.exchange.exportFtm(this.dataset, file);

		List<JsonNode> entities = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			entities.add(JSON.readTree(line));
		}
		assertThat(new FtmModel().problems(entities)).isEmpty();
		assertThat(report.counts()).containsEntry("Document", 2)
			.containsEntry("Contract", 2)
			.containsEntry("ContractAward", 2)
			.containsEntry("Event", 3)
			.containsEntry("PublicBody", 1)
			.containsEntry("Person", 1)
			.containsEntry("Mention", 1);
		JsonNode att = entities.stream()
			.filter(e -> e.get("schema").asText().equals("Contract")
					&& e.get("properties").get("title").get(0).asText().equals("Telecommunications"))
			.findFirst()
			.orElseThrow();
		assertThat(att.get("properties").get("amount").get(0).asText()).isEqualTo("165200000");
		assertThat(att.get("properties").get("contractDate").get(0).asText()).isEqualTo("2021");
		JsonNode ice = entities.stream()
			.filter(e -> e.get("schema").asText().equals("PublicBody"))
			.findFirst()
			.orElseThrow();
		assertThat(att.get("properties").get("authority").get(0).asText()).as("the agency found by its name")
			.isEqualTo(ice.get("id").asText());
		JsonNode award = entities.stream()
			.filter(e -> e.get("schema").asText().equals("ContractAward")
					&& e.get("properties").get("contract").get(0).asText().equals(att.get("id").asText()))
			.findFirst()
			.orElseThrow();
		assertThat(award.get("properties").get("amount").get(0).asText()).isEqualTo("90700000");
		assertThat(award.get("properties").get("endDate").get(0).asText()).isEqualTo("2025-09");
		JsonNode document = entities.get(0);
		assertThat(document.get("properties").get("publishedAt").get(0).asText()).isEqualTo("2026-02-21T11:50:00");
		assertThat(Files.readAllBytes(file)).as("deterministic").isEqualTo(exportAgain());
	}

	private byte[] exportAgain() throws IOException {
		Path again = this.folder.resolve("again.ftm.json");
		this.exchange.exportFtm(this.dataset, again);
		return Files.readAllBytes(again);
	}

	@Test
	void csvTablesFollowRfc4180WithAwardRecordColumns() throws IOException {
		Path tables = this.folder.resolve("tables");

		ExportReport report = this.exchange.exportCsv(this.dataset, tables);

		assertThat(report.counts()).containsEntry("sources.csv", 2)
			.containsEntry("annotations.csv", 6)
			.containsEntry("contracts.csv", 2)
			.containsEntry("events.csv", 3)
			.containsEntry("discrepancies.csv", 2);
		String contracts = Files.readString(tables.resolve("contracts.csv"), StandardCharsets.UTF_8);
		assertThat(contracts).startsWith("award_id,recipient_name,awarding_agency_name,total_obligation,"
				+ "base_and_all_options_value,currency,award_date,period_of_performance_current_end_date,"
				+ "period_of_performance_potential_end_date,description,evidence\r\n");
		assertThat(contracts)
			.contains("\r\n2,AT&T,U.S. Immigration and Customs Enforcement,90700000,165200000,USD,2021,2025-09,2032,"
					+ "Telecommunications,source 1: “$165.2 million”\r\n");
		String sources = Files.readString(tables.resolve("sources.csv"), StandardCharsets.UTF_8);
		assertThat(sources).contains("\"Microsoft denies ICE uses its cloud for mass surveillance\"".replace("\"", ""));
		String discrepancies = Files.readString(tables.resolve("discrepancies.csv"), StandardCharsets.UTF_8);
		assertThat(discrepancies).contains(",We do not provide technology for mass surveillance,2,")
			.contains(",“suspended certain services” vs “disabled some services”,");
		String annotations = Files.readString(tables.resolve("annotations.csv"), StandardCharsets.UTF_8);
		assertThat(annotations).contains("\"Compare with 'disabled some services' in source 2\"".replace("\"", ""))
			.contains("wording; services");
		assertThat(annotations.split("\r\n")).hasSize(7);
	}

	@Test
	void timelineHasEachDateAtItsPrecisionEscapesTextAndLeavesOutUnresolvedEvents() throws IOException {
		Path file = this.folder.resolve("timeline.json");

		ExportReport report = this.exchange.exportTimeline(this.dataset, file);

		assertThat(report.counts()).containsEntry("events", 2);
		assertThat(report.leftOut()).isEqualTo(1);
		JsonNode events = JSON.readTree(file.toFile()).get("events");
		JsonNode september = events.get(0);
		assertThat(september.get("start_date").get("year").asInt()).isEqualTo(2025);
		assertThat(september.get("start_date").get("month").asInt()).isEqualTo(9);
		assertThat(september.get("start_date").has("day")).as("a month event has no day").isFalse();
		assertThat(september.has("end_date")).isFalse();
		assertThat(september.get("display_date").asText()).isEqualTo("September 2025");
		assertThat(september.get("text").get("text").asText()).contains("Date as written: “last September”")
			.contains("<blockquote>suspended certain services</blockquote>");
		JsonNode dell = events.get(1);
		assertThat(dell.get("start_date").get("day").asInt()).isEqualTo(15);
		assertThat(dell.get("text").get("headline").asText()).isEqualTo("Dell &lt;b&gt;wins&lt;/b&gt; ICE contract");
	}

}
