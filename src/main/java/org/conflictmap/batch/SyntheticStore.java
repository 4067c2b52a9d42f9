package org.conflictmap.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * Fills an empty, migrated store with clearly labelled synthetic data for load tests: places in a
 * box, articles (source {@code synthetic}), events, one mention per article, control intervals per
 * place and movements for a share of deployments and advances. Control follows {@link SyntheticFronts}
 * (three drifting centres per faction): territory comes in large blocks, a place changes hands when a
 * front passes over it (sampled weekly) and places near a front are contested. An event's actor is
 * mostly the place's holder or the faction across the front, and a movement starts from a place the
 * actor holds. Deterministic for a seed. Not for the real map: every article says it is synthetic.
 *
 * @param places     number of places
 * @param events     number of events (five per article)
 * @param years      length of the period, from {@code start}
 * @param start      first day
 * @param factions   number of factions ({@code synthetic-1} ...)
 * @param bbox       min lon, min lat, max lon, max lat of the places
 * @param seed       random seed
 */
record SyntheticStore(int places, int events, int years, LocalDate start, int factions, double[] bbox, long seed) {

    private static final String[] TYPES = {"capture", "withdrawal", "advance", "deployment", "attack"};
    private static final int EVENTS_PER_ARTICLE = 5;
    private static final int BATCH = 5000;
    private static final int CENTRES_PER_FACTION = 3;
    /** Margin (degrees) to another faction's nearest centre under which a place is contested. */
    private static final double CONTESTED_DEGREES = 0.3;
    /** How far (degrees) a place's reading of the fronts is shifted, so fronts are not straight lines. */
    private static final double JITTER_DEGREES = 0.4;
    /** Control is sampled every this many days: a front passing a place starts a new interval. */
    private static final int STEP_DAYS = 7;
    private static final int FIRST_REPORT_DAYS = 60;
    /** Random places tried as the origin of a movement: the nearest the actor holds is taken. */
    private static final int ORIGIN_TRIES = 16;

