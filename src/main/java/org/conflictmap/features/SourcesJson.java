package org.conflictmap.features;

import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** Parses the JSON {@code sources} column of control intervals into plain lists and maps. */
@Component
class SourcesJson {

    private final ObjectMapper json;

    SourcesJson(ObjectMapper json) {
        this.json = json;
    }

    /** The parsed array; a value that is not valid JSON is kept as one string, so no evidence is lost. */
    Object parse(String sources) {
        if (sources == null || sources.isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(sources, Object.class);
        } catch (JacksonException e) {
            return List.of(sources);
        }
    }
}
