package org.conflictmap.batch;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.conflictmap.geoparsing.Geoparser;

/**
 * {@code bench-geoparse [--docs N] [--geodata DIR]}: measures the geoparser on one thread over
 * generated news-like articles of 3-6 KB ({@link BenchmarkArticles}). Prints the gazetteer load time
 * and heap, then documents and characters per second after a warm-up round, by wall clock and by the
 * thread's CPU time (which other processes on a shared machine do not inflate).
 */
public final class BenchGeoparseCommand implements BatchCommand {

    @Override
    public String name() {
        return "bench-geoparse";
    }

    @Override
    public String summary() {
        return "[--docs N] [--geodata DIR]: geoparser throughput on N generated articles (default 1000)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandOptions options;
        int docs;
        try {
            options = CommandOptions.parse(args, Set.of("docs", "geodata"));
            docs = Math.max(500, options.intValue("docs", 1000));
        } catch (IllegalArgumentException e) {
            err.println("bench-geoparse: " + e.getMessage());
            return 2;
        }
        GeoparserLoading loading = GeoparserLoading.load(GeoparserLoading.geodataDirectory(options));
        out.println(loading.summary());
        List<String> articles = new BenchmarkArticles(42).generate(docs);
        long chars = articles.stream().mapToLong(String::length).sum();
        out.printf("articles: %,d generated, %,d characters (%.1f KB average)%n", docs, chars,
                chars / 1024.0 / docs);
        Geoparser geoparser = loading.geoparser();
        run(geoparser, articles);
        long t0 = System.nanoTime();
        long cpu0 = GeoparserLoading.cpuNanos();
        long mentions = run(geoparser, articles);
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (GeoparserLoading.cpuNanos() - cpu0) / 1e9;
        out.printf("single thread, wall clock: %,.0f documents/s, %,.0f characters/s (%.2f MB/s), %,d mentions, %.2f s%n",
                docs / s, chars / s, chars / s / 1e6, mentions, s);
        out.printf("single thread, CPU time:   %,.0f documents/s, %,.0f characters/s (%.2f MB/s), %.2f s%n",
                docs / cpu, chars / cpu, chars / cpu / 1e6, cpu);
        return 0;
    }

    private static long run(Geoparser geoparser, List<String> articles) {
        long mentions = 0;
        for (String a : articles) {
            mentions += geoparser.parse(a).size();
        }
        return mentions;
    }
}
