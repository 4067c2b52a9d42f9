package org.conflictmap.batch;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;

/**
 * {@code generate --url JDBC_URL [--user U] [--password P] [--events N] [--places N] [--years N]
 * [--start YYYY-MM-DD] [--factions N] [--bbox minLon,minLat,maxLon,maxLat] [--seed N]}: migrates the
 * store at the URL (H2GIS {@code jdbc:h2:file:...} or PostGIS {@code jdbc:postgresql:...}), which must
 * hold no articles yet, and fills it with {@link SyntheticStore} data for load benchmarks.
 * Defaults: 1,000,000 events, 20,000 places, 10 years from 2010-01-01, 12 factions.
 */
public final class GenerateCommand implements BatchCommand {

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "fill an empty store with synthetic data for load tests (--url JDBC_URL, --events, --places, ...)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.size(); i += 2) {
            if (!args.get(i).startsWith("--")) {
                err.println("usage: generate --url JDBC_URL [--events N] [--places N] [--years N] ...");
                return 2;
            }
            options.put(args.get(i).substring(2), args.get(i + 1));
        }
        String url = options.get("url");
        if (url == null || args.size() % 2 != 0) {
            err.println("usage: generate --url JDBC_URL [--user U] [--password P] [--events N] [--places N] "
                    + "[--years N] [--start YYYY-MM-DD] [--factions N] [--bbox minLon,minLat,maxLon,maxLat] [--seed N]");
            return 2;
        }
        String user = options.getOrDefault("user", url.startsWith("jdbc:h2:") ? "sa" : "");
        String password = options.getOrDefault("password", "");
        String vendor = url.startsWith("jdbc:h2:") ? "h2" : "postgresql";
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration/" + vendor).load().migrate();
        String[] box = options.getOrDefault("bbox", "-10,30,50,60").split(",");
        SyntheticStore store = new SyntheticStore(Integer.parseInt(options.getOrDefault("places", "20000")),
                Integer.parseInt(options.getOrDefault("events", "1000000")),
                Integer.parseInt(options.getOrDefault("years", "10")),
                LocalDate.parse(options.getOrDefault("start", "2010-01-01")),
                Integer.parseInt(options.getOrDefault("factions", "12")),
                new double[] {Double.parseDouble(box[0]), Double.parseDouble(box[1]), Double.parseDouble(box[2]),
                    Double.parseDouble(box[3])},
                Long.parseLong(options.getOrDefault("seed", "1")));
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM article");
            rs.next();
            if (rs.getLong(1) > 0) {
                err.println("the store already holds articles; generate needs an empty one");
                return 1;
            }
            String summary = store.fill(c);
            out.printf("generated %s in %.1f s%n", summary, (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }
}
