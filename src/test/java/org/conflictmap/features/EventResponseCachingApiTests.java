package org.conflictmap.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.conflictmap.persistence.StoreChanged;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

class EventResponseCachingApiTests extends FeedApiTest {

    private static final String JANUARY_NEAR_ALPHA =
            "/ogc/collections/events/items?datetime=2015-01-01/2015-01-31&bbox=44,35.9,44.5,36.2";

    private MockHttpServletResponse fetch(String url, String... headers) throws Exception {
        var request = get(url);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void answersARepeatedEventsPageWithTheSameBodyStrongEtagAndA304() throws Exception {
        MockHttpServletResponse first = fetch(JANUARY_NEAR_ALPHA);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(JSON.readTree(first.getContentAsString()).path("numberMatched").asInt()).isEqualTo(3);
        String etag = first.getHeader(HttpHeaders.ETAG);
        assertThat(etag).startsWith("\"");
        assertThat(fetch(JANUARY_NEAR_ALPHA).getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(fetch(JANUARY_NEAR_ALPHA, HttpHeaders.IF_NONE_MATCH, etag).getStatus()).isEqualTo(304);
        assertThat(fetch(JANUARY_NEAR_ALPHA + "&f=html").getContentAsString()).contains("<html");
    }

    @Test
    void servesAnEventCorrectionAsSoonAsTheWriterAnnouncesIt() throws Exception {
        String before = fetch(JANUARY_NEAR_ALPHA).getHeader(HttpHeaders.ETAG);
        // an in-place correction: same rows, same ids, so only the announcement can reveal it
        jdbc.sql("UPDATE event SET actor = 'faction-z' WHERE id = 2").update();
        assertThat(fetch(JANUARY_NEAR_ALPHA).getContentAsString()).doesNotContain("faction-z");

        events.publishEvent(new StoreChanged("analyst correction"));

        MockHttpServletResponse after = fetch(JANUARY_NEAR_ALPHA, HttpHeaders.IF_NONE_MATCH, before);
        assertThat(after.getStatus()).isEqualTo(200);
        assertThat(after.getContentAsString()).contains("faction-z");
    }

    @Test
    void noticesEventsStoredWithAnArticleByAnotherProcess() throws Exception {
        assertThat(fetch(JANUARY_NEAR_ALPHA).getContentAsString()).doesNotContain("Faction D");
        // what another instance's event stage writes: a processed article and its event, no control change
        jdbc.sql("INSERT INTO article (id, title, source, url, published, body, text_hash, status, received_at, "
                + "processed_at) VALUES (3, 'Bravo again', 'Test Wire', 'https://example.org/bravo', DATE '2015-01-20', "
                + "'Faction D shelled Bravo.', 'hash-3', 'done', TIMESTAMP WITH TIME ZONE '2015-03-06 08:00:00+00', "
                + "TIMESTAMP WITH TIME ZONE '2015-03-06 08:00:05+00')").update();
        jdbc.sql("INSERT INTO event (id, article_id, type, actor, target, place_id, place_start, place_end, "
                + "place_surface, event_date, date_precision, confidence, evidence_start, evidence_end, evidence_text, "
                + "known_from, geom) VALUES (6, 3, 'attack', 'faction-d', NULL, 'p-bravo', 18, 23, 'Bravo', "
                + "DATE '2015-01-19', 'day', 0.7, 0, 24, 'Faction D shelled Bravo.', DATE '2015-01-20', "
                + "ST_GeomFromText('POINT(44.3 36.1)', 4326))").update();

        assertThat(fetch(JANUARY_NEAR_ALPHA).getContentAsString()).contains("Faction D shelled Bravo.");
    }
}
