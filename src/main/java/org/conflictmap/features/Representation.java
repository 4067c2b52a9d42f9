package org.conflictmap.features;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.conflictmap.system.InvalidInputException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * JSON or HTML: from {@code f=json|html} when given, else from the {@code Accept} header (HTML only
 * when the client prefers {@code text/html} to every JSON type, as browsers do), else JSON.
 */
enum Representation {
    JSON, HTML;

    static Representation of(String f, String accept) {
        if (f != null) {
            return switch (f.strip()) {
                case "json", "geojson" -> JSON;
                case "html" -> HTML;
                default -> throw new InvalidInputException(Ogc.P_FORMAT, "'f' must be json or html.");
            };
        }
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        try {
            List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accept));
            types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
            for (MediaType type : types) {
                if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()) {
                    return HTML;
                }
                if (type.getSubtype().endsWith("json") || type.isWildcardType()) {
                    return JSON;
                }
            }
        } catch (InvalidMediaTypeException e) {
            return JSON;
        }
        return JSON;
    }
}
