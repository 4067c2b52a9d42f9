package org.conflictmap.batch;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.conflictmap.events.ControlClaim;
import org.conflictmap.events.ConflictEvent;
import org.conflictmap.events.DatePrecision;
import org.conflictmap.events.EventDate;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Evidence;
import org.conflictmap.events.RecordedEvent;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.gazetteer.PlaceKind;
import org.conflictmap.geoparsing.ResolvedMention;
import org.conflictmap.territory.ControlOptions;
import org.conflictmap.territory.ControlTimeline;
import org.conflictmap.territory.ControlTimelineBuilder;
import org.conflictmap.territory.FactionAlignment;
import org.conflictmap.territory.MovementDeriver;

/**
 * {@code control-benchmark [places] [factsPerPlace]}: times the control timeline on a seeded,
 * generated load (synthetic places and factions, never shown as data): full build, one-day lookups,
 * change days, a rebuild of 1% of the places and movement derivation. Prints the figures.
 */
final class ControlBenchmarkCommand implements BatchCommand {

    private static final LocalDate START = LocalDate.of(2014, 1, 1);
    private static final int DAYS = 4 * 365;
    private static final List<String> FACTIONS = List.of("a", "b", "c", "d");
    private static final EventType[] TYPES = EventType.values();

    @Override
    public String name() {
        return "control-benchmark";
    }

    @Override
    public String summary() {
        return "times control timeline build, lookups and rebuilds on a generated load: [places] [factsPerPlace]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        int places = args.isEmpty() ? 2000 : Integer.parseInt(args.get(0));
        int perPlace = args.size() < 2 ? 25 : Integer.parseInt(args.get(1));
        Random random = new Random(42);
        List<RecordedEvent> events = new ArrayList<>();
        List<ControlClaim> claims = new ArrayList<>();
        generate(places, perPlace, random, events, claims);
        FactionAlignment alignment = FactionAlignment.of(Map.of("a", "one", "b", "one"));
        ControlTimelineBuilder builder = new ControlTimelineBuilder(alignment, ControlOptions.defaults());
        builder.build(events, claims);

        long t0 = System.nanoTime();
        ControlTimeline timeline = builder.build(events, claims);
        long built = System.nanoTime() - t0;
        t0 = System.nanoTime();
        long answers = 0;
        for (int day = 0; day < DAYS; day += 7) {
            answers += timeline.controlOn(START.plusDays(day)).size();
        }
        long lookups = (System.nanoTime() - t0) / (DAYS / 7 + 1);
        t0 = System.nanoTime();
        int changeDays = timeline.changeDays().size();
        long changes = System.nanoTime() - t0;
        Set<String> touched = touched(places);
        List<RecordedEvent> touchedEvents = events.stream().filter(e -> touched.contains(e.event().place().place().id())).toList();
        List<ControlClaim> touchedClaims = claims.stream().filter(c -> touched.contains(c.placeId())).toList();
        builder.rebuild(timeline, touchedEvents, touchedClaims, touched);
        t0 = System.nanoTime();
        builder.rebuild(timeline, touchedEvents, touchedClaims, touched);
        long rebuilt = System.nanoTime() - t0;
        t0 = System.nanoTime();
        int lines = new MovementDeriver(alignment).derive(events, timeline).size();
        long moved = System.nanoTime() - t0;

        out.printf("places=%d events=%d claims=%d%n", places, events.size(), claims.size());
        out.printf("full build: %.1f ms%n", built / 1e6);
        out.printf("controlOn(day): %.3f ms per day, %.0f places known per day on average%n",
                lookups / 1e6, answers / (double) (DAYS / 7 + 1));
        out.printf("changeDays: %.1f ms for %d days%n", changes / 1e6, changeDays);
        out.printf("rebuild of %d places: %.2f ms%n", touched.size(), rebuilt / 1e6);
        out.printf("movements: %d lines in %.1f ms%n", lines, moved / 1e6);
        return 0;
    }

    private static Set<String> touched(int places) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < Math.max(1, places / 100); i++) {
            ids.add("bench:" + (i * 100 % places));
        }
        return ids;
    }

    private static void generate(int places, int perPlace, Random random, List<RecordedEvent> events, List<ControlClaim> claims) {
        long id = 1;
        for (int p = 0; p < places; p++) {
            Place place = new Place("bench:" + p, null, "P" + p, 30 + random.nextDouble() * 8, 38 + random.nextDouble() * 9,
                    PlaceKind.CITY, "PPL", "", "", 0);
            ResolvedMention mention = new ResolvedMention(0, 1, "P", place, 1, List.of());
            for (int f = 0; f < perPlace; f++) {
                LocalDate date = START.plusDays(random.nextInt(DAYS));
                DatePrecision precision = DatePrecision.values()[random.nextInt(3)];
                String actor = FACTIONS.get(random.nextInt(FACTIONS.size()));
                long article = 1 + random.nextInt(places * 2);
                Evidence evidence = new Evidence(0, 1, "x");
                if (random.nextInt(5) == 0) {
                    claims.add(new ControlClaim(id++, article, date.plusDays(1), place, actor, date, precision,
                            0.5 + random.nextDouble() / 2, evidence));
                    continue;
                }
                String target = random.nextBoolean() ? FACTIONS.get(random.nextInt(FACTIONS.size())) : null;
                ConflictEvent event = new ConflictEvent(TYPES[random.nextInt(TYPES.length)], actor, target, mention, null,
                        new EventDate(date, precision), 0.5 + random.nextDouble() / 2, evidence);
                events.add(new RecordedEvent(id++, article, date.plusDays(random.nextInt(30)), event));
            }
        }
    }
}
