package org.conflictmap.features;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.conflictmap.system.ConflictMapProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Names of first-level divisions (GeoNames admin1: governorates, provinces, states) by country code
 * and admin1 code, from {@code <conflictmap.geodata>/gazetteer/admin1.tsv} (the gazetteer's columns;
 * rows of kind {@code admin1}). Read once, on first use; when the file is absent every name is empty
 * and the log says so. Thread-safe.
 */
@Component
class Admin1Names {

    static final String FILE = "gazetteer/admin1.tsv";
    private static final Logger log = LoggerFactory.getLogger(Admin1Names.class);

    private final Resource file;
    private volatile Map<String, String> names;

    @Autowired
    Admin1Names(ConflictMapProperties properties, ResourceLoader resources) {
        this(resources.getResource((properties.geodata().endsWith("/") ? properties.geodata()
                : properties.geodata() + "/") + FILE));
    }

    Admin1Names(Resource file) {
        this.file = file;
    }

    /** The division's name, or empty when the codes are empty or unknown. */
    String name(String countryCode, String admin1Code) {
        if (countryCode == null || admin1Code == null || admin1Code.isBlank()) {
            return "";
        }
        return names().getOrDefault(countryCode + "." + admin1Code, "");
    }

    private Map<String, String> names() {
        Map<String, String> read = names;
        if (read == null) {
            read = read();
            names = read;
        }
        return read;
    }

    private Map<String, String> read() {
        if (!file.exists()) {
            log.warn("no admin1 names at {}: the admin1 column of exports stays empty", file);
            return Map.of();
        }
        Map<String, String> byCode = new HashMap<>();
        CSVFormat tsv = CSVFormat.TDF.builder().setQuote(null).setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : tsv.parse(in)) {
                if (row.isConsistent() && "admin1".equals(row.get("kind")) && !row.get("admin1").isEmpty()) {
                    byCode.putIfAbsent(row.get("country") + "." + row.get("admin1"), row.get("name"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return Map.copyOf(byCode);
    }
}
