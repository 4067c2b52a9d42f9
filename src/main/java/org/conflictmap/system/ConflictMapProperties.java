package org.conflictmap.system;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code conflictmap.*}: application-wide settings.
 *
 * @param dataDir    directory for the embedded store and local state (the hashed admin token)
 * @param geodata    location of the reference data: a directory ({@code file:} prefix optional) or
 *                   {@code classpath:geodata/}, the copy inside the jar
 * @param adminToken      the admin bearer token; empty to generate one at first start
 * @param maxRequestBytes largest request body accepted at all (413 above), bounding memory per request
 */
@ConfigurationProperties("conflictmap")
public record ConflictMapProperties(Path dataDir, String geodata, String adminToken, long maxRequestBytes) {

    /** The geodata directory on the file system, or empty when geodata is the copy inside the jar. */
    public Optional<Path> geodataDirectory() {
        if (geodata == null || geodata.isBlank() || geodata.startsWith("classpath:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(geodata.startsWith("file:") ? geodata.substring("file:".length()) : geodata));
    }
}
