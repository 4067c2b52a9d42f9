package org.conflictmap.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.conflictmap.geoparsing.Geoparser;

/**
 * {@code bench-geoparse [--docs N] [--geodata DIR] [--corpus DIR]}: measures the geoparser on one
 * thread over generated news-like articles of 3-6 KB ({@link BenchmarkArticles}), or over the texts of
 * a corpus ({@code DIR/docs/*.txt}, repeated until N documents) so that another geoparser can be timed
 * on the same texts. Prints the gazetteer load time and heap, then documents and characters per second
 * after a warm-up round, by wall clock and by the thread's CPU time (which other processes on a shared
 * machine do not inflate).
 */
public final class BenchGeoparseCommand implements BatchCommand {

    @Override
    public String name() {
        return "bench-geoparse";
    }

    @Override
    public String summary() {
        return "[--docs N] [--geodata DIR] [--corpus DIR]: geoparser throughput on N generated articles"
                + " (default 1000) or N documents of a corpus";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandOptions options;
        int docs;
        try {
            options = CommandOptions.parse(args, Set.of("docs", "geodata", "corpus"));
            docs = Math.max(500, options.intValue("docs", 1000));
        } catch (IllegalArgumentException e) {
            err.println("bench-geoparse: " + e.getMessage());
            return 2;
        }
        GeoparserLoading loading = GeoparserLoading.load(GeoparserLoading.geodataDirectory(options));
        out.println(loading.summary());
        List<String> articles;
        if (options.get("corpus").isPresent()) {
            articles = corpusTexts(Path.of(options.require("corpus")), docs);
            if (articles.isEmpty()) {
                err.println("bench-geoparse: no docs/*.txt in " + options.require("corpus"));
                return 2;
            }
            docs = articles.size();
        } else {
            articles = new BenchmarkArticles(42).generate(docs);
        }
        long chars = articles.stream().mapToLong(String::length).sum();
        out.printf("articles: %,d, %,d characters (%.1f KB average)%n", docs, chars, chars / 1024.0 / docs);
        Geoparser geoparser = loading.geoparser();
        run(geoparser, articles);
        long t0 = System.nanoTime();
        long cpu0 = GeoparserLoading.cpuNanos();
        long process0 = GeoparserLoading.processCpuNanos();
        long mentions = run(geoparser, articles);
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (GeoparserLoading.cpuNanos() - cpu0) / 1e9;
        double process = (GeoparserLoading.processCpuNanos() - process0) / 1e9;
        out.printf("single thread, wall clock: %,.0f documents/s, %,.0f characters/s (%.2f MB/s), %,d mentions, %.2f s%n",
                docs / s, chars / s, chars / s / 1e6, mentions, s);
        out.printf("single thread, CPU time:   %,.0f documents/s, %,.0f characters/s (%.2f MB/s), %.2f s%n",
                docs / cpu, chars / cpu, chars / cpu / 1e6, cpu);
        out.printf("process CPU time (with GC and JIT threads): %,.0f documents/s, %,.0f characters/s (%.2f MB/s), %.2f s%n",
                docs / process, chars / process, chars / process / 1e6, process);
        return 0;
    }

    /** The corpus's texts in name order, repeated whole until there are at least {@code docs}. */
    private static List<String> corpusTexts(Path corpus, int docs) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus.resolve("docs"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        if (texts.isEmpty()) {
            return texts;
        }
        List<String> repeated = new ArrayList<>();
        while (repeated.size() < docs) {
            repeated.addAll(texts);
        }
        return repeated;
    }

    private static long run(Geoparser geoparser, List<String> articles) {
        long mentions = 0;
        for (String a : articles) {
            mentions += geoparser.parse(a).size();
        }
        return mentions;
    }
}
