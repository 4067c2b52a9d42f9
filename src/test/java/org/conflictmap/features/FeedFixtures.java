package org.conflictmap.features;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Loads {@code fixtures/features/feeds.sql} into an empty (or emptied) store. */
final class FeedFixtures {

    private FeedFixtures() {
    }

    static void reset(JdbcClient jdbc) {
        for (String table : new String[] {"movement", "control_interval", "event", "mention", "place", "article"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        for (String statement : sql().split(";\\s*\\n")) {
            String trimmed = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
            if (!trimmed.isEmpty()) {
                jdbc.sql(trimmed).update();
            }
        }
    }

    private static String sql() {
        try (InputStream in = FeedFixtures.class.getResourceAsStream("/fixtures/features/feeds.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
