package org.conflictmap.geoparsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.conflictmap.gazetteer.PlaceKind;
import org.junit.jupiter.api.Test;

class GazetteerGeoparserTests {

    private static final long FALLUJAH_IQ = 99454;
    private static final long ERBIL_IQ = 95446;
    private static final long TEHRAN_IR = 112931;
    private static final long DAMASCUS_SY = 170654;
    private static final long DAMASCUS_OR = 900001;
    private static final long PARIS_FR = 2988507;
    private static final long PARIS_TX = 900002;
    private static final long LEBANON_PA = 900003;
    private static final long MOBILE_AL = 900004;
    private static final long SAMARRA_IQ = 91597;
    private static final long UMM_ZAYTUNA_PS = 900021;

    private final Geoparser geoparser = FixtureGeoparser.get();

    @Test
    void resolvesTransliterationVariantsWithoutASpellingList() {
        String text = "Families fled Falluja for Irbil, while officials in Teheran and Samara watched.";
        assertThat(geonameId(text, "Falluja")).contains(FALLUJAH_IQ);
        assertThat(geonameId(text, "Irbil")).contains(ERBIL_IQ);
        assertThat(geonameId(text, "Teheran")).contains(TEHRAN_IR);
        assertThat(geonameId(text, "Samara")).contains(SAMARRA_IQ);
    }

    @Test
    void resolvesDamascusToSyriaInAMiddleEastStory() {
        String text = "Rebels shelled Damascus again as Syrian troops moved north from Beirut towards Raqqa.";
        assertThat(geonameId(text, "Damascus")).contains(DAMASCUS_SY);
    }

    @Test
    void resolvesDamascusToOregonWhenTheTextSaysSo() {
        String text = "The county fair in Damascus, Oregon drew a record crowd this summer.";
        assertThat(geonameId(text, "Damascus")).contains(DAMASCUS_OR);
    }

    @Test
    void usesCommaQualifiersToPickTheTown() {
        String text = "She grew up in Paris, Texas, and later studied in Lebanon, Pennsylvania.";
        assertThat(geonameId(text, "Paris")).contains(PARIS_TX);
        assertThat(geonameId(text, "Lebanon")).contains(LEBANON_PA);
    }

    @Test
    void readsACountryNameAsTheCountry() {
        String text = "Lebanon closed its border crossing after the clashes; Paris offered help.";
        ResolvedMention lebanon = mention(text, "Lebanon").orElseThrow();
        assertThat(lebanon.place().kind()).isEqualTo(PlaceKind.COUNTRY);
        assertThat(geonameId(text, "Paris")).contains(PARIS_FR);
    }

    @Test
    void skipsPersonNamesAfterTitlesAndFirstNames() {
        String text = "Secretary Kerry met Barack Obama in Baghdad. Later Obama spoke to Victoria Nuland.";
        assertThat(surfaces(text)).containsExactly("Baghdad");
    }

    @Test
    void skipsUnitAndOutletNamesThatAreAlsoTowns() {
        String text = "Ramadi brigades moved while Mosul reported calm, the daily Kirkuk said, near Tikrit.";
        assertThat(surfaces(text)).containsExactly("Tikrit");
        assertThat(surfaces("Sources in Erbil reported calm.")).containsExactly("Erbil");
    }

    @Test
    void readsACountryNameFollowedByASurnameAsAPerson() {
        assertThat(surfaces("Lebanon Doyle, a singer, visited Beirut.")).containsExactly("Beirut");
    }

    @Test
    void skipsOrganisationsNamedAfterPlaces() {
        String text = "A statement from the Islamic State of Iraq and the Levant was quoted by the Middle East "
                + "Monitor, while the Iraqi army held Mosul.";
        assertThat(surfaces(text)).containsExactly("Mosul");
    }

    @Test
    void skipsAPlaceNameThatOpensAnOrganisationName() {
        String text = "An analyst at the London Center for Policy Research spoke about Raqqa.";
        assertThat(surfaces(text)).containsExactly("Raqqa");
    }

    @Test
    void keepsAttributiveUsesOfPlaceNames() {
        String text = "The US-led coalition and London-based monitors watched the Mideast closely.";
        assertThat(surfaces(text)).containsExactly("US", "London", "Mideast");
    }

    @Test
    void keepsPlaceNamesInTitleCaseHeadlines() {
        String text = "Troops Advance On Mosul As Ramadi Holds\nBy A Reporter\nThe army said the push was slow.";
        assertThat(surfaces(text)).containsExactly("Mosul", "Ramadi");
    }

    @Test
    void keepsPlacesAfterReligiousAndEthnicAdjectives() {
        assertThat(surfaces("Sunni Anbar and Yazidi Sinjar suffered most.")).containsExactly("Anbar", "Sinjar");
    }

