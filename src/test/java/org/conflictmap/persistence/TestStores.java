package org.conflictmap.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Fresh, migrated stores for store-level tests: an H2GIS file database in a temporary directory, or
 * a throwaway database on the PostGIS server named by {@code -Dconflictmap.test.postgis.url}
 * (a JDBC URL of a superuser connection, as {@code .ci/run} passes). Without that property the PostGIS
 * tests are skipped with a message, unless {@code -Dconflictmap.test.postgis.required=true}, when
 * they fail instead: CI sets it, so PostGIS tests can never be skipped silently there.
 */
public final class TestStores {

    private TestStores() {
    }

    private static Path h2Template;

    /**
     * A migrated H2GIS store in {@code dir}. The first call migrates a template store (loading the
     * H2GIS functions takes seconds); later calls copy its file, which takes milliseconds.
     */
    public static synchronized DataSource h2(Path dir) {
        try {
            if (h2Template == null) {
                Path templateDir = Files.createTempDirectory("conflictmap-h2-template");
                migrate(new DriverManagerDataSource("jdbc:h2:file:" + templateDir.resolve("store"), "sa", ""), "h2");
                h2Template = templateDir.resolve("store.mv.db");
            }
            Files.copy(h2Template, dir.resolve("store.mv.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("store"), "sa", "");
        migrate(ds, "h2");
        return ds;
    }

    /** A migrated PostGIS database created for the caller; {@link TestDatabase#close()} drops it. */
    public static TestDatabase postgis() {
        String url = System.getProperty("conflictmap.test.postgis.url", "");
        if (url.isBlank()) {
            String message = "PostGIS store tests skipped: no server given with -Dconflictmap.test.postgis.url "
                    + "(see README, 'Tests')";
            if (Boolean.getBoolean("conflictmap.test.postgis.required")) {
                throw new IllegalStateException(message + ", but conflictmap.test.postgis.required=true");
            }
            Assumptions.abort(message);
        }
        String name = "cm_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute(url, "CREATE DATABASE " + name);
        String dbUrl = url.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
        SingleConnectionDataSource ds = new SingleConnectionDataSource(dbUrl, true);
        migrate(ds, "postgresql");
        return new TestDatabase(ds, () -> {
            ds.destroy();
            execute(url, "DROP DATABASE IF EXISTS " + name);
        });
    }

    private static void migrate(DataSource ds, String vendor) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/" + vendor).load().migrate();
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostGIS test server at " + url + ": " + e.getMessage(), e);
        }
    }

    /** A test database and how to get rid of it. */
    public record TestDatabase(DataSource dataSource, Runnable drop) implements AutoCloseable {
        @Override
        public void close() {
            drop.run();
        }
    }
}
