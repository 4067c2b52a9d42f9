package org.conflictmap.web;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small made-up war for the map page tests: four invented towns, two factions, two articles (the
 * second with markup in its title and text, which must show as text), three events, five control
 * intervals and one movement. Offsets are computed from the texts, so they always match.
 */
final class MapFixtures {

    static final String NORTH = "north-front";
    static final String RIVER = "river-pact";

    static final String ARTICLE_ONE = "The North Front captured Ardent on Monday after a week of fighting. "
            + "River Pact units withdrew toward Dunhill.";
    static final String HOSTILE = "<img src=x onerror=alert(1)>";
    static final String ARTICLE_TWO = "River Pact columns moved from Dunhill to Corvan " + HOSTILE + " on Tuesday.";
    static final String HOSTILE_TITLE = HOSTILE + " Corvan report";

    /** Days on which something changes, in order. */
    static final LocalDate START = LocalDate.of(2015, 6, 1);
    static final LocalDate ARDENT_FALLS = LocalDate.of(2016, 2, 29);
    static final LocalDate CORVAN_REINFORCED = LocalDate.of(2016, 5, 10);

    static final double[] ARDENT = {40.00, 35.00};
    static final double[] BELLMOOR = {40.50, 35.30};
    static final double[] CORVAN = {41.00, 34.80};
    static final double[] DUNHILL = {39.60, 34.60};

    private MapFixtures() {
    }

