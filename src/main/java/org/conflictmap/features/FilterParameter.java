package org.conflictmap.features;

import java.util.Arrays;
import java.util.List;

import org.conflictmap.system.InvalidInputException;
import org.geotools.api.filter.Filter;
import org.geotools.data.DataUtilities;
import org.geotools.filter.text.cql2.CQLException;
import org.geotools.filter.text.ecql.ECQL;

/**
 * Parses {@code filter} (CQL2 text; GeoTools' ECQL parser, which reads the CQL2 text comparisons,
 * {@code AND}/{@code OR}/{@code NOT}, {@code LIKE}, {@code IN}, {@code BETWEEN}, {@code IS NULL} and the
 * spatial predicates such as {@code INTERSECTS(geometry, POLYGON(...))}) and {@code filter-lang}
 * (only {@code cql2-text}). Every property it names must be a queryable of the collection, and a
 * numeric one is compared with numbers only ({@link FilterTypeCheck}).
 */
final class FilterParameter {

    static final int MAX_LENGTH = 4000;
    static final int MAX_DEPTH = 40;

    private FilterParameter() {
    }

    static FeatureFilter parse(String raw, String lang, Queryables queryables) {
        if (lang != null && !Ogc.FILTER_LANG_CQL2_TEXT.equals(lang.strip())) {
            throw new InvalidInputException(Ogc.P_FILTER_LANG, "Only filter-lang=cql2-text is supported.");
        }
        if (raw.length() > MAX_LENGTH) {
            throw new InvalidInputException(Ogc.P_FILTER, "The filter is longer than " + MAX_LENGTH + " characters.");
        }
        if (depth(raw) > MAX_DEPTH) {
            throw new InvalidInputException(Ogc.P_FILTER, "The filter nests parentheses deeper than " + MAX_DEPTH + ".");
        }
        Filter filter;
        try {
            filter = ECQL.toFilter(raw);
        } catch (CQLException | RuntimeException e) {
            throw new InvalidInputException(Ogc.P_FILTER, "The filter is not valid CQL2 text: " + firstLine(e));
        } catch (StackOverflowError e) {
            throw new InvalidInputException(Ogc.P_FILTER, "The filter is too deeply nested.");
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Error e) {
            // GeoTools' generated parser signals some malformed text with Error: a backslash-u escape
            // without four hex digits, a polygon without its parentheses (an assert)
            throw new InvalidInputException(Ogc.P_FILTER, "The filter is not valid CQL2 text.");
        }
        List<String> unknown = Arrays.stream(DataUtilities.attributeNames(filter))
                .filter(name -> !queryables.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(Ogc.P_FILTER, "Not queryable here: " + String.join(", ", unknown)
                    + "; see the collection's queryables.");
        }
        ExpressionDepthCheck.check(filter);
        FilterTypeCheck.check(filter, queryables);
        return new FeatureFilter(raw, filter, queryables);
    }

    private static int depth(String text) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                max = Math.max(max, ++depth);
            } else if (c == ')') {
                depth--;
            }
        }
        return max;
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage()).strip();
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
