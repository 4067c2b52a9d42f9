package org.conflictmap.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.conflictmap.persistence.StoreChanged;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

class DaySliceCachingApiTests extends FeedApiTest {

    private static final String TERRITORY = "/ogc/collections/territory/items?datetime=2015-03-01";
    private static final String CONTROL = "/ogc/collections/control/items?datetime=2015-03-01";

    private MockHttpServletResponse fetch(String url, String... headers) throws Exception {
        var request = get(url);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void answersARepeatedDaySliceWithTheSameStrongEtagAndA304() throws Exception {
        MockHttpServletResponse first = fetch(TERRITORY);
        String etag = first.getHeader(HttpHeaders.ETAG);
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        assertThat(first.getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();
        assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=60");
        assertThat(fetch(TERRITORY).getContentAsString()).isEqualTo(first.getContentAsString());

        MockHttpServletResponse again = fetch(TERRITORY, HttpHeaders.IF_NONE_MATCH, etag);
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentLength()).isZero();
        assertThat(again.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
        assertThat(fetch(TERRITORY, HttpHeaders.IF_NONE_MATCH, "\"something-else\"").getStatus()).isEqualTo(200);
        assertThat(fetch(TERRITORY, HttpHeaders.IF_MODIFIED_SINCE, first.getHeader(HttpHeaders.LAST_MODIFIED))
                .getStatus()).isEqualTo(304);
    }

    @Test
    void sendsTheSameBodyGzipCompressedToClientsThatAcceptIt() throws Exception {
        MockHttpServletResponse plain = fetch(CONTROL);
        MockHttpServletResponse zipped = fetch(CONTROL, HttpHeaders.ACCEPT_ENCODING, "br, gzip;q=0.8");
        assertThat(zipped.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
        assertThat(String.join(",", zipped.getHeaders(HttpHeaders.VARY))).contains("Accept-Encoding");
        String unzipped;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.getContentAsByteArray()))) {
            unzipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(unzipped).isEqualTo(plain.getContentAsString());
        String gzipTag = zipped.getHeader(HttpHeaders.ETAG);
        assertThat(gzipTag).isEqualTo(plain.getHeader(HttpHeaders.ETAG).replaceAll("\"$", "-gzip\""));
        assertThat(fetch(CONTROL, HttpHeaders.IF_NONE_MATCH, gzipTag).getStatus()).isEqualTo(304);
        assertThat(fetch(CONTROL, HttpHeaders.ACCEPT_ENCODING, "gzip;q=0").getHeader(HttpHeaders.CONTENT_ENCODING))
                .isNull();
    }

    @Test
    void servesTheNewControlAsSoonAsAWriterAnnouncesItsChange() throws Exception {
        String before = fetch(CONTROL).getHeader(HttpHeaders.ETAG);
        // an in-place correction: same rows, same ids, so only the announcement can reveal it
        jdbc.sql("UPDATE control_interval SET controller = 'faction-z' WHERE id = 2").update();
        assertThat(fetch(CONTROL).getContentAsString()).doesNotContain("faction-z");

        events.publishEvent(new StoreChanged("analyst correction"));

        MockHttpServletResponse after = fetch(CONTROL, HttpHeaders.IF_NONE_MATCH, before);
        assertThat(after.getStatus()).isEqualTo(200);
        assertThat(after.getContentAsString()).contains("faction-z");
        assertThat(fetch(TERRITORY).getContentAsString()).contains("faction-z");
    }

    @Test
    void noticesControlRowsAddedByAnotherProcess() throws Exception {
        assertThat(fetch(CONTROL).getContentAsString()).doesNotContain("faction-y");
        jdbc.sql("INSERT INTO control_interval (id, place_id, controller, partners, since, precision, derivation, "
                + "contest, valid_from, valid_to, contested, confidence, sources, geom) VALUES (9, 'p-bravo', "
                + "'faction-y', '', DATE '2015-02-01', 'day', 'stated', '[]', DATE '2015-02-01', NULL, FALSE, 0.8, "
                + "'[]', ST_GeomFromText('POINT(44.3 36.1)', 4326))").update();

        assertThat(fetch(CONTROL).getContentAsString()).contains("faction-y");
    }

    @Test
    void keepsRefusingBadQueriesWithoutCachingThem() throws Exception {
        mvc.perform(get("/ogc/collections/territory/items?datetime=2015-13-45"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/ogc/collections/control/items?datetime=2015-03-01&colour=red"))
                .andExpect(status().isBadRequest())
                .andExpect(header().doesNotExist(HttpHeaders.ETAG));
    }
}