    /** Writes everything, committing every {@value #BATCH} rows; returns a one-line summary. */
    String fill(Connection c) throws SQLException {
        c.setAutoCommit(false);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] points = places(c, random);
        int articles = (events + EVENTS_PER_ARTICLE - 1) / EVENTS_PER_ARTICLE;
        int days = (int) (start.plusYears(years).toEpochDay() - start.toEpochDay());
        articles(c, articles, days, random);
        SyntheticFronts fronts = new SyntheticFronts(factions, CENTRES_PER_FACTION, bbox, days, CONTESTED_DEGREES,
                random);
        int intervals = control(c, points, days, fronts, random);
        int movements = events(c, points, articles, days, fronts, random);
        return String.format("%d places, %d articles, %d events, %d mentions, %d control intervals, %d movements",
                places, articles, events, articles, intervals, movements);
    }

    private double[][] places(Connection c, SplittableRandom random) throws SQLException {
        double[][] points = new double[places][2];
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO place (id, geonameid, name, kind, feature_code, "
                + "country, lon, lat, geom) VALUES (?, NULL, ?, 'city', 'PPL', 'XX', ?, ?, ST_SetSRID(ST_MakePoint(?, ?), 4326))")) {
            for (int i = 0; i < places; i++) {
                double lon = bbox[0] + random.nextDouble() * (bbox[2] - bbox[0]);
                double lat = bbox[1] + random.nextDouble() * (bbox[3] - bbox[1]);
                points[i] = new double[] {lon, lat};
                ps.setString(1, "synthetic:" + i);
                ps.setString(2, "Synthetic place " + i);
                ps.setDouble(3, lon);
                ps.setDouble(4, lat);
                ps.setDouble(5, lon);
                ps.setDouble(6, lat);
                add(ps, i);
            }
            flush(c, ps);
        }
        return points;
    }

    private void articles(Connection c, int articles, int days, SplittableRandom random) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article (id, title, source, url, published, body, "
                + "text_hash, status, received_at, processed_at) VALUES (?, ?, 'synthetic', NULL, ?, ?, ?, 'done', ?, ?)")) {
            for (int i = 1; i <= articles; i++) {
                LocalDate published = start.plusDays(random.nextInt(days));
                String body = "Synthetic article " + i + " for load tests; it reports nothing real.";
                Timestamp at = Timestamp.valueOf(published.atStartOfDay());
                ps.setLong(1, i);
                ps.setString(2, "Synthetic article " + i);
                ps.setDate(3, Date.valueOf(published));
                ps.setString(4, body);
                ps.setString(5, sha256(body));
                ps.setTimestamp(6, at);
                ps.setTimestamp(7, at);
                add(ps, i);
            }
            flush(c, ps);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mention (article_id, start_offset, end_offset, "
                + "surface, place_id, confidence, alternatives) VALUES (?, 0, 9, 'Synthetic', ?, 0.9, '[]')")) {
            for (int i = 1; i <= articles; i++) {
                ps.setLong(1, i);
                ps.setString(2, "synthetic:" + random.nextInt(places));
                add(ps, i);
            }
            flush(c, ps);
        }
    }

    private int control(Connection c, double[][] points, int days, SyntheticFronts fronts, SplittableRandom random)
            throws SQLException {
        int id = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO control_interval (id, place_id, controller, "
                + "valid_from, valid_to, contested, confidence, sources, geom, partners, since, precision, derivation, "
                + "contest) VALUES (?, ?, ?, ?, ?, ?, 0.7, '[{\"synthetic\": true}]', "
                + "ST_SetSRID(ST_MakePoint(?, ?), 4326), '', ?, 'day', 'stated', '[]')")) {
            for (int p = 0; p < places; p++) {
                // each place reads the fronts a little off its true position, so front lines are ragged
                double lon = points[p][0] + (random.nextDouble() - 0.5) * JITTER_DEGREES;
                double lat = points[p][1] + (random.nextDouble() - 0.5) * JITTER_DEGREES;
                int from = random.nextInt(FIRST_REPORT_DAYS);
                int state = fronts.state(lon, lat, from);
                int day = from;
                while (day < days) {
                    int next = day + STEP_DAYS;
                    while (next < days && fronts.state(lon, lat, next) == state) {
                        next += STEP_DAYS;
                    }
                    ps.setLong(1, ++id);
                    ps.setString(2, "synthetic:" + p);
                    ps.setString(3, faction(fronts.holder(state)));
                    ps.setDate(4, Date.valueOf(start.plusDays(day)));
                    ps.setDate(5, next >= days ? null : Date.valueOf(start.plusDays(next)));
                    ps.setBoolean(6, fronts.contested(state));
                    ps.setDouble(7, points[p][0]);
                    ps.setDouble(8, points[p][1]);
                    ps.setDate(9, Date.valueOf(start.plusDays(day)));
                    add(ps, id);
                    day = next;
                    state = next < days ? fronts.state(lon, lat, next) : state;
                }
            }
            flush(c, ps);
        }
        return id;
    }

    private int events(Connection c, double[][] points, int articles, int days, SyntheticFronts fronts,
                       SplittableRandom random) throws SQLException {
        int movements = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event (id, article_id, type, actor, target, "
                + "place_id, place_start, place_end, place_surface, event_date, date_precision, confidence, evidence_start, "
                + "evidence_end, evidence_text, known_from, geom) VALUES (?, ?, ?, ?, NULL, ?, 0, 9, 'Synthetic', ?, 'day', "
                + "?, 0, 60, "
                + "'Synthetic event for load tests; it reports nothing real.', ?, ST_SetSRID(ST_MakePoint(?, ?), 4326))");
             PreparedStatement mv = c.prepareStatement("INSERT INTO movement (id, event_id, actor, type, origin_place_id, "
                + "target_place_id, event_date, date_precision, derivation, confidence, known_from, geom) VALUES (?, ?, ?, "
                + "?, ?, ?, ?, 'day', 'inferred', 0.7, ?, ST_SetSRID(ST_MakeLine(ST_MakePoint(?, ?), ST_MakePoint(?, ?)), 4326))")) {
            for (int i = 1; i <= events; i++) {
                int place = random.nextInt(places);
                String type = TYPES[random.nextInt(TYPES.length)];
                int day = random.nextInt(days);
                String actor = faction(actor(points[place], day, fronts, random));
                Date date = Date.valueOf(start.plusDays(day));
                ps.setLong(1, i);
                ps.setLong(2, 1 + (i - 1) / EVENTS_PER_ARTICLE);
                ps.setString(3, type);
                ps.setString(4, actor);
                ps.setString(5, "synthetic:" + place);
                ps.setDate(6, date);
                ps.setDouble(7, 0.5 + random.nextDouble() / 2);
                ps.setDate(8, date);
                ps.setDouble(9, points[place][0]);
                ps.setDouble(10, points[place][1]);
                add(ps, i);
                if ((type.equals("deployment") || type.equals("advance")) && random.nextInt(4) == 0) {
                    int origin = origin(points, place, actor, day, fronts, random);
                    mv.setLong(1, ++movements);
                    mv.setLong(2, i);
                    mv.setString(3, actor);
                    mv.setString(4, type);
                    mv.setString(5, "synthetic:" + origin);
                    mv.setString(6, "synthetic:" + place);
                    mv.setDate(7, date);
                    mv.setDate(8, date);
                    mv.setDouble(9, points[origin][0]);
                    mv.setDouble(10, points[origin][1]);
                    mv.setDouble(11, points[place][0]);
                    mv.setDouble(12, points[place][1]);
                    mv.addBatch();
                }
                if (i % BATCH == 0) {
                    ps.executeBatch();
                    mv.executeBatch();
                    c.commit();
                }
            }
            ps.executeBatch();
            mv.executeBatch();
            c.commit();
        }
        return movements;
    }

    /** Mostly the holder of the place, often the faction across the front, now and then anyone. */
    private int actor(double[] point, int day, SyntheticFronts fronts, SplittableRandom random) {
        int draw = random.nextInt(10);
        if (draw < 6) {
            return fronts.controller(point[0], point[1], day);
        }
        return draw < 9 ? fronts.rival(point[0], point[1], day) : random.nextInt(factions);
    }

    /** The nearest of a few random places the actor holds on the day (any of them if it holds none). */
    private int origin(double[][] points, int target, String actor, int day, SyntheticFronts fronts,
                       SplittableRandom random) {
        int best = random.nextInt(places);
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < ORIGIN_TRIES; i++) {
            int candidate = random.nextInt(places);
            double[] p = points[candidate];
            if (candidate != target && faction(fronts.controller(p[0], p[1], day)).equals(actor)) {
                double d = Math.hypot(p[0] - points[target][0], p[1] - points[target][1]);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = candidate;
                }
            }
        }
        return best;
    }

    private static String faction(int index) {
        return "synthetic-" + (1 + index);
    }

    private static void add(PreparedStatement ps, int n) throws SQLException {
        ps.addBatch();
        if (n % BATCH == 0) {
            ps.executeBatch();
            ps.getConnection().commit();
        }
    }

    private static void flush(Connection c, PreparedStatement ps) throws SQLException {
        ps.executeBatch();
        c.commit();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
