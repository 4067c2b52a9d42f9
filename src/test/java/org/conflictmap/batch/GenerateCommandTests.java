package org.conflictmap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
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
}