    @Test
    void includesMultiWordGenericWordsInTheName() {
        assertThat(surfaces("Flights to Baghdad International Airport resumed.")).containsExactly("Baghdad International Airport");
    }

    @Test
    void keepsFormalCountryNamesWhole() {
        String text = "Envoys of the Islamic Republic of Iran arrived in Baghdad.";
        assertThat(surfaces(text)).containsExactly("Islamic Republic of Iran", "Baghdad");
    }

    @Test
    void treatsDemonymsAsEvidenceNotMentions() {
        assertThat(surfaces("Iraqi and Kurdish officers met their Syrian counterparts.")).isEmpty();
    }

    @Test
    void skipsEverydayWordsThatAreAlsoTownNames() {
        String text = "Reading the report on a mobile phone, he said the plan was right. Mobile units moved.";
        assertThat(surfaces(text)).isEmpty();
    }

    @Test
    void keepsEverydayWordTownsInPlaceContext() {
        String text = "The storm reached the coast near Mobile, Alabama on Tuesday.";
        assertThat(geonameId(text, "Mobile")).contains(MOBILE_AL);
    }

    @Test
    void keepsAnEverydayWordTownNamedAfterAGenericPlaceWordAndOf() {
        assertThat(geonameId("Relief lorries finally reached the port city of Mobile after the storm.", "Mobile")).contains(MOBILE_AL);
        assertThat(surfaces("The head of Mobile operations spoke.")).isEmpty();
    }

    @Test
    void readsAnEverydayWordAsThePlaceItNamesElsewhereInTheSameText() {
        String text = "Relief lorries reached the port city of Mobile on Friday. Mobile, a city on the Gulf coast, had lost power.";
        assertThat(surfaces(text)).containsExactly("Mobile", "Mobile");
        assertThat(surfaces("Mobile units moved in. Rescue teams waited.")).isEmpty();
    }

    @Test
    void stripsPossessivesAndIncludesCapitalisedGenericWords() {
        String text = "Iran’s envoy toured Nineveh Province and the Tigris River near Mosul’s old city.";
        assertThat(surfaces(text)).containsExactly("Iran", "Nineveh Province", "Tigris River", "Mosul");
        assertThat(mention(text, "Nineveh Province").orElseThrow().place().kind()).isEqualTo(PlaceKind.ADMIN1);
    }

    @Test
    void leavesTrailingLowerCaseWordsOutOfTheWrittenName() {
        assertThat(surfaces("Boats sailed down the Tigris river at dawn.")).containsExactly("Tigris");
    }

    @Test
    void readsShortCapitalsAsAcronymsNotTowns() {
        assertThat(surfaces("ISIS fighters entered Sinjar while the US watched.")).containsExactly("Sinjar", "US");
    }

    @Test
    void findsLowerCaseNamesOnlyWhenTheyAreNoEnglishWords() {
        List<String> found = surfaces("fighting in mosul and anbar, reading the news in baghdad");
        assertThat(found).containsExactly("mosul", "anbar", "baghdad");
    }

    @Test
    void keepsOffsetsOnTheOriginalTextWithNonAsciiCharacters() {
        String text = "«Ḥalab» — 🚀 the convoy left Ṭikrīt for Mosul; العراق Mosul.";
        List<ResolvedMention> found = geoparser.parse(text);
        assertThat(found).isNotEmpty();
        for (ResolvedMention m : found) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
        }
        assertThat(found).extracting(ResolvedMention::surface).contains("Ṭikrīt", "Mosul");
    }

    @Test
    void reportsTheCandidatesTheWinnerBeat() {
        ResolvedMention damascus = mention("Troops entered Damascus and Raqqa.", "Damascus").orElseThrow();
        assertThat(damascus.alternatives()).extracting(c -> c.place().geonameId()).contains(DAMASCUS_OR);
        assertThat(damascus.confidence()).isBetween(0.5, 1.0);
    }

    private List<String> surfaces(String text) {
        return geoparser.parse(text).stream().map(ResolvedMention::surface).toList();
    }

    private Optional<ResolvedMention> mention(String text, String surface) {
        return geoparser.parse(text).stream().filter(m -> m.surface().equals(surface)).findFirst();
    }

    @Test
    void dropsAFarAwayVillageNamedInAStoryAboutAnotherCountry() {
        String text = "Iraqi troops captured four villages south of Mosul, including Umm Zaytuna, on Monday.";
        assertThat(mention(text, "Umm Zaytuna")).isEmpty();
        assertThat(geonameId("Farmers in Umm Zaytuna harvested olives.", "Umm Zaytuna")).contains(UMM_ZAYTUNA_PS);
    }

    private Optional<Long> geonameId(String text, String surface) {
        return mention(text, surface).map(m -> m.place().geonameId());
    }
}
