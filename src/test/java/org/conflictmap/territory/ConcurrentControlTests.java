package org.conflictmap.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.conflictmap.events.ClaimRepository;
import org.conflictmap.events.ConflictEvent;
import org.conflictmap.events.DatePrecision;
import org.conflictmap.events.EventDate;
import org.conflictmap.events.EventRepository;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Evidence;
import org.conflictmap.geoparsing.PlaceRepository;
import org.conflictmap.geoparsing.ResolvedMention;
import org.conflictmap.ingest.Article;
import org.conflictmap.ingest.ArticleRepository;
import org.conflictmap.ingest.ArticleSubmission;
import org.conflictmap.persistence.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Articles about one place recorded at the same moment, each in its own transaction, as workers do. */
class ConcurrentControlTests {

    static final int WRITERS = 6;
    static final int ARTICLES_EACH = 5;

    @TempDir
    Path dir;

    @Test
    void keepsEveryArticlesFactsInThePlaceTimelineWhenArticlesCommitAtOnce() throws Exception {
        DataSource store = TestStores.h2(dir);
        JdbcClient jdbc = JdbcClient.create(store);
        PlaceRepository places = new PlaceRepository(jdbc, store);
        ArticleRepository articles = new ArticleRepository(jdbc);
        EventRepository events = new EventRepository(jdbc, places);
        ClaimRepository claims = new ClaimRepository(jdbc, places);
        ControlRepository control = new ControlRepository(jdbc);
        FactionAlignment alignment = FactionAlignment.of(Map.of());
        ControlTimelineBuilder builder = new ControlTimelineBuilder(alignment, ControlOptions.defaults());
        ControlRecorder recorder = new ControlRecorder(events, claims, control, new MovementRepository(jdbc),
                builder, new MovementDeriver(alignment));
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(store));
        places.saveAll(List.of(PipelineStoreContract.NORTH_TOWN));
        CyclicBarrier together = new CyclicBarrier(WRITERS);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < ARTICLES_EACH; i++) {
                    int n = writer * ARTICLES_EACH + i;
                    LocalDate day = LocalDate.of(2015, 1, 1).plusDays(3L * n);
                    Article article = articles.insert(new ArticleSubmission("t", "s", null, day, null,
                            "report " + n), Instant.EPOCH);
                    together.await();
                    transaction.executeWithoutResult(status -> {
                        events.replaceForArticle(article.id(), day, List.of(capture(n % 2 == 0 ? "red" : "blue", day)));
                        recorder.process(article);
                    });
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();

        PlaceTimeline rebuilt = builder.buildPlace(PipelineStoreContract.NORTH_TOWN,
                events.findByPlaces(List.of(PipelineStoreContract.NORTH_TOWN.id())), List.of(), LocalDate.MAX);
        PlaceTimeline stored = control.loadOverlapping(LocalDate.of(2014, 1, 1), LocalDate.of(2017, 1, 1))
                .place(PipelineStoreContract.NORTH_TOWN.id()).orElseThrow();
        assertThat(rebuilt.intervals()).hasSizeGreaterThanOrEqualTo(WRITERS * ARTICLES_EACH);
        assertThat(describe(stored)).isEqualTo(describe(rebuilt));
    }

    private static ConflictEvent capture(String actor, LocalDate day) {
        var place = PipelineStoreContract.NORTH_TOWN;
        return new ConflictEvent(EventType.CAPTURE, actor, null,
                new ResolvedMention(0, place.name().length(), place.name(), place, 0.9, List.of()), null,
                new EventDate(day, DatePrecision.DAY), 0.8, new Evidence(0, 10, "They took it."));
    }

    private static List<String> describe(PlaceTimeline timeline) {
        return timeline.intervals().stream().map(i -> i.controller() + " " + i.from() + ".." + i.to() + " "
                + i.sources().stream().map(ControlSource::articleId).sorted().toList()).toList();
    }
}
