package org.conflictmap.features;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes events as CSV with ACLED-like columns, one row per event in id order, streamed from the
 * store (memory does not grow with the number of rows). {@code event_id_cnty} is the ISO 3166 alpha-3
 * code of the place's country and the event id; {@code time_precision} is 1 (day), 2 (week) or 3
 * (month or year); {@code geo_precision} is 1 for a town or site, 2 for a region or province, 3 for a
 * country; {@code admin1} is the name of the place's first-level division ({@link Admin1Names}),
 * empty when the gazetteer gives none.
 */
@Component
class EventCsvExport {

    static final String[] HEADER = {"event_id_cnty", "event_date", "year", "time_precision", "event_type", "actor1",
        "actor2", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "source_url",
        "notes", "confidence", "article_id", "known_from"};

    private static final String SQL = "SELECT e.id, e.type, e.actor, e.target, e.event_date, e.date_precision, "
            + "e.confidence, e.evidence_text, e.known_from, e.lon, e.lat, p.name AS place_name, "
            + "p.country, p.admin1, p.kind, a.id AS article_id, a.source, a.url FROM event e JOIN place p ON p.id = e.place_id "
            + "JOIN article a ON a.id = e.article_id";

    private final JdbcClient jdbc;
    private final Admin1Names admin1;

    EventCsvExport(JdbcClient jdbc, Admin1Names admin1) {
        this.jdbc = jdbc;
        this.admin1 = admin1;
    }

    void write(FeatureQuery query, OutputStream out) throws IOException {
        SqlWhere where = EventFeatures.where(query);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(writer)) {
            jdbc.sql(SQL + where.sql() + " ORDER BY e.id").params(where.params()).query((RowCallbackHandler) rs -> row(csv, rs));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void row(CSVPrinter csv, ResultSet rs) throws SQLException {
        LocalDate date = rs.getObject("event_date", LocalDate.class);
        String country = rs.getString("country");
        try {
            csv.printRecord(iso3(country) + rs.getLong("id"), date, date.getYear(),
                    timePrecision(rs.getString("date_precision")), rs.getString("type"), rs.getString("actor"),
                    rs.getString("target"), countryName(country), admin1.name(country, rs.getString("admin1")),
                    rs.getString("place_name"),
                    GeometryJson.round(rs.getDouble("lat")), GeometryJson.round(rs.getDouble("lon")),
                    geoPrecision(rs.getString("kind")), rs.getString("source"), rs.getString("url"),
                    rs.getString("evidence_text"), rs.getDouble("confidence"), rs.getLong("article_id"),
                    rs.getObject("known_from", LocalDate.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int timePrecision(String precision) {
        return switch (precision) {
            case "day" -> 1;
            case "week" -> 2;
            default -> 3;
        };
    }

    static int geoPrecision(String kind) {
        return switch (kind) {
            case "country" -> 3;
            case "admin1", "region" -> 2;
            default -> 1;
        };
    }

    static String iso3(String iso2) {
        try {
            return new Locale("", iso2).getISO3Country();
        } catch (MissingResourceException e) {
            return iso2;
        }
    }

    static String countryName(String iso2) {
        String name = new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() ? iso2 : name;
    }
}
