package org.conflictmap.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The days on which something changes, for the map's slider ticks and histogram: per day the number
 * of events (in total and per type) and of control changes (an interval starting, or one ending with
 * no other interval of that place starting the same day). Reads the store; thread-safe.
 */
@Component
class Timeline {

    /** One day with changes. */
    record Day(LocalDate date, int events, Map<String, Integer> types, int controlChanges) {
    }

    private final JdbcClient jdbc;

    Timeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Day> days(Collection<String> factions, LocalDate from, LocalDate to) {
        Map<LocalDate, int[]> events = new TreeMap<>();
        Map<LocalDate, Map<String, Integer>> types = new TreeMap<>();
        SqlWhere eventWhere = new SqlWhere().dates("event_date", new DateRange(from, to, true))
                .in("actor", "factions", factions);
        jdbc.sql("SELECT event_date, type, COUNT(*) AS n FROM event" + eventWhere.sql() + " GROUP BY event_date, type")
                .params(eventWhere.params()).query(rs -> {
                    LocalDate day = rs.getObject("event_date", LocalDate.class);
                    int n = rs.getInt("n");
                    events.computeIfAbsent(day, d -> new int[2])[0] += n;
                    types.computeIfAbsent(day, d -> new TreeMap<>()).merge(rs.getString("type"), n, Integer::sum);
                });
        SqlWhere starts = new SqlWhere().dates("c.valid_from", new DateRange(from, to, true))
                .in("c.controller", "factions", factions);
        count("SELECT c.valid_from AS change_day, COUNT(*) AS n FROM control_interval c" + starts.sql()
                + " GROUP BY c.valid_from", starts, events);
        SqlWhere ends = new SqlWhere().add("c.valid_to IS NOT NULL").dates("c.valid_to", new DateRange(from, to, true))
                .in("c.controller", "factions", factions).add("NOT EXISTS (SELECT 1 FROM control_interval n "
                        + "WHERE n.place_id = c.place_id AND n.valid_from = c.valid_to)");
        count("SELECT c.valid_to AS change_day, COUNT(*) AS n FROM control_interval c" + ends.sql()
                + " GROUP BY c.valid_to", ends, events);
        List<Day> days = new ArrayList<>();
        events.forEach((day, n) -> days.add(new Day(day, n[0], types.getOrDefault(day, Map.of()), n[1])));
        return days;
    }

    private void count(String sql, SqlWhere where, Map<LocalDate, int[]> byDay) {
        jdbc.sql(sql).params(where.params()).query(rs -> {
            byDay.computeIfAbsent(rs.getObject("change_day", LocalDate.class), d -> new int[2])[1] += rs.getInt("n");
        });
    }
}
