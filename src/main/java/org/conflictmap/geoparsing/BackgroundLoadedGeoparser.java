package org.conflictmap.geoparsing;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A geoparser whose gazetteer loads on a background thread, so the service answers (health, feeds,
 * the map) while the gazetteer is still being read. The first {@link #parse} calls wait for the load;
 * if it failed, they throw {@link IllegalStateException} with the cause, and the article is marked
 * failed with that reason. Thread-safe.
 */
final class BackgroundLoadedGeoparser implements Geoparser {

    private final CompletableFuture<Geoparser> loading;

    BackgroundLoadedGeoparser(Supplier<Geoparser> loader) {
        this.loading = CompletableFuture.supplyAsync(loader);
    }

    @Override
    public List<ResolvedMention> parse(String text) {
        try {
            return loading.join().parse(text);
        } catch (java.util.concurrent.CompletionException e) {
            throw new IllegalStateException("the gazetteer could not be loaded: " + e.getCause().getMessage(), e);
        }
    }
}
