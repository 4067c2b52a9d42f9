package org.conflictmap.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.conflictmap.geoparsing.MentionRepository;
import org.conflictmap.ingest.Article;
import org.conflictmap.ingest.ArticleStatus;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.core.annotation.Order;

class ClaimRecorderTests {

    @Test
    void storesTheClaimsReadFromTheArticleAndItsStoredMentions() {
        String text = "Drones circled over ISIS-held Mosul.";
        LocalDate published = LocalDate.of(2016, 5, 2);
        Article article = new Article(7, "t", "s", null, published, null, text, ArticleStatus.PROCESSING, null, Instant.now(), null);
        MentionRepository mentions = mock(MentionRepository.class);
        when(mentions.findByArticle(7)).thenReturn(PlaceMentions.in(text));
        ClaimRepository claims = mock(ClaimRepository.class);

        new ClaimRecorder(RuleBasedClaimExtractor.withDefaults(), mentions, claims).process(article);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<ControlClaim>> stored = ArgumentCaptor.forClass(List.class);
        verify(claims).replaceForArticle(eq(7L), eq(published), stored.capture());
        assertThat(stored.getValue()).singleElement()
                .satisfies(c -> assertThat(c.faction() + " " + c.place().name()).isEqualTo("isis Mosul"));
    }

    @Test
    void runsAfterEventsAndBeforeTheControlStage() {
        int order = ClaimRecorder.class.getAnnotation(Order.class).value();
        assertThat(order).isGreaterThan(EventRecorder.class.getAnnotation(Order.class).value()).isLessThan(300);
    }
}
