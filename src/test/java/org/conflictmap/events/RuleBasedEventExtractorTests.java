package org.conflictmap.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictmap.events.PlaceMentions.TEHRAN;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RuleBasedEventExtractorTests {

    private static final LocalDate THURSDAY_2014_06_12 = LocalDate.of(2014, 6, 12);

    private static final RuleBasedEventExtractor EXTRACTOR = RuleBasedEventExtractor.withDefaults();

    private static List<ConflictEvent> read(String text) {
        return read(text, THURSDAY_2014_06_12);
    }

    private static List<ConflictEvent> read(String text, LocalDate published) {
        return EXTRACTOR.extract(text, published, PlaceMentions.in(text));
    }

    private static String summary(ConflictEvent e) {
        return e.type().id() + " " + e.actor() + " " + e.place().place().name();
    }

    private static List<String> summaries(String text) {
        return read(text).stream().map(RuleBasedEventExtractorTests::summary).toList();
    }

    @Test
    void readsAnActiveCaptureWithItsDayAndEvidence() {
        String text = "Background first.\nOn Tuesday ISIS fighters seized Tikrit after a short battle.";
        List<ConflictEvent> events = read(text);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(summary(e)).isEqualTo("capture isis Tikrit");
            assertThat(e.date()).isEqualTo(new EventDate(LocalDate.of(2014, 6, 10), DatePrecision.DAY));
            assertThat(e.evidence().text()).isEqualTo(text.substring(e.evidence().start(), e.evidence().end()));
            assertThat(e.evidence().text()).startsWith("On Tuesday");
            assertThat(e.confidence()).isBetween(0.5, 1.0);
        });
    }

    @Test
    void readsFellToAsACaptureByTheFactionAfterIt() {
        assertThat(summaries("Mosul fell to the Islamic State after government troops collapsed."))
                .contains("capture isis Mosul");
    }

    @Test
    void readsTheFallOfAPlaceToAFaction() {
        assertThat(read("Families fled after the fall of Mosul to ISIS in June 2014.")).singleElement().satisfies(e -> {
            assertThat(summary(e)).isEqualTo("capture isis Mosul");
            assertThat(e.date().precision()).isEqualTo(DatePrecision.MONTH);
        });
        assertThat(read("Since the fall of Mosul, the army has been rebuilt.")).isEmpty();
    }

    @Test
    void readsThePassiveVoiceWithTheAgentAfterBy() {
        assertThat(summaries("Baiji was recaptured by Shiite militias on Sunday.")).containsExactly("capture pmf Baiji");
    }

    @Test
    void keepsEveryCoordinatedPlace() {
        assertThat(summaries("Peshmerga fighters retook Kirkuk and Mosul overnight."))
                .containsExactlyInAnyOrder("capture peshmerga Kirkuk", "capture peshmerga Mosul");
    }

    @Test
    void skipsAPlaceInAnApposition() {
        assertThat(summaries("Iraqi troops liberated Ramadi, the capital of Anbar, this week."))
                .containsExactly("capture iraqi-government Ramadi");
    }

    @Test
    void keepsEveryCoordinatedActorButNotABacker() {
        assertThat(summaries("The Iraqi army and the Peshmerga, backed by coalition aircraft, captured Tikrit."))
                .containsExactlyInAnyOrder("capture iraqi-government Tikrit", "capture peshmerga Tikrit");
    }

    @Test
    void readsADeploymentWithItsOrigin() {
        List<ConflictEvent> events = read("Two Quds Force battalions were sent from Tehran to Baghdad on Wednesday.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(summary(e)).isEqualTo("deployment iran Baghdad");
            assertThat(e.origin().place()).isEqualTo(TEHRAN);
            assertThat(e.date().date()).isEqualTo(LocalDate.of(2014, 6, 11));
        });
    }

    @Test
    void readsAWithdrawalAtThePlaceOfTheSentencesCapture() {
        assertThat(summaries("Mosul fell to ISIS on Tuesday as Iraqi soldiers fled."))
                .containsExactlyInAnyOrder("capture isis Mosul", "withdrawal iraqi-government Mosul");
    }

    @Test
    void readsAnAdvanceAndAnAttack() {
        assertThat(summaries("ISIS militants advanced on Baghdad.")).containsExactly("advance isis Baghdad");
        assertThat(summaries("Coalition aircraft bombed Fallujah overnight.")).containsExactly("attack us-coalition Fallujah");
        assertThat(summaries("Iraqi forces launched an offensive to retake Fallujah on Monday."))
                .containsExactly("advance iraqi-government Fallujah");
    }

    @Test
    void readsExpulsionAsAWithdrawalOfTheExpelled() {
        assertThat(summaries("Peshmerga fighters drove ISIS out of Kirkuk."))
                .containsExactlyInAnyOrder("withdrawal isis Kirkuk", "capture peshmerga Kirkuk");
        assertThat(summaries("With ISIS driven out of Mosul, the city is calm.")).contains("withdrawal isis Mosul");
    }

    @Test
    void ignoresNegatedEvents() {
        assertThat(read("ISIS did not capture Baghdad.")).isEmpty();
        assertThat(read("The army never retook Ramadi.")).isEmpty();
    }

    @Test
    void ignoresQuestions() {
        assertThat(read("Has ISIS captured Tikrit?")).isEmpty();
    }

    @Test
    void ignoresConditionals() {
        assertThat(read("If the army withdraws, ISIS fighters captured Baghdad, analysts joked.")).isEmpty();
    }

    @Test
    void ignoresThreatsPlansAndPredictions() {
        assertThat(read("ISIS vowed to take Baghdad.")).isEmpty();
        assertThat(read("ISIS threatened to attack Baghdad.")).isEmpty();
        assertThat(read("The Iraqi army plans to retake Mosul next year.")).isEmpty();
        assertThat(read("Analysts say Ramadi could fall to ISIS.")).isEmpty();
        assertThat(read("ISIS is poised to overrun Hit and Ramadi.")).isEmpty();
        assertThat(read("ISIS will attack Baghdad.")).isEmpty();
        assertThat(read("Militia leaders said an assault on Mosul was imminent.")).isEmpty();
    }

    @Test
    void lowersTheConfidenceOfReportedClaims() {
        double stated = read("ISIS captured Baiji on Monday.").get(0).confidence();
        double claimed = read("ISIS reportedly captured Baiji on Monday, according to a local official.").get(0).confidence();
        assertThat(claimed).isLessThan(stated);
    }

    @Test
    void resolvesDatesAgainstADatedPostInsteadOfThePage() {
        String text = "Live updates\n\nMarch 3, 2015\n\nShiite militias entered Tikrit on Monday.";
        List<ConflictEvent> events = read(text, LocalDate.of(2015, 4, 1));
        assertThat(events).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(new EventDate(LocalDate.of(2015, 3, 2), DatePrecision.DAY)));
    }

    @Test
    void datesAnEventWithoutATimePhraseToPublicationWithWeekPrecision() {
        assertThat(read("Iraqi troops recaptured Baiji.")).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(new EventDate(THURSDAY_2014_06_12, DatePrecision.WEEK)));
    }

    @Test
    void attributesTheMilitantsThroughTheArticle() {
        assertThat(summaries("ISIS has grown fast in the north. On Wednesday the militants seized Tikrit."))
                .containsExactly("capture isis Tikrit");
    }

    @Test
    void followsHeBackToTheLastLeaderNamed() {
        assertThat(summaries("General Qassem Suleimani is in Baghdad. Officials said he travelled to Tikrit."))
                .containsExactlyInAnyOrder("deployment iran Baghdad", "deployment iran Tikrit");
    }

    @Test
    void resolvesTheCityToTheLastCityNamed() {
        assertThat(summaries("Fighting continued around Ramadi. Coalition jets pounded targets inside the city."))
                .containsExactly("attack us-coalition Ramadi");
    }

    @Test
    void keepsOneEventPerTypeActorPlaceAndDate() {
        List<ConflictEvent> events = read("ISIS captured Mosul on Tuesday. ISIS captured Mosul on Tuesday, a witness said.");
        assertThat(events).hasSize(1);
    }

    @Test
    void dropsAnUndatedRepeatOfADatedEvent() {
        assertThat(read("ISIS captured Mosul on Tuesday. The capture of Mosul by ISIS shocked Baghdad.")).singleElement()
                .satisfies(e -> assertThat(e.date().precision()).isEqualTo(DatePrecision.DAY));
    }

    @Test
    void datesAnUndatedAdvanceByTheDayTheOperationOnThatPlaceBegan() {
        String text = "Iraqi troops are pushing toward Mosul. The Mosul offensive began on Oct. 17, officers said.";
        assertThat(read(text, LocalDate.of(2016, 10, 28))).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(new EventDate(LocalDate.of(2016, 10, 17), DatePrecision.DAY)));
    }

    @Test
    void datesAnUndatedEventByATimePhraseWrittenAfterItsPlace() {
        String text = "Residents remember Tikrit last year. When Shiite militias entered Tikrit they burned shops.";
        assertThat(read(text, LocalDate.of(2016, 4, 7))).singleElement().satisfies(e -> {
            assertThat(summary(e)).isEqualTo("capture pmf Tikrit");
            assertThat(e.date().precision()).isEqualTo(DatePrecision.YEAR);
            assertThat(e.date().date()).hasYear(2015);
        });
    }

    @Test
    void repeatsTheEventForAFactionInAGappedClause() {
        assertThat(summaries("Iraqi troops are attacking Ramadi from the north; Shiite militias from the south."))
                .containsExactlyInAnyOrder("advance iraqi-government Ramadi", "advance pmf Ramadi");
    }

    @Test
    void coordinatesActorsAcrossABackerPhrase() {
        assertThat(summaries("Shiite militias trained by the Quds Force, and Iraqi army units moved into Kirkuk."))
                .containsExactlyInAnyOrder("deployment pmf Kirkuk", "deployment iraqi-government Kirkuk");
    }

    @Test
    void readsTheFactionAfterFightersFromAsTheActor() {
        assertThat(summaries("Fighters from the Popular Mobilisation Forces entered Baiji on Tuesday."))
                .containsExactly("capture pmf Baiji");
    }

    @Test
    void takesTheForcesSentAsTheActorWhenTheSenderIsNoFaction() {
        assertThat(summaries("Tehran has deployed hundreds of Revolutionary Guards to Baghdad."))
                .containsExactly("deployment iran Baghdad");
    }

    @Test
    void doesNotLendAnActorToAClauseWithAnUnknownArmedSubject() {
        assertThat(summaries("ISIS fighters seized Ramadi on Sunday after rival rebels abandoned their positions."))
                .containsExactly("capture isis Ramadi");
    }

    @Test
    void takesGenericTroopsInATownForTheForcesOfTheGovernmentThatGovernsIt() {
        assertThat(summaries("ISIS fighters seized Ramadi on Sunday after local troops abandoned their positions."))
                .containsExactly("capture isis Ramadi", "withdrawal iraqi-government Ramadi");
        assertThat(summaries("Rebels seized parts of Aleppo on Sunday after government troops abandoned their positions."))
                .contains("withdrawal syria-government Aleppo");
    }

    @Test
    void readsAnUnsuccessfulAttackAsAnAdvance() {
        assertThat(summaries("After an unsuccessful ISIS attack on Baiji, the group turned south."))
                .containsExactly("advance isis Baiji");
    }

    @Test
    void ignoresTheDatelineAndTheDestinationOfAFlight() {
        assertThat(read("BAGHDAD (Reuters) - ISIS fighters fled to Mosul on Sunday.")).isEmpty();
        assertThat(summaries("BAGHDAD - ISIS fighters fled Tikrit on Sunday.")).containsExactly("withdrawal isis Tikrit");
    }

    @Test
    void readsKurdishForcesAsTheKurdishFactionTheArticleIsAbout() {
        assertThat(summaries("Peshmerga commanders in Erbil said Kurdish forces retook Kirkuk."))
                .containsExactly("capture peshmerga Kirkuk");
        assertThat(summaries("Near Kobani, the YPG said Kurdish forces retook Mosul."))
                .containsExactly("capture ypg Mosul");
    }

    @Test
    void readsTheParticipantsOfAnOperationNamedAfterItsPlace() {
        assertThat(summaries("The Mosul offensive, prepared for months by the Iraqi army and the Peshmerga, stalled."))
                .containsExactlyInAnyOrder("advance iraqi-government Mosul", "advance peshmerga Mosul");
    }

    @Test
    void readsNoBreakSpacesAsSpaces() {
        String text = "Islamic\u00a0State fighters seized Tikrit on Tuesday\u00a0June 10.";
        assertThat(read(text)).singleElement().satisfies(e -> {
            assertThat(summary(e)).isEqualTo("capture isis Tikrit");
            assertThat(e.date().date()).isEqualTo(LocalDate.of(2014, 6, 10));
            assertThat(e.evidence().text()).isEqualTo(text);
        });
    }

    @Test
    void datesThatDayByTheTimePhraseBeforeIt() {
        assertThat(read("The campaign was announced on March 24. That day, Iraqi troops recaptured Baiji.",
                LocalDate.of(2016, 4, 7))).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(new EventDate(LocalDate.of(2016, 3, 24), DatePrecision.DAY)));
    }

    @Test
    void resolvesTheDamToTheLastPlaceNamedAsADam() {
        String text = "Engineers inspected Mosul Dam near Mosul. ISIS seized the dam on Aug. 7.";
        List<ConflictEvent> events = EXTRACTOR.extract(text, LocalDate.of(2014, 8, 20), withDam(text));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.place().surface()).isEqualTo("Mosul Dam");
            assertThat(e.date().date()).isEqualTo(LocalDate.of(2014, 8, 7));
        });
    }

    @Test
    void placesAnEventWithoutItsOwnPlaceAtAFrontedLocative() {
        assertThat(summaries("In Mosul, ISIS gunmen stormed the provincial council building.")).containsExactly("attack isis Mosul");
    }

    @Test
    void placesAFlightAtTheOnlyPlaceOfItsSentence() {
        assertThat(summaries("Police officers in Tikrit said Iraqi soldiers had fled before dawn."))
                .containsExactly("withdrawal iraqi-government Tikrit");
    }

    private static List<org.conflictmap.geoparsing.ResolvedMention> withDam(String text) {
        List<org.conflictmap.geoparsing.ResolvedMention> mentions = new java.util.ArrayList<>(PlaceMentions.in(text));
        int at = text.indexOf("Mosul Dam");
        mentions.removeIf(m -> m.start() == at);
        org.conflictmap.gazetteer.Place dam = new org.conflictmap.gazetteer.Place("x:mosul-dam", null, "Mosul Dam", 36.63, 42.82,
                org.conflictmap.gazetteer.PlaceKind.FEATURE, "DAM", "IQ", "", 0);
        mentions.add(new org.conflictmap.geoparsing.ResolvedMention(at, at + 9, "Mosul Dam", dam, 0.9, List.of()));
        mentions.sort(java.util.Comparator.comparingInt(org.conflictmap.geoparsing.ResolvedMention::start));
        return mentions;
    }

    @Test
    void repeatsTheLastCaptureForFactionsThatTookPart() {
        assertThat(summaries("Iraqi troops recaptured Baiji on Friday. Shiite militias and Sunni tribal fighters took part."))
                .containsExactlyInAnyOrder("capture iraqi-government Baiji", "capture pmf Baiji", "capture sunni-tribes Baiji");
    }

    @Test
    void attributesABlastToTheFactionThatClaimsIt() {
        List<ConflictEvent> events = read("A car bomb exploded in Baghdad on Sunday, killing 30. ISIS said it carried out the attack.",
                LocalDate.of(2016, 7, 4));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(summary(e)).isEqualTo("attack isis Baghdad");
            assertThat(e.date().date()).isEqualTo(LocalDate.of(2016, 7, 3));
        });
    }

    @Test
    void ignoresWholeCountriesAsEventPlaces() {
        assertThat(read("Iran sent Revolutionary Guards units to Iraq.")).isEmpty();
    }

    @Test
    void neverThrowsOnOddInput() {
        assertThat(EXTRACTOR.extract("", THURSDAY_2014_06_12, List.of())).isEmpty();
        assertThat(EXTRACTOR.extract("\u0000\u0001 ???", THURSDAY_2014_06_12, List.of())).isEmpty();
        assertThat(EXTRACTOR.extract("ISIS seized Mosul.", null, List.of())).isEmpty();
    }


    @Test
    void placesNoCaptureOrWithdrawalAtATownNamedOnlyAsALandmark() {
        assertThat(read("Iraqi troops withdrew from the village of Tell Zara outside Tikrit on Sunday.")).isEmpty();
        assertThat(read("ISIS fighters seized a checkpoint near Baiji.")).isEmpty();
        assertThat(summaries("Iraqi troops withdrew from Tikrit on Sunday.")).containsExactly("withdrawal iraqi-government Tikrit");
    }

    @Test
    void datesAWirePhotoCaptionByThePhotosDayNotThePublicationDay() {
        LocalDate thursday = LocalDate.of(2015, 5, 14);
        String caption = "FILE - In this Monday, May 4, 2015 photo, soldiers rest near a river. Iraqi troops on Sunday captured Tikrit, a spokesman said.";
        assertThat(read(caption + "\nIraqi troops on Sunday captured Baiji.", thursday))
                .extracting(e -> e.place().place().name() + " " + e.date().date())
                .containsExactlyInAnyOrder("Tikrit 2015-05-03", "Baiji 2015-05-10");
    }

    @Test
    void datesAnEventInAClauseAfterALengthOfTimeThatLongBeforeTheSentencesOwnDay() {
        List<ConflictEvent> events = read("Cheering crowds filled Ramadi on Tuesday, two years after ISIS fighters seized Tikrit.");
        assertThat(events).filteredOn(e -> summary(e).equals("capture isis Tikrit")).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(new EventDate(LocalDate.of(2012, 6, 10), DatePrecision.YEAR)));
        assertThat(read("On Tuesday, six weeks before Iraqi troops retook Baiji, the roads were cut.")).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(new EventDate(LocalDate.of(2014, 7, 22), DatePrecision.WEEK)));
        // a length that belongs to another clause moves nothing
        assertThat(read("Two years after the war began, ISIS fighters seized Tikrit on Tuesday.")).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(new EventDate(LocalDate.of(2014, 6, 10), DatePrecision.DAY)));
    }

    @Test
    void readsAVictoryDeclaredInATownAsACaptureByTheDeclaringSideAndALeaderForHisFaction() {
        assertThat(summaries("Prime Minister Haider al-Abadi declared victory over Islamic State in Mosul on Monday."))
                .containsExactly("capture iraqi-government Mosul");
        assertThat(summaries("Iraqi forces declared victory in Fallujah.")).containsExactly("capture iraqi-government Fallujah");
        assertThat(read("Abadi said he would declare victory in Mosul soon.")).isEmpty();
    }

    @Test
    void datesAnUndatedEventByTheDayOfTheReportThatTellsIt() {
        assertThat(read("Iraqi forces have taken the centre of Hit, including its old bridge, the military said on Sunday."))
                .singleElement().satisfies(e -> {
                    assertThat(summary(e)).isEqualTo("capture iraqi-government Hit");
                    assertThat(e.date()).isEqualTo(new EventDate(LocalDate.of(2014, 6, 8), DatePrecision.DAY));
                });
        // a time that belongs to a later clause of its own still does not date the event
        assertThat(read("Iraqi forces have taken the centre of Hit, which ISIS had held since Sunday.")).singleElement()
                .satisfies(e -> assertThat(e.date().precision()).isEqualTo(DatePrecision.WEEK));
    }

    @Test
    void bindsTheTownAsTheObjectRightAfterTheTriggerNotATownNamedInALaterClause() {
        assertThat(summaries("ISIS fighters pulled out of Tikrit on Tuesday, and Iraqi troops took over the town, officials said, "
                + "a day after the army entered Baiji."))
                .contains("withdrawal isis Tikrit", "capture iraqi-government Tikrit")
                .filteredOn(e -> e.startsWith("capture iraqi-government")).containsExactly("capture iraqi-government Tikrit", "capture iraqi-government Baiji");
    }
}
