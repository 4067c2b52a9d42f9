package org.conflictmap.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.geotools.filter.text.ecql.ECQL;
import org.junit.jupiter.api.Test;

class SqlFilterTests {

    static final Map<String, SqlColumn> COLUMNS = Map.of("actor", SqlColumn.text("e.actor"),
            "confidence", SqlColumn.number("e.confidence"), "date", SqlColumn.day("e.event_date"));

    private static SqlFilter.Translation translate(String cql) throws Exception {
        return SqlFilter.translate(ECQL.toFilter(cql), COLUMNS);
    }

    @Test
    void translatesComparisonsAndLogicCompletely() throws Exception {
        SqlFilter.Translation t = translate("confidence >= 0.8 AND (actor = 'a' OR NOT actor <> 'b')");
        assertThat(t.complete()).isTrue();
        assertThat(t.sql()).isEqualTo(
                "(e.confidence >= :filter0) AND ((e.actor = :filter1) OR (NOT (NOT (e.actor = :filter2))))");
        assertThat(t.params()).containsEntry("filter0", 0.8).containsEntry("filter1", "a");
    }

    @Test
    void bindsDatesAsDatesAndNumbersAsNumbers() throws Exception {
        SqlFilter.Translation t = translate("date BETWEEN '2015-01-01' AND '2015-01-31' AND confidence > 1");
        assertThat(t.complete()).isTrue();
        assertThat(t.params()).containsEntry("filter0", LocalDate.of(2015, 1, 1)).containsEntry("filter2", 1.0);
    }

    @Test
    void keepsInMemoryWhatSqlWouldEvaluateDifferently() throws Exception {
        assertThat(translate("actor LIKE 'fa%'").sql()).isNull();
        assertThat(translate("actor < 'm'").sql()).isNull();
        assertThat(translate("target = 'x'").sql()).isNull();
        assertThat(translate("confidence = 'high'").sql()).isNull();
        assertThat(translate("date = 'yesterday'").sql()).isNull();
        assertThat(translate("actor = 'a' OR actor LIKE 'b%'").sql()).isNull();
        SqlFilter.Translation partial = translate("confidence > 0.5 AND actor LIKE 'fa%'");
        assertThat(partial.complete()).isFalse();
        assertThat(partial.sql()).isEqualTo("(e.confidence > :filter0)");
    }
}
