package org.conflictmap.features;

import java.util.Map;

import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;

/**
 * A plain server-rendered HTML view of any JSON document of the API: links as anchors, features as a
 * table, other objects as definition lists. Every text is HTML-escaped; only http(s) and
 * root-relative links become anchors. Stateless.
 */
final class HtmlPage {

    private HtmlPage() {
    }

    static String render(String title, JsonNode document) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title><style>body{font-family:sans-serif;margin:1.5em}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;"
                        + "vertical-align:top;font-size:90%}dt{font-weight:bold}</style></head><body><h1>")
                .append(esc(title)).append("</h1>");
        node(html, document);
        return html.append("</body></html>").toString();
    }

    private static void node(StringBuilder html, JsonNode node) {
        if (node.isObject()) {
            object(html, node);
        } else if (node.isArray()) {
            html.append("<ol>");
            for (JsonNode item : node) {
                html.append("<li>");
                node(html, item);
                html.append("</li>");
            }
            html.append("</ol>");
        } else {
            scalar(html, node.isNull() ? "" : node.asString());
        }
    }

    private static void object(StringBuilder html, JsonNode node) {
        html.append("<dl>");
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            html.append("<dt>").append(esc(field.getKey())).append("</dt><dd>");
            if (field.getKey().equals("links") && field.getValue().isArray()) {
                links(html, field.getValue());
            } else if (field.getKey().equals("features") && field.getValue().isArray()) {
                features(html, field.getValue());
            } else {
                node(html, field.getValue());
            }
            html.append("</dd>");
        }
        html.append("</dl>");
    }

    private static void links(StringBuilder html, JsonNode links) {
        html.append("<ul>");
        for (JsonNode link : links) {
            String title = link.path("title").asString(link.path("rel").asString(""));
            html.append("<li>");
            anchor(html, link.path("href").asString(""), title);
            html.append(" (").append(esc(link.path("rel").asString(""))).append(", ")
                    .append(esc(link.path("type").asString(""))).append(")</li>");
        }
        html.append("</ul>");
    }

    private static void features(StringBuilder html, JsonNode features) {
        html.append("<table><tr><th>id</th><th>geometry</th><th>properties</th></tr>");
        for (JsonNode feature : features) {
            JsonNode geometry = feature.path("geometry");
            html.append("<tr><td>").append(esc(feature.path("id").asString(""))).append("</td><td>")
                    .append(esc(geometry.path("type").asString(""))).append(' ');
            if ("Point".equals(geometry.path("type").asString(""))) {
                html.append(esc(geometry.path("coordinates").toString()));
            }
            html.append("</td><td>");
            object(html, feature.path("properties"));
            html.append("</td></tr>");
        }
        html.append("</table>");
    }

    private static void scalar(StringBuilder html, String text) {
        if (text.startsWith("http://") || text.startsWith("https://")) {
            anchor(html, text, text);
        } else {
            html.append(esc(text));
        }
    }

    private static void anchor(StringBuilder html, String href, String text) {
        boolean safe = href.startsWith("http://") || href.startsWith("https://")
                || (href.startsWith("/") && !href.startsWith("//"));
        if (safe) {
            html.append("<a href=\"").append(esc(href)).append("\">").append(esc(text)).append("</a>");
        } else {
            html.append(esc(text));
        }
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
