package org.conflictmap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.conflictmap.events.ConflictEvent;
import org.conflictmap.events.DatePrecision;
import org.conflictmap.events.EventDate;
import org.conflictmap.events.EventExtractor;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Evidence;
import org.conflictmap.gazetteer.FixtureGazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesOneEvaluationLinePerDocument(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("corpus/docs"));
        Files.writeString(docs.resolve("a1.txt"), "Réfugiés left Mosul for Erbil.", StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("a1.json"), "{\"id\":\"a1\",\"published\":\"2014-06-12\"}");
        Files.writeString(docs.resolve("b2.txt"), "Nothing to see here.");
        Path outFile = dir.resolve("out.jsonl");

        int code = new ExtractCommand((t, p, m) -> List.of()).run(List.of("--corpus", dir.resolve("corpus").toString(),
                "--out", outFile.toString(), "--geodata", FixtureGazetteer.directory().toString()), print(out), print(err));

        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(outFile);
        assertThat(lines).hasSize(2);
        JsonNode first = JsonMapper.builder().build().readTree(lines.get(0));
        assertThat(first.get("doc_id").asString()).isEqualTo("a1");
        assertThat(first.get("published").asString()).isEqualTo("2014-06-12");
        JsonNode mosul = first.get("toponyms").get(0);
        assertThat(mosul.get("text").asString()).isEqualTo("Mosul");
        assertThat(mosul.get("start").asInt()).isEqualTo(14);
        assertThat(mosul.get("end").asInt()).isEqualTo(19);
        assertThat(mosul.get("geonameid").asLong()).isEqualTo(99072);
        assertThat(mosul.get("lat").asDouble()).isEqualTo(36.335);
        assertThat(first.get("events").isArray()).isTrue();
        JsonNode second = JsonMapper.builder().build().readTree(lines.get(1));
        assertThat(second.get("published").isNull()).isTrue();
        assertThat(second.get("toponyms").size()).isZero();
    }

    @Test
    void writesWhatThePluggedInEventExtractorFinds(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("corpus/docs"));
        Files.writeString(docs.resolve("c3.txt"), "Fighters captured Tikrit.");
        EventExtractor oneCapture = (text, published, mentions) -> List.of(new ConflictEvent(EventType.CAPTURE,
                "isis", null, mentions.get(0), null, new EventDate(LocalDate.of(2014, 6, 11), DatePrecision.DAY),
                0.8, new Evidence(0, text.length(), text)));
        Path outFile = dir.resolve("out.jsonl");

        new ExtractCommand(oneCapture).run(List.of("--corpus", dir.resolve("corpus").toString(), "--out",
                outFile.toString(), "--geodata", FixtureGazetteer.directory().toString()), print(out), print(err));

        JsonNode event = JsonMapper.builder().build().readTree(Files.readAllLines(outFile).get(0)).get("events").get(0);
        assertThat(event.get("type").asString()).isEqualTo("capture");
        assertThat(event.get("date_precision").asString()).isEqualTo("day");
        assertThat(event.get("place").get("name").asString()).isEqualTo("Tikrit");
        assertThat(event.get("origin").isNull()).isTrue();
        assertThat(event.get("evidence").get("text").asString()).isEqualTo("Fighters captured Tikrit.");
    }

    @Test
    void rejectsMissingOptionsAsUsageError() throws Exception {
        int code = new ExtractCommand((t, p, m) -> List.of()).run(List.of("--corpus"), print(out), print(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("usage: extract");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