    static void reset(JdbcClient jdbc) {
        for (String table : new String[] {"movement", "control_interval", "control_claim", "event", "mention", "place",
                "article"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        article(jdbc, 1, "North Front takes Ardent", "Plains Courier", "https://news.example/ardent",
                LocalDate.of(2016, 3, 2), ARTICLE_ONE);
        article(jdbc, 2, HOSTILE_TITLE, "Valley Wire", "https://news.example/corvan", LocalDate.of(2016, 5, 11),
                ARTICLE_TWO);
        place(jdbc, "t-ardent", "Ardent", ARDENT);
        place(jdbc, "t-bellmoor", "Bellmoor", BELLMOOR);
        place(jdbc, "t-corvan", "Corvan", CORVAN);
        place(jdbc, "t-dunhill", "Dunhill", DUNHILL);
        mention(jdbc, 1, ARTICLE_ONE, "Ardent", "t-ardent",
                "[{\"place\":{\"id\":\"t-ardent-2\",\"name\":\"Ardent\",\"kind\":\"city\",\"country\":\"ZZ\","
                        + "\"lat\":12.5,\"lon\":30.25},\"score\":0.21}]");
        mention(jdbc, 1, ARTICLE_ONE, "Dunhill", "t-dunhill", "[]");
        mention(jdbc, 2, ARTICLE_TWO, "Dunhill", "t-dunhill", "[]");
        mention(jdbc, 2, ARTICLE_TWO, "Corvan", "t-corvan", "[]");
        String first = ARTICLE_ONE.substring(0, ARTICLE_ONE.indexOf('.') + 1);
        String second = ARTICLE_ONE.substring(first.length() + 1);
        event(jdbc, 1, 1, "capture", NORTH, RIVER, "t-ardent", ARDENT, ARTICLE_ONE, first, "Ardent", ARDENT_FALLS,
                "day", 0.9, null);
        event(jdbc, 2, 1, "withdrawal", RIVER, null, "t-ardent", ARDENT, ARTICLE_ONE, second, "Dunhill", ARDENT_FALLS,
                "month", 0.6, null);
        event(jdbc, 3, 2, "deployment", RIVER, null, "t-corvan", CORVAN, ARTICLE_TWO, ARTICLE_TWO, "Corvan",
                CORVAN_REINFORCED, "day", 0.8, "t-dunhill");
        control(jdbc, 1, "t-ardent", RIVER, START, ARDENT_FALLS, false, ARDENT, 2, second);
        control(jdbc, 2, "t-ardent", NORTH, ARDENT_FALLS, null, false, ARDENT, 1, first);
        control(jdbc, 3, "t-dunhill", RIVER, START, null, false, DUNHILL, 2, second);
        control(jdbc, 4, "t-bellmoor", NORTH, START, null, true, BELLMOOR, 1, first);
        control(jdbc, 5, "t-corvan", RIVER, CORVAN_REINFORCED, null, false, CORVAN, 3, ARTICLE_TWO);
        jdbc.sql("INSERT INTO movement (id, event_id, actor, type, origin_place_id, target_place_id, event_date, "
                        + "date_precision, derivation, confidence, known_from, geom) VALUES (1, 3, :actor, 'deployment', "
                        + "'t-dunhill', 't-corvan', :day, 'day', 'stated', 0.8, :known, "
                        + "ST_GeomFromText(:wkt, 4326))")
                .param("actor", RIVER).param("day", CORVAN_REINFORCED).param("known", LocalDate.of(2016, 5, 11))
                .param("wkt", "LINESTRING(" + DUNHILL[0] + " " + DUNHILL[1] + ", " + CORVAN[0] + " " + CORVAN[1] + ")")
                .update();
    }

    private static void article(JdbcClient jdbc, long id, String title, String source, String url, LocalDate published,
                                String text) {
        jdbc.sql("INSERT INTO article (id, title, source, url, published, body, text_hash, status, received_at, "
                        + "processed_at) VALUES (:id, :title, :source, :url, :published, :body, :hash, 'done', "
                        + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .param("id", id).param("title", title).param("source", source).param("url", url)
                .param("published", published).param("body", text).param("hash", "%064d".formatted(id)).update();
    }

    private static void place(JdbcClient jdbc, String id, String name, double[] lonLat) {
        jdbc.sql("INSERT INTO place (id, geonameid, name, kind, feature_code, country, admin1, population, lon, lat, "
                        + "geom) VALUES (:id, NULL, :name, 'city', 'PPL', 'ZZ', '01', 5000, :lon, :lat, "
                        + "ST_GeomFromText(:wkt, 4326))")
                .param("id", id).param("name", name).param("lon", lonLat[0]).param("lat", lonLat[1])
                .param("wkt", point(lonLat)).update();
    }

    private static void mention(JdbcClient jdbc, long article, String text, String surface, String place,
                                String alternatives) {
        int start = text.indexOf(surface);
        jdbc.sql("INSERT INTO mention (article_id, start_offset, end_offset, surface, place_id, confidence, "
                        + "alternatives) VALUES (:a, :s, :e, :surface, :place, 0.85, :alt)")
                .param("a", article).param("s", start).param("e", start + surface.length()).param("surface", surface)
                .param("place", place).param("alt", alternatives).update();
    }

    private static void event(JdbcClient jdbc, long id, long article, String type, String actor, String target,
                              String place, double[] lonLat, String text, String sentence, String surface,
                              LocalDate day, String precision, double confidence, String origin) {
        int sentenceStart = text.indexOf(sentence);
        int placeStart = text.indexOf(surface, sentenceStart);
        jdbc.sql("INSERT INTO event (id, article_id, type, actor, target, place_id, place_start, place_end, "
                        + "place_surface, origin_place_id, event_date, date_precision, confidence, evidence_start, "
                        + "evidence_end, evidence_text, known_from, geom) VALUES (:id, :article, :type, :actor, "
                        + ":target, :place, :ps, :pe, :surface, :origin, :day, :precision, :confidence, :es, :ee, "
                        + ":sentence, (SELECT published FROM article WHERE id = :article), ST_GeomFromText(:wkt, 4326))")
                .param("id", id).param("article", article).param("type", type).param("actor", actor)
                .param("target", target).param("place", place).param("ps", placeStart)
                .param("pe", placeStart + surface.length()).param("surface", surface).param("origin", origin)
                .param("day", day).param("precision", precision).param("confidence", confidence)
                .param("es", sentenceStart).param("ee", sentenceStart + sentence.length()).param("sentence", sentence)
                .param("wkt", point(lonLat)).update();
    }

    private static void control(JdbcClient jdbc, long id, String place, String controller, LocalDate from,
                                LocalDate to, boolean contested, double[] lonLat, long eventId, String sentence) {
        String text = eventId == 3 ? ARTICLE_TWO : ARTICLE_ONE;
        int start = text.indexOf(sentence);
        String sources = "[{\"kind\":\"EVENT\",\"id\":" + eventId + ",\"articleId\":" + (eventId == 3 ? 2 : 1)
                + ",\"faction\":\"" + controller + "\",\"role\":\"GAINED\",\"date\":\"" + from
                + "\",\"precision\":\"DAY\",\"confidence\":0.8,\"evidence\":{\"start\":" + start + ",\"end\":" + (start + sentence.length())
                + ",\"text\":" + jsonString(sentence) + "}}]";
        jdbc.sql("INSERT INTO control_interval (id, place_id, controller, partners, since, valid_from, valid_to, "
                        + "precision, derivation, contested, confidence, sources, contest, geom) VALUES (:id, :place, "
                        + ":controller, '', :from, :from, :to, 'day', 'stated', :contested, 0.8, :sources, '[]', "
                        + "ST_GeomFromText(:wkt, 4326))")
                .param("id", id).param("place", place).param("controller", controller).param("from", from)
                .param("to", to).param("contested", contested).param("sources", sources).param("wkt", point(lonLat))
                .update();
    }

    private static String point(double[] lonLat) {
        return "POINT(" + lonLat[0] + " " + lonLat[1] + ")";
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
