package org.conflictmap.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactionCatalogTests {

    private final FactionCatalog shipped = FactionCatalog.fromClasspath();

    private static List<String> ids(List<FactionMention> mentions) {
        return mentions.stream().map(FactionMention::factionId).toList();
    }

    @Test
    void shipsTheFourteenDefaultFactionsWithDistinctColours() {
        assertThat(shipped.all()).extracting(Faction::id).contains("isis", "iraqi-government", "peshmerga", "pmf", "iran",
                "us-coalition", "turkey", "pkk", "ypg", "syria-government", "russia", "hezbollah-lebanon", "sunni-tribes", "turkmen");
        assertThat(shipped.all()).extracting(Faction::colour).doesNotHaveDuplicates();
        assertThat(shipped.all()).allSatisfy(f -> assertThat(f.group()).isNotBlank());
    }

    @Test
    void findsAliasesWithOffsetsIntoTheText() {
        String text = "Daesh fighters clashed with the Peshmerga near the river.";
        List<FactionMention> mentions = shipped.mentions(text);
        assertThat(ids(mentions)).containsExactly("isis", "peshmerga");
        FactionMention peshmerga = mentions.get(1);
        assertThat(text.substring(peshmerga.start(), peshmerga.end())).isEqualTo("Peshmerga");
    }

    @Test
    void keepsTheLongestOfOverlappingNames() {
        List<FactionMention> mentions = shipped.mentions("Iran-backed militias and the Islamic State of Iraq and the Levant fought.");
        assertThat(ids(mentions)).containsExactly("pmf", "isis");
    }

    @Test
    void attributesTheMilitantsToTheOnlyClaimantNamedInTheArticle() {
        List<FactionMention> mentions = shipped.mentions("ISIS holds the town. Later the militants blew up a bridge.");
        assertThat(mentions).hasSize(2);
        assertThat(mentions.get(1).factionId()).isEqualTo("isis");
        assertThat(mentions.get(1).contextual()).isTrue();
    }

    @Test
    void leavesTheMilitantsUnattributedWhenNoClaimantIsNamed() {
        assertThat(shipped.mentions("The militants blew up a bridge near the dam.")).isEmpty();
    }

    @Test
    void readsTheArmyAsTheGovernmentOfTheCountryTheArticleIsAbout() {
        assertThat(ids(shipped.mentions("In Iraq, the army entered the town. Iraqi officials confirmed it.")))
                .containsExactly("iraqi-government");
        assertThat(ids(shipped.mentions("In Syria, the army entered the town. Syrian officials confirmed it.")))
                .containsExactly("syria-government");
    }

    @Test
    void ignoresANameUsedAsTheObjectOfAnti() {
        assertThat(shipped.mentions("anti-ISIS volunteers gathered")).extracting(FactionMention::factionId).doesNotContain("isis");
    }

    @Test
    void marksLeadersAsPersons() {
        List<FactionMention> mentions = shipped.mentions("Qassem Suleimani met the commanders.");
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.factionId()).isEqualTo("iran");
            assertThat(m.person()).isTrue();
        });
    }

    @Test
    void loadsAFactionsFileFromAGeodataDirectory(@TempDir Path dir) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/events/factions-small.json")) {
            Files.copy(in, dir.resolve("factions.json"));
        }
        FactionCatalog small = FactionCatalog.load(dir);
        assertThat(small.all()).extracting(Faction::id).containsExactly("rebels", "crown");
        assertThat(ids(small.mentions("The rebel brigade and the Crown army met; the fighters of the Crown left.")))
                .containsExactly("rebels", "crown", "crown");
    }

    @Test
    void fallsBackToTheClasspathWhenTheDirectoryHasNoFactionsFile(@TempDir Path dir) {
        assertThat(FactionCatalog.load(dir).find("isis")).isPresent();
    }

    @Test
    void knowsWhoGovernsAPlaceTheFinerDivisionFirstAndWhoBacksWhom() {
        String json = """
                {"factions": [
                  {"id": "state", "group": "s", "governs": ["XA"]},
                  {"id": "region", "group": "r", "governs": ["XA.07"]},
                  {"id": "patron", "group": "p", "governs": ["XB"], "backs": ["state"]},
                  {"id": "rebels", "group": "x"}
                ]}""";
        FactionCatalog catalog = FactionCatalog.read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(catalog.governmentOf("XA", "03")).contains("state");
        assertThat(catalog.governmentOf("XA", "07")).contains("region");
        assertThat(catalog.governmentOf("XC", "01")).isEmpty();
        assertThat(catalog.allied("patron", "state")).isTrue();
        assertThat(catalog.allied("state", "patron")).isTrue();
        assertThat(catalog.allied("patron", "region")).isFalse();
        assertThat(catalog.allied("rebels", "state")).isFalse();
    }
}
