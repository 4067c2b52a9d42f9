package org.conflictmap.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code conflictmap.*}: application-wide settings.
 *
 * @param dataDir    directory for the embedded store and local state (the hashed admin token)
 * @param geodata    location of the reference data, a directory or {@code classpath:geodata/}
 * @param adminToken      the admin bearer token; empty to generate one at first start
 * @param maxRequestBytes largest request body accepted at all (413 above), bounding memory per request
 */
@ConfigurationProperties("conflictmap")
public record ConflictMapProperties(Path dataDir, String geodata, String adminToken, long maxRequestBytes) {
}
