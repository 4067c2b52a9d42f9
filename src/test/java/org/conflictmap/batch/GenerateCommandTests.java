package org.conflictmap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class GenerateCommandTests {

    @TempDir
    Path dir;

    @Test
    void fillsAnEmptyStoreWithLabelledSyntheticDataAndRefusesAFullOne() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("store");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = List.of("--url", url, "--events", "500", "--places", "40", "--years", "3", "--seed", "7");
        int code = BatchCommands.standard().find("generate").orElseThrow()
                .run(args, new PrintStream(out, true), new PrintStream(err, true));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("generated 40 places, 100 articles, 500 events");

        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event").query(Long.class).single()).isEqualTo(500);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE source <> 'synthetic'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT MAX(event_date) FROM event").query(LocalDate.class).single())
                .isBefore(LocalDate.of(2013, 1, 1));
        long placesHeldMidway = jdbc.sql("SELECT COUNT(DISTINCT place_id) FROM control_interval WHERE valid_from <= "
                + "DATE '2011-06-01' AND (valid_to IS NULL OR valid_to > DATE '2011-06-01')").query(Long.class).single();
        assertThat(placesHeldMidway).isEqualTo(40);
        long overlapping = jdbc.sql("SELECT COUNT(*) FROM control_interval a JOIN control_interval b ON a.place_id = "
                + "b.place_id AND a.id < b.id AND a.valid_to > b.valid_from").query(Long.class).single();
        assertThat(overlapping).isZero();

        assertThat(BatchCommands.standard().find("generate").orElseThrow()
                .run(args, new PrintStream(out, true), new PrintStream(err, true))).isEqualTo(1);
    }

    @Test
    void controlComesInBlocksWhoseFrontsMoveAndActorsFightNearTheirGround() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("fronts");
        List<String> args = List.of("--url", url, "--events", "5000", "--places", "1000", "--years", "10", "--seed", "3");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(BatchCommands.standard().find("generate").orElseThrow()
                .run(args, new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(err, true)))
                .as(err.toString()).isZero();
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));

        List<double[]> held = jdbc.sql("SELECT p.lon, p.lat, CAST(SUBSTRING(c.controller, 11) AS INT) FROM place p "
                + "JOIN control_interval c ON c.place_id = p.id WHERE c.valid_from <= DATE '2015-06-01' "
                + "AND (c.valid_to IS NULL OR c.valid_to > DATE '2015-06-01')")
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getInt(3)}).list();
        assertThat(held).hasSize(1000);
        int sameAsNearest = 0;
        for (double[] place : held) {
            double[] nearest = held.stream().filter(other -> other != place)
                    .min(Comparator.comparingDouble(other -> Math.hypot(other[0] - place[0], other[1] - place[1])))
                    .orElseThrow();
            sameAsNearest += nearest[2] == place[2] ? 1 : 0;
        }
        // twelve factions drawn at random would agree with the nearest neighbour about one time in twelve
        assertThat(sameAsNearest).isGreaterThan(750);

        long intervals = jdbc.sql("SELECT COUNT(*) FROM control_interval").query(Long.class).single();
        assertThat(intervals).isBetween(4_000L, 12_000L);
        long contested = jdbc.sql("SELECT COUNT(*) FROM control_interval WHERE contested").query(Long.class).single();
        assertThat(contested).isBetween(intervals / 10, intervals * 3 / 4);
        long heldByActor = jdbc.sql("SELECT COUNT(*) FROM event e JOIN control_interval c ON c.place_id = e.place_id "
                + "AND c.controller = e.actor AND c.valid_from <= e.event_date "
                + "AND (c.valid_to IS NULL OR c.valid_to > e.event_date)").query(Long.class).single();
        assertThat(heldByActor).isGreaterThan(2_500L);
    }
}
