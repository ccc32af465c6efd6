package org.crosscheck.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.crosscheck.extraction.internal.ContractSuggester;
import org.crosscheck.extraction.internal.EventSuggester;
import org.crosscheck.extraction.internal.Suggesters;

import org.junit.jupiter.api.Test;

/** Tests every suggester on the two seed articles, the project's demo dataset. */
class SeedArticlesTest {

	private static final LocalDate SEED_000_PUBLISHED = LocalDate.of(2026, 2, 21);

	private static final LocalDate SEED_001_PUBLISHED = LocalDate.of(2026, 2, 18);

	private static List<Suggestion> ofKind(List<Suggestion> suggestions, SuggestionKind kind) {
		return suggestions.stream().filter(s -> s.kind() == kind).toList();
	}

	private static DateValue dateOf(List<Suggestion> suggestions, String exact) {
		return suggestions.stream()
			.filter(s -> s.kind() == SuggestionKind.DATE && s.exact().equals(exact))
			.map(s -> (DateValue) s.value())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no date " + exact));
	}

	private static EntityValue entityOf(List<Suggestion> suggestions, String exact) {
		return suggestions.stream()
			.filter(s -> s.kind() == SuggestionKind.ENTITY && s.exact().equals(exact))
			.map(s -> (EntityValue) s.value())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no entity " + exact));
	}

