package org.conflictmap.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RuleBasedClaimExtractorTests {

    private static final LocalDate PUBLISHED = LocalDate.of(2015, 3, 12);

    private static final RuleBasedClaimExtractor EXTRACTOR = RuleBasedClaimExtractor.withDefaults();

    private static List<ControlClaim> read(String text) {
        return EXTRACTOR.extract(text, PUBLISHED, PlaceMentions.in(text));
    }

    private static List<String> summaries(String text) {
        return read(text).stream().map(c -> c.faction() + " " + c.place().name()).toList();
    }

    @Test
    void readsAHyphenatedHolderBeforeAPlaceWithEvidence() {
        String text = "Refugees keep arriving.\nJets struck targets in ISIS-held Mosul overnight.";
        assertThat(read(text)).singleElement().satisfies(c -> {
            assertThat(c.faction()).isEqualTo("isis");
            assertThat(c.place().name()).isEqualTo("Mosul");
            assertThat(c.evidence().text()).isEqualTo(text.substring(c.evidence().start(), c.evidence().end()));
            assertThat(c.evidence().text()).startsWith("Jets struck");
            assertThat(c.date()).isEqualTo(PUBLISHED);
            assertThat(c.confidence()).isBetween(0.5, 1.0);
            assertThat(c.id()).isZero();
            assertThat(c.articleId()).isZero();
        });
    }

    @Test
    void readsAHyphenatedHolderWithATownOfPhrase() {
        assertThat(summaries("Shells hit the Islamic State-controlled town of Hit on Sunday.")).containsExactly("isis Hit");
    }

    @Test
    void readsAPlaceHeldByAFactionSinceAMonthAsHeldNowAndFromThen() {
        List<ControlClaim> claims = read("Mosul, held by ISIS since June, has no electricity.");
        assertThat(claims).extracting(c -> c.faction() + " " + c.place().name()).containsOnly("isis Mosul");
        assertThat(claims).extracting(ControlClaim::date, ControlClaim::precision).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(PUBLISHED, DatePrecision.DAY),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2014, 6, 15), DatePrecision.MONTH));
    }

    @Test
    void keepsOnlyTheStartOfAHoldingThatTheSentenceEnds() {
        List<ControlClaim> claims = read("Tikrit, in ISIS hands since June, was recaptured by the army on Tuesday.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.faction() + " " + c.place().name()).isEqualTo("isis Tikrit");
            assertThat(c.date()).isEqualTo(LocalDate.of(2014, 6, 15));
        });
    }

    @Test
    void readsAPresentTenseControlVerb() {
        assertThat(summaries("The Islamic State controls Mosul and Tikrit, a local official told us.")).containsExactlyInAnyOrder("isis Mosul", "isis Tikrit");
        assertThat(summaries("The Iraqi army still holds Baiji.")).containsExactly("iraqi-government Baiji");
    }

    @Test
    void lowersTheConfidenceOfReportedSpeech() {
        double stated = read("ISIS controls Mosul.").get(0).confidence();
        double reported = read("ISIS controls Mosul, residents said.").get(0).confidence();
        assertThat(reported).isLessThan(stated);
    }

    @Test
    void readsUnderControlInBothWordOrders() {
        assertThat(summaries("Ramadi is under ISIS control.")).containsExactly("isis Ramadi");
        assertThat(summaries("Tikrit remains under the control of the Iraqi army.")).containsExactly("iraqi-government Tikrit");
    }

    @Test
    void readsInTheHandsOf() {
        assertThat(summaries("Fallujah has been in the hands of ISIS for a year.")).containsExactly("isis Fallujah");
        assertThat(summaries("Baiji is still in ISIS hands.")).containsExactly("isis Baiji");
    }

    @Test
    void readsAGenericHolderThroughTheArticleContext() {
        String text = "Iraqi troops massed near the refinery. Government forces lost two tanks. "
                + "Kirkuk remains in government hands.";
        assertThat(summaries(text)).containsExactly("iraqi-government Kirkuk");
    }

    @Test
    void readsAStrongholdOrCapitalAfterItsHolder() {
        assertThat(summaries("Drones circled over the main ISIS stronghold of Mosul.")).containsExactly("isis Mosul");
        assertThat(summaries("Fallujah, an ISIS stronghold, was quiet.")).containsExactly("isis Fallujah");
    }

    @Test
    void givesNoClaimForAFormerStronghold() {
        assertThat(read("Fallujah, a former ISIS stronghold, is being rebuilt.")).isEmpty();
    }

    @Test
    void readsACaptureInARelativeClauseAsHeldAtPublication() {
        List<ControlClaim> claims = read("Mosul, which ISIS seized in 2014, is the largest city it holds.");
        assertThat(claims).extracting(c -> c.faction() + " " + c.place().name()).contains("isis Mosul");
        assertThat(claims).allSatisfy(c -> assertThat(c.date()).isEqualTo(PUBLISHED));
    }

    @Test
    void readsCoordinatedListsOfTakenCities() {
        assertThat(summaries("Look at the cities ISIS took: Tikrit, Fallujah and Mosul."))
                .containsExactlyInAnyOrder("isis Tikrit", "isis Fallujah", "isis Mosul");
    }

    @Test
    void readsADefendingArmyWithLowerConfidence() {
        List<ControlClaim> claims = read("The Iraqi army is defending Baghdad.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.faction() + " " + c.place().name()).isEqualTo("iraqi-government Baghdad");
            assertThat(c.confidence()).isLessThan(read("The Iraqi army controls Baghdad.").get(0).confidence());
        });
    }

    @Test
    void readsFightersInsideAPlaceAsAWeakClaim() {
        List<ControlClaim> claims = read("A few hundred ISIS fighters inside Ramadi are short of food.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.faction() + " " + c.place().name()).isEqualTo("isis Ramadi");
            assertThat(c.confidence()).isLessThan(0.5);
        });
    }

    @Test
    void readsThePronounSubjectAndTheCityAnaphor() {
        String text = "ISIS fighters patrol the streets of Mosul. They rule the city with fear.";
        assertThat(summaries(text)).containsExactly("isis Mosul");
    }

    @Test
    void datesAPastTenseStatementByItsTimePhrase() {
        List<ControlClaim> claims = read("In 2014 ISIS controlled Fallujah.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.date().getYear()).isEqualTo(2014);
            assertThat(c.precision()).isEqualTo(DatePrecision.YEAR);
        });
        assertThat(read("ISIS controlled Fallujah.")).isEmpty();
    }

    @Test
    void givesNoClaimForNegationsQuestionsConditionalsAndThreats() {
        assertThat(read("Mosul is no longer under ISIS control.")).isEmpty();
        assertThat(read("ISIS does not control Tikrit.")).isEmpty();
        assertThat(read("Does ISIS control Tikrit?")).isEmpty();
        assertThat(read("If ISIS controls Baiji, the refinery will close.")).isEmpty();
        assertThat(read("ISIS vowed to control Baghdad within weeks.")).isEmpty();
        assertThat(read("Baghdad could fall to ISIS and come under ISIS control.")).isEmpty();
        assertThat(read("ISIS could soon hold Samarra and Baghdad.")).isEmpty();
    }

    @Test
    void givesNoClaimWithoutAFactionOrAPlaceBoundByTheConstruction() {
        assertThat(read("The city is under control, officials said.")).isEmpty();
        assertThat(read("ISIS controls the border, and Mosul is calm.")).isEmpty();
        assertThat(read("Rebel-held Mosul is quiet.")).isEmpty();
    }

    @Test
    void givesNoClaimWhenTheSameSentenceUndoesTheHolding() {
        assertThat(read("Troops recaptured the ISIS-held town of Hit on Sunday.")).isEmpty();
    }

    @Test
    void neverClaimsACountryOrProvince() {
        assertThat(read("Anbar is under ISIS control, and so is much of Iraq.")).isEmpty();
    }

    @Test
    void readsThePlaceBeforeAnAppositionAsTheSubject() {
        assertThat(summaries("Baiji, some 40 kilometres north of Tikrit, has been held by ISIS since June."))
                .containsOnly("isis Baiji");
    }

    @Test
    void readsAFactionInControlOf() {
        assertThat(summaries("The militants of ISIS are now in full control of Tikrit.")).containsExactly("isis Tikrit");
    }

    @Test
    void readsAStrongholdNamedWithAPossessivePronoun() {
        assertThat(summaries("ISIS fighters withdrew towards Ramadi, their main stronghold in the province."))
                .containsExactly("isis Ramadi");
    }

    @Test
    void datesAnUndatedNarrativePastToThePublicationWeekButNotAPluperfect() {
        assertThat(read("By evening Tikrit was back under the control of the Iraqi army.")).singleElement()
                .satisfies(c -> assertThat(c.precision()).isEqualTo(DatePrecision.WEEK));
        assertThat(read("Tikrit had been under the control of the Iraqi army for months.")).isEmpty();
    }

    @Test
    void readsTheCityAsTheTownTheReportIsAbout() {
        String text = "Fighting raged in Tikrit on Monday. Tikrit residents fled. Reinforcements came from Baghdad, "
                + "and the city remains in the hands of the Iraqi army.";
        assertThat(summaries(text)).containsExactly("iraqi-government Tikrit");
    }

    @Test
    void datesANounPhraseOnlyByATimePhraseOfItsOwnClause() {
        assertThat(read("Jets struck ISIS-held Ramadi in 2014.")).singleElement()
                .satisfies(c -> assertThat(c.date().getYear()).isEqualTo(2014));
        assertThat(read("The town was mixed until the ISIS takeover in 2013 - a blow to ISIS-held Ramadi.")).singleElement()
                .satisfies(c -> assertThat(c.date()).isEqualTo(PUBLISHED));
    }

    @Test
    void readsPlacesCoordinatedWithTheirCountries() {
        assertThat(summaries("Jets flew over the two main ISIS strongholds, Mosul in Iraq and Ramadi in Anbar."))
                .containsExactlyInAnyOrder("isis Mosul", "isis Ramadi");
    }

    @Test
    void readsAControlVerbInARelativeClauseOfTheHolder() {
        assertThat(summaries("Airstrikes hit ISIS, which controls Ramadi, for a third day.")).containsExactly("isis Ramadi");
    }

    @Test
    void readsACapitalOfAFactionAndATownUnderItsControl() {
        assertThat(summaries("Jets flew over Ramadi, the de facto capital of the Islamic State.")).containsExactly("isis Ramadi");
        assertThat(summaries("Families left Mosul, the largest city under ISIS control.")).containsExactly("isis Mosul");
    }

    @Test
    void readsAGenericAgentOfHeldBy() {
        String text = "Iraqi soldiers guard the bridges. Government forces were reinforced. Baiji is held by the government.";
        assertThat(summaries(text)).containsExactly("iraqi-government Baiji");
    }

    @Test
    void readsShortAndGenericNamesGluedToHeld() {
        assertThat(summaries("Shells fell on IS-held Fallujah.")).containsExactly("isis Fallujah");
        String militants = "The militants blew up a bridge. ISIS fighters also mined roads. Drones watched militant-held Hit.";
        assertThat(summaries(militants)).containsExactly("isis Hit");
    }

    @Test
    void givesNoClaimForADeniedStatement() {
        assertThat(read("Officials denied that ISIS controls Baiji.")).isEmpty();
    }

    @Test
    void givesNoClaimForSomethingBelongingToThePlace() {
        assertThat(read("The Iraqi army guards Baghdad's airport.")).isEmpty();
    }

    @Test
    void neverDatesAPastHoldingByTheEndOfIt() {
        assertThat(read("The Iraqi army controlled Mosul until June 2014.")).isEmpty();
    }

    @Test
    void lowersTheConfidenceOfAReportedNounPhrase() {
        double stated = read("Jets struck ISIS-held Tikrit.").get(0).confidence();
        assertThat(read("Officers said jets struck ISIS-held Tikrit.")).singleElement()
                .satisfies(c -> assertThat(c.confidence()).isLessThan(stated));
    }

    @Test
    void givesNoClaimForAnUndatedPastHoldingWithALengthOrAnEnd() {
        assertThat(read("For three years Mosul was under ISIS rule.")).isEmpty();
        assertThat(read("Mosul was in the hands of ISIS until the summer.")).isEmpty();
    }

    @Test
    void readsTheCityAsTheFirstTownNamedWhenNoneIsNamedMoreOften() {
        String text = "Gunmen raided Baiji on Monday. Troops came from Kirkuk, and the city was back under the control "
                + "of the Iraqi army by night.";
        assertThat(summaries(text)).containsExactly("iraqi-government Baiji");
    }

    @Test
    void readsALongerNameGluedToHeldThanTheCatalogFindsAlone() {
        assertThat(summaries("Troops fired from villages south of the Islamic State group-held city of Mosul."))
                .containsExactly("isis Mosul");
    }

    @Test
    void givesNoClaimForAnUnverifiedStatement() {
        assertThat(read("Reports that ISIS controls Baiji could not be verified.")).isEmpty();
    }

    @Test
    void readsPlacesSharingOneStatement() {
        assertThat(summaries("Mosul and Tikrit, both now in ISIS hands, are cut off."))
                .containsExactlyInAnyOrder("isis Mosul", "isis Tikrit");
    }

    @Test
    void readsTroopsStationedInATownAsAWeakClaim() {
        List<ControlClaim> claims = read("Iraqi troops stationed in Hit repaired the bridge on Sunday.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.faction() + " " + c.place().name()).isEqualTo("iraqi-government Hit");
            assertThat(c.confidence()).isLessThan(0.4);
        });
        assertThat(summaries("Engineers met ISIS headquarters in Kirkuk last night.")).containsExactly("isis Kirkuk");
    }

    @Test
    void givesNoPresenceClaimForAPersonADefeatOrAnExit() {
        assertThat(read("Abu Bakr al-Baghdadi in Mosul gave a sermon.")).isEmpty();
        assertThat(read("Officials celebrated the defeat of ISIS in Ramadi.")).isEmpty();
        assertThat(read("Iraqi troops in Baiji withdrew to the south.")).isEmpty();
        assertThat(read("Are Iraqi troops in Baiji at all?")).isEmpty();
    }

    @Test
    void readsAGovernmentNamedByItsSeatOnlyWhenTheFactionIsCuedByThatSeat() {
        String context = "Iraqi forces and Iraqi troops moved north. ";
        assertThat(summaries(context + "Tribal elders sent a letter to the government in Baghdad.")).containsExactly("iraqi-government Baghdad");
        assertThat(summaries(context + "The Baghdad government raised salaries.")).containsExactly("iraqi-government Baghdad");
        assertThat(read(context + "Diplomats distrust the regime in Tehran.")).isEmpty();
        assertThat(read(context + "The government in Tehran sent envoys.")).isEmpty();
    }

    @Test
    void readsForcesReadyToDefendATownAndRanksTheFirstHolderAboveTheNext() {
        List<ControlClaim> claims = read("The Peshmerga and the Turkmen militias, who man the checkpoints, are ready and able to defend Kirkuk.");
        assertThat(claims).extracting(c -> c.faction() + " " + c.place().name())
                .containsExactlyInAnyOrder("peshmerga Kirkuk", "turkmen Kirkuk");
        ControlClaim first = claims.stream().filter(c -> c.faction().equals("peshmerga")).findFirst().orElseThrow();
        ControlClaim next = claims.stream().filter(c -> c.faction().equals("turkmen")).findFirst().orElseThrow();
        assertThat(first.confidence()).isGreaterThan(next.confidence());
        assertThat(read("The Iraqi army would be ready to defend Baghdad if asked.")).isEmpty();
    }

    @Test
    void aForeignOrAuxiliaryDefenderDefendsATownForTheGovernmentItBacks() {
        assertThat(summaries("The Iraqi army and the Shia militias, who man the checkpoints, are ready and able to defend Baghdad."))
                .containsExactly("iraqi-government Baghdad");
        assertThat(summaries("Two Quds Force battalions, flown in on Friday, were tasked with guarding Kirkuk and the oil towns of Baiji and Hit."))
                .containsExactlyInAnyOrder("iraqi-government Kirkuk", "iraqi-government Baiji", "iraqi-government Hit");
        assertThat(summaries("The Quds Force sent three brigades to defend Aleppo.")).containsExactly("syria-government Aleppo");
        // the Kurdish region's own government, not the federal one, is whom coalition troops guard Erbil for
        assertThat(summaries("US troops are guarding Erbil.")).containsExactly("peshmerga Erbil");
        // a faction that governs the place, or backs nobody there, holds it itself
        assertThat(summaries("Iraqi troops were sent to protect Ramadi on Monday.")).containsExactly("iraqi-government Ramadi");
        assertThat(summaries("Turkish troops were sent to protect Mosul on Monday.")).containsExactly("turkey Mosul");
        ControlClaim guarded = read("Quds Force units were sent to protect Tikrit on Monday.").get(0);
        assertThat(guarded.date()).isEqualTo(PUBLISHED.minusDays(PUBLISHED.getDayOfWeek().getValue() - 1));
        assertThat(read("Quds Force units were not sent to protect Tikrit.")).isEmpty();
        assertThat(read("Iran vowed to send troops to protect Tikrit.")).isEmpty();
    }

    @Test
    void readsAPlaceKeptFromFallingAsHeldAndTheyAsTheLastSubjectNotAPrepositionalObject() {
        List<ControlClaim> claims = read("Syrian troops shelled the outskirts. The fall of the Iraqi army shocked everyone. "
                + "They were crucial in preventing Aleppo from falling.");
        assertThat(claims).extracting(c -> c.faction() + " " + c.place().name()).containsExactly("syria-government Aleppo");
        assertThat(claims.get(0).precision()).isEqualTo(DatePrecision.WEEK);
        assertThat(summaries("The Iraqi army helped keep Baiji from being overrun.")).containsExactly("iraqi-government Baiji");
        assertThat(read("Nothing could keep Baiji from falling.")).isEmpty();
    }

    @Test
    void readsAnAcronymTheCatalogKnowsWithForcesAsPresentInATown() {
        assertThat(summaries("A letter from the KRG in Kirkuk reached the ministers.")).containsExactly("peshmerga Kirkuk");
        assertThat(read("A letter from the UN in Kirkuk reached the ministers.")).isEmpty();
    }

    @Test
    void datesAnUndatedNarrativePastByTheStorysLastDayNotABackgroundYear() {
        List<ControlClaim> claims = read("ISIS fighters stormed Tikrit on Tuesday. They came close to a shrine bombed in 2006. "
                + "By evening the city was back under Iraqi army control, officials said.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.faction() + " " + c.place().name()).isEqualTo("iraqi-government Tikrit");
            assertThat(c.date()).isEqualTo(LocalDate.of(2015, 3, 10));
            assertThat(c.precision()).isEqualTo(DatePrecision.DAY);
        });
    }
}
