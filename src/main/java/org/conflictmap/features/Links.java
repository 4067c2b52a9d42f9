package org.conflictmap.features;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Absolute links of the current request's service, as OGC API link objects. */
final class Links {

    private Links() {
    }

    /** {@code base + path}, for example {@code http://localhost:8080/ogc/collections}. */
    static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
    }

    /**
     * The current request (path and every query parameter, form-encoded) with one parameter replaced,
     * or removed when {@code value} is null.
     */
    static String current(String param, Object value) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            if (!p.getKey().equals(param)) {
                for (String v : p.getValue()) {
                    append(query, p.getKey(), v);
                }
            }
        }
        if (value != null) {
            append(query, param, value.toString());
        }
        UriComponentsBuilder builder = ServletUriComponentsBuilder.fromCurrentRequestUri();
        return builder.replaceQuery(query.isEmpty() ? null : query.toString()).build(true).toUriString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    static ObjectNode add(ArrayNode links, String href, String rel, String type, String title) {
        ObjectNode link = links.addObject();
        link.put("href", href);
        link.put("rel", rel);
        link.put("type", type);
        if (title != null) {
            link.put("title", title);
        }
        return link;
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }
}