	@Test
	void findsTheThreeContractsOfSeed000() {
		List<ContractDraft> contracts = ContractSuggester.suggest(SeedText.SEED_000, SEED_000_PUBLISHED);
		assertThat(contracts)
			.extracting(ContractDraft::vendor, c -> c.obligated().amount(), c -> c.obligated().currency())
			.containsExactly(tuple("Dell", new BigDecimal("18800000"), "USD"),
					tuple("AT&T", new BigDecimal("90700000"), "USD"),
					tuple("Palantir", new BigDecimal("139300000"), "USD"));

		ContractDraft dell = contracts.get(0);
		assertThat(dell.awardDate().start()).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(dell.awardDate().precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(dell.ceiling()).isNull();
		assertThat(dell.agency()).isEqualTo("US Immigration and Customs Enforcement");
		assertThat(dell.purpose()).startsWith("support ICE’s chief information officer");

		ContractDraft att = contracts.get(1);
		assertThat(att.awardDate().start()).isEqualTo(LocalDate.of(2021, 1, 1));
		assertThat(att.awardDate().precision()).isEqualTo(DatePrecision.YEAR);
		assertThat(att.ceiling()).isEqualTo(new MoneyValue(new BigDecimal("165200000"), "USD"));
		assertThat(att.optionsEnd().start()).isEqualTo(LocalDate.of(2032, 1, 1));
		assertThat(att.optionsEnd().precision()).isEqualTo(DatePrecision.YEAR);
		assertThat(att.periodEnd().status()).isEqualTo(DateStatus.AMBIGUOUS);
		assertThat(att.periodEnd().start()).isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(att.agency()).isEqualTo("US Immigration and Customs Enforcement");
		assertThat(att.purpose()).isEqualTo("provide IT and network solutions, along with support services");
		assertThat(SeedText.SEED_000.substring(att.evidenceStart(), att.evidenceEnd())).startsWith("AT&T secured")
			.endsWith("$165.2 million.");

		ContractDraft palantir = contracts.get(2);
		assertThat(palantir.awardDate().start()).isEqualTo(LocalDate.of(2022, 1, 1));
		assertThat(palantir.awardDate().precision()).isEqualTo(DatePrecision.YEAR);
		assertThat(palantir.agency()).isEqualTo("US Immigration and Customs Enforcement");
	}

	@Test
	void findsNoContractInSeed001() {
		assertThat(ContractSuggester.suggest(SeedText.SEED_001, SEED_001_PUBLISHED)).isEmpty();
	}

	@Test
	void resolvesLastSeptemberOfSeed001ToTheSameMonthAsSeed000() {
		DateValue absolute = dateOf(Suggesters.suggest(SeedText.SEED_000, SEED_000_PUBLISHED), "September 2025");
		DateValue relative = dateOf(Suggesters.suggest(SeedText.SEED_001, SEED_001_PUBLISHED), "Last September");
		assertThat(relative.start()).isEqualTo(LocalDate.of(2025, 9, 1)).isEqualTo(absolute.start());
		assertThat(relative.end()).isEqualTo(absolute.end());
		assertThat(relative.precision()).isEqualTo(DatePrecision.MONTH).isEqualTo(absolute.precision());
	}

	@Test
	void leavesTheRelativeDatesOfSeed001UnresolvedWithoutPublicationDate() {
		List<Suggestion> suggestions = Suggesters.suggest(SeedText.SEED_001, null);
		for (String exact : List.of("Last September", "Wednesday", "last year", "last month")) {
			DateValue value = dateOf(suggestions, exact);
			assertThat(value.status()).as(exact).isEqualTo(DateStatus.UNRESOLVED);
			assertThat(value.hint()).contains("set its publication date");
		}
		// Absolute intervals need no publication date.
		assertThat(dateOf(suggestions, "the six months leading up to January 2026").status())
			.isEqualTo(DateStatus.RESOLVED);
	}

	@Test
	void resolvesTheRelativeDatesOfSeed001() {
		List<Suggestion> suggestions = Suggesters.suggest(SeedText.SEED_001, SEED_001_PUBLISHED);
		assertThat(dateOf(suggestions, "Wednesday").start()).isEqualTo(SEED_001_PUBLISHED);
		assertThat(dateOf(suggestions, "last year").start()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(dateOf(suggestions, "last month").start()).isEqualTo(LocalDate.of(2026, 1, 1));
		DateValue sixMonths = dateOf(suggestions, "the six months leading up to January 2026");
		assertThat(sixMonths.start()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(sixMonths.end()).isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void findsTheDatesOfSeed000() {
		List<Suggestion> dates = ofKind(Suggesters.suggest(SeedText.SEED_000, SEED_000_PUBLISHED), SuggestionKind.DATE);
		assertThat(dates).extracting(Suggestion::exact)
			.containsExactly("last year", "the six months leading up to January 2026", "September 2025", "April 2025",
					"2021", "September", "2032", "2022", "February 21, 2026");
	}

	@Test
	void findsTheMoneyOfSeed000AndNoneInSeed001() {
		assertThat(ofKind(Suggesters.suggest(SeedText.SEED_000, SEED_000_PUBLISHED), SuggestionKind.MONEY))
			.extracting(Suggestion::exact)
			.containsExactly("$18.8 million", "$90.7 million", "$165.2 million", "$139.3 million");
		assertThat(ofKind(Suggesters.suggest(SeedText.SEED_001, SEED_001_PUBLISHED), SuggestionKind.MONEY)).isEmpty();
	}

	@Test
	void groupsTheEntitiesOfSeed000() {
		List<Suggestion> suggestions = Suggesters.suggest(SeedText.SEED_000, SEED_000_PUBLISHED);
		EntityValue ice = entityOf(suggestions, "ICE");
		assertThat(ice.name()).isEqualTo("US Immigration and Customs Enforcement");
		assertThat(ice.kind()).isEqualTo(EntityKind.PUBLIC_BODY);
		EntityValue dhs = entityOf(suggestions, "DHS");
		assertThat(dhs.name()).isEqualTo("Department of Homeland Security");
		assertThat(dhs.aliases()).containsExactly("DHS");
		assertThat(entityOf(suggestions, "Microsoft").kind()).isEqualTo(EntityKind.ORGANIZATION);
		assertThat(entityOf(suggestions, "Reuters").kind()).isEqualTo(EntityKind.OUTLET);
		assertThat(entityOf(suggestions, "Forbes").kind()).isEqualTo(EntityKind.OUTLET);
		assertThat(entityOf(suggestions, "The Guardian").kind()).isEqualTo(EntityKind.OUTLET);
		assertThat(entityOf(suggestions, "US Congress").kind()).isEqualTo(EntityKind.PUBLIC_BODY);
		assertThat(ofKind(suggestions, SuggestionKind.ENTITY)).extracting(Suggestion::exact)
			.contains("Dell", "AT&T", "Palantir")
			.doesNotContain("Last Updated", "Image", "What Triggered Statement", "Previous Controversies", "IST",
					"Israeli", "Palestinian", "AI", "IT", "February", "September");
	}

	@Test
	void groupsTheEntitiesOfSeed001() {
		List<Suggestion> suggestions = Suggesters.suggest(SeedText.SEED_001, SEED_001_PUBLISHED);
		EntityValue ice = entityOf(suggestions, "ICE");
		assertThat(ice.name()).isEqualTo("U.S. Immigration and Customs Enforcement");
		assertThat(ice.aliases()).containsExactly("ICE");
		assertThat(entityOf(suggestions, "DHS").name()).isEqualTo("Department of Homeland Security");
		EntityValue trump = entityOf(suggestions, "Trump");
		assertThat(trump.name()).isEqualTo("Donald Trump");
		assertThat(trump.kind()).isEqualTo(EntityKind.PERSON);
		assertThat(entityOf(suggestions, "The Guardian").kind()).isEqualTo(EntityKind.OUTLET);
		assertThat(ofKind(suggestions, SuggestionKind.ENTITY)).extracting(Suggestion::exact)
			.doesNotContain("Audio By Carbonatix", "Carbonatix", "Israel", "Tech", "U.S.", "Latest Stories");
	}

	@Test
	void findsTheQuotesAndSpeakersOfBothSeeds() {
		List<QuoteValue> seed000 = ofKind(Suggesters.suggest(SeedText.SEED_000, SEED_000_PUBLISHED),
				SuggestionKind.QUOTE)
			.stream()
			.map(s -> (QuoteValue) s.value())
			.toList();
		assertThat(seed000).extracting(QuoteValue::speaker).containsExactly("Microsoft", "the spokesperson");
		assertThat(seed000.get(0).text()).isEqualTo("mass surveillance of civilians");

		List<QuoteValue> seed001 = ofKind(Suggesters.suggest(SeedText.SEED_001, SEED_001_PUBLISHED),
				SuggestionKind.QUOTE)
			.stream()
			.map(s -> (QuoteValue) s.value())
			.toList();
		assertThat(seed001).extracting(QuoteValue::speaker)
			.containsExactly("a Microsoft spokesperson", "a Microsoft spokesperson", "The company");
		assertThat(seed001.get(1).text()).startsWith("Microsoft policies and terms of service");
		assertThat(seed001.get(2).text()).isEqualTo("clear legal lines");
	}

	@Test
	void draftsEventsOfSeed001WithResolvedDates() {
		List<EventDraft> events = EventSuggester.suggest(SeedText.SEED_001, SEED_001_PUBLISHED);
		assertThat(events).extracting(e -> e.date().start())
			.containsExactly(SEED_001_PUBLISHED, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1),
					LocalDate.of(2026, 1, 1), LocalDate.of(2025, 9, 1));
		assertThat(events.getFirst().entities()).containsExactly("Microsoft",
				"U.S. Immigration and Customs Enforcement");
		assertThat(events.getFirst().description()).startsWith("Microsoft said on Wednesday");
	}

	@Test
	void returnsSuggestionsSortedWithoutOverlapsOfOneKind() {
		for (String text : List.of(SeedText.SEED_000, SeedText.SEED_001)) {
			List<Suggestion> suggestions = Suggesters.suggest(text, SEED_001_PUBLISHED);
			for (int k = 1; k < suggestions.size(); k++) {
				assertThat(suggestions.get(k).start()).isGreaterThanOrEqualTo(suggestions.get(k - 1).start());
			}
			for (SuggestionKind kind : SuggestionKind.values()) {
				List<Suggestion> ofKind = ofKind(suggestions, kind);
				for (int k = 1; k < ofKind.size(); k++) {
					assertThat(ofKind.get(k).start()).isGreaterThanOrEqualTo(ofKind.get(k - 1).end());
				}
			}
			for (Suggestion suggestion : suggestions) {
				assertThat(text.substring(suggestion.start(), suggestion.end())).isEqualTo(suggestion.exact());
			}
		}
	}

}
