package org.crosscheck.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.crosscheck.extraction.internal.EntitySuggester;

import org.junit.jupiter.api.Test;

/**
 * Tests the entity finder: name boundaries, grouping of aliases and kinds from cue words.
 */
class EntitySuggesterTest {

	private static Optional<EntityValue> entity(List<Suggestion> found, String exact) {
		return found.stream().filter(s -> s.exact().equals(exact)).map(s -> (EntityValue) s.value()).findFirst();
	}

	private static List<String> exacts(String text) {
		return EntitySuggester.suggest(text).stream().map(Suggestion::exact).toList();
	}

	@Test
	void keepsConnectorsInsideMultiWordNames() {
		assertThat(exacts("Officials at the Department of Homeland Security and the Bank of the West met."))
			.containsExactly("Department of Homeland Security", "Bank of the West");
	}

	@Test
	void keepsAndInsideAPublicBodyName() {
		assertThat(exacts("They work for U.S. Immigration and Customs Enforcement now."))
			.containsExactly("U.S. Immigration and Customs Enforcement");
	}

	@Test
	void splitsListsOfCompanies() {
		assertThat(exacts("Analysts said Dell, AT&T and Palantir are among the largest contractors."))
			.containsExactly("Dell", "AT&T", "Palantir");
		assertThat(exacts("Analysts said Microsoft and Google Cloud compete.")).containsExactly("Microsoft",
				"Google Cloud");
	}

	@Test
	void groupsALongNameWithTheAcronymDefinedAfterIt() {
		List<Suggestion> found = EntitySuggester
			.suggest("Staff of the Federal Bureau of Investigation (FBI) said the FBI would respond.");
		EntityValue fbi = entity(found, "FBI").orElseThrow();
		assertThat(fbi.name()).isEqualTo("Federal Bureau of Investigation");
		assertThat(fbi.aliases()).containsExactly("FBI");
		assertThat(fbi.kind()).isEqualTo(EntityKind.PUBLIC_BODY);
		assertThat(found).filteredOn(s -> s.exact().equals("FBI")).hasSize(2);
	}

	@Test
	void groupsAnAcronymWithTheLongNameInParenthesesAfterIt() {
		List<Suggestion> found = EntitySuggester
			.suggest("It serves DHS (Department of Homeland Security, of which ICE is a part).");
		assertThat(entity(found, "DHS").orElseThrow().name()).isEqualTo("Department of Homeland Security");
	}

	@Test
	void groupsAnAcronymWithMatchingInitialsSkippingTheCountryPrefix() {
		List<Suggestion> found = EntitySuggester.suggest(
				"ICE declined to comment. Agents of the U.S. Immigration and Customs Enforcement agency were seen.");
		EntityValue ice = entity(found, "ICE").orElseThrow();
		assertThat(ice.name()).isEqualTo("U.S. Immigration and Customs Enforcement");
		assertThat(ice.aliases()).containsExactly("ICE");
		assertThat(ice.kind()).isEqualTo(EntityKind.PUBLIC_BODY);
	}

	@Test
	void stripsPossessives() {
		List<String> found = exacts("Analysts said Microsoft's cloud and Dell’s government arm grew.");
		assertThat(found).containsExactly("Microsoft", "Dell");
	}

	@Test
	void dropsSentenceInitialCommonWordsMonthsAndWeekdays() {
		assertThat(exacts(
				"However, the court met. In September the Senate voted on Monday. According to reports, nothing."))
			.containsExactly("Senate");
	}

	@Test
	void dropsUnconfirmedSentenceInitialWords() {
		assertThat(exacts("Tech companies have warmed their ties. Image used for representation.")).isEmpty();
	}

	@Test
	void keepsASentenceInitialNameThatIsAlsoUsedMidSentence() {
		assertThat(exacts("Palantir was awarded a contract. Rivals envy Palantir.")).containsExactly("Palantir",
				"Palantir");
	}

	@Test
	void detectsOutletsFromReportingCues() {
		List<Suggestion> found = EntitySuggester.suggest(
				"Forbes reported the deal. The firm said in a statement to Reuters that a report by The Guardian was wrong.");
		assertThat(entity(found, "Forbes").orElseThrow().kind()).isEqualTo(EntityKind.OUTLET);
		assertThat(entity(found, "Reuters").orElseThrow().kind()).isEqualTo(EntityKind.OUTLET);
		assertThat(entity(found, "The Guardian").orElseThrow().kind()).isEqualTo(EntityKind.OUTLET);
		assertThat(
				entity(exactsSuggest("Readers of the Financial Times agreed."), "Financial Times").orElseThrow().kind())
			.isEqualTo(EntityKind.OUTLET);
	}

	private static List<Suggestion> exactsSuggest(String text) {
		return EntitySuggester.suggest(text);
	}

	@Test
	void detectsPeopleAfterTitlesAndGroupsTheirSurname() {
		List<Suggestion> found = EntitySuggester.suggest(
				"U.S. President Donald Trump's crackdown drew criticism. Critics of Trump say it is unsafe. Dr Jane Goodall spoke.");
		EntityValue trump = entity(found, "Trump").orElseThrow();
		assertThat(trump.name()).isEqualTo("Donald Trump");
		assertThat(trump.kind()).isEqualTo(EntityKind.PERSON);
		assertThat(entity(found, "Donald Trump")).isPresent();
		assertThat(entity(found, "Jane Goodall").orElseThrow().kind()).isEqualTo(EntityKind.PERSON);
	}

	@Test
	void detectsAPersonAsTheSubjectOfSaid() {
		List<Suggestion> found = EntitySuggester.suggest("The plan is sound, Maria Lopez said on the call.");
		assertThat(entity(found, "Maria Lopez").orElseThrow().kind()).isEqualTo(EntityKind.PERSON);
	}

	@Test
	void detectsOrganisationsBySuffixAndPublicBodiesByHeadWord() {
		List<Suggestion> found = EntitySuggester
			.suggest("Officials said Acme Holdings Inc sued the Ministry of Finance and the Supreme Court.");
		assertThat(entity(found, "Acme Holdings Inc").orElseThrow().kind()).isEqualTo(EntityKind.ORGANIZATION);
		assertThat(entity(found, "Ministry of Finance").orElseThrow().kind()).isEqualTo(EntityKind.PUBLIC_BODY);
		assertThat(entity(found, "Supreme Court").orElseThrow().kind()).isEqualTo(EntityKind.PUBLIC_BODY);
	}

	@Test
	void leavesNationalityAdjectivesAndPlacesOut() {
		assertThat(exacts("It served an Israeli military unit in Israel and American buyers.")).isEmpty();
	}

	@Test
	void leavesTitleCaseHeadingsOutUnlessTheNameIsUsedElsewhere() {
		List<String> found = exacts(
				"What Triggered Statement\nICE And Other Contracts\nOfficials said ICE declined to comment.");
		assertThat(found).containsExactly("ICE", "ICE");
	}

	@Test
	void leavesHyphenatedAdjectivesAndGenericAcronymsOut() {
		assertThat(exacts("It sells AI-based products and IT services to buyers.")).isEmpty();
	}

	@Test
	void reportsOffsetsOfEachMention() {
		String text = "Officials said the U.S. Congress should act.";
		Suggestion congress = EntitySuggester.suggest(text).getFirst();
		assertThat(text.substring(congress.start(), congress.end())).isEqualTo("U.S. Congress");
		assertThat(((EntityValue) congress.value()).kind()).isEqualTo(EntityKind.PUBLIC_BODY);
	}

}
