package org.conflictmap.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

/**
 * Short made-up dispatches for load and crash tests: each says that one of the two fixture
 * factions took one of a handful of fixture towns on one day, so every article yields one capture
 * event, and many articles touch the same town. Numbered, so no two are duplicates.
 */
final class FixtureReports {

    static final List<String> TOWNS = List.of("Tikrit", "Ramadi", "Fallujah", "Samarra", "Sinjar", "Raqqa");
    private static final List<String> FACTIONS = List.of("Northern Rebels", "The Crown army");
    private static final List<String> VERBS = List.of("captured", "seized", "took control of");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FixtureReports() {
    }

    static String url(String run, int n) {
        return "https://dispatches.example/" + run + "/" + n;
    }

    /** The JSON body of dispatch {@code n} of a run. */
    static String body(String run, int n) {
        LocalDate day = LocalDate.of(2015, 1, 1).plusDays(n % 700);
        String text = "Dispatch " + run + " number " + n + ". " + FACTIONS.get(n % 2) + " "
                + VERBS.get(n % 3) + " " + TOWNS.get(n % TOWNS.size()) + " on " + DAY.format(day) + ".";
        return JSON.createObjectNode().put("title", "Dispatch " + n).put("source", "Fixture Wire")
                .put("url", url(run, n)).put("published", day.plusDays(1).toString()).put("text", text).toString();
    }
}
