package org.conflictmap.features;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.geotools.api.filter.And;
import org.geotools.api.filter.BinaryComparisonOperator;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.Not;
import org.geotools.api.filter.Or;
import org.geotools.api.filter.PropertyIsBetween;
import org.geotools.api.filter.PropertyIsEqualTo;
import org.geotools.api.filter.PropertyIsGreaterThan;
import org.geotools.api.filter.PropertyIsGreaterThanOrEqualTo;
import org.geotools.api.filter.PropertyIsLessThan;
import org.geotools.api.filter.PropertyIsLessThanOrEqualTo;
import org.geotools.api.filter.PropertyIsNotEqualTo;
import org.geotools.api.filter.expression.Expression;
import org.geotools.api.filter.expression.Literal;
import org.geotools.api.filter.expression.PropertyName;

/**
 * Translates the parts of a {@code filter} that SQL evaluates exactly as GeoTools does: comparisons
 * and {@code BETWEEN} of a queryable backed by a NOT NULL column with a literal of its type (text only
 * with {@code =} and {@code <>}, since collations order text differently from Java), combined
 * with {@code AND}, {@code OR} and {@code NOT}. Of a top-level {@code AND}, the translatable conjuncts
 * go to the store and the rest stays in memory; anything else is translated whole or not at all.
 * Stateless; one {@link Translation} per call.
 */
final class SqlFilter {

    /**
     * @param sql      condition for the WHERE clause, or {@code null} when nothing could be translated
     * @param params   its named parameters
     * @param complete whether the condition is the whole filter (no evaluation in memory needed)
     */
    record Translation(String sql, Map<String, Object> params, boolean complete) {
    }

    private final Map<String, SqlColumn> columns;
    private final Map<String, Object> params = new LinkedHashMap<>();

    private SqlFilter(Map<String, SqlColumn> columns) {
        this.columns = columns;
    }

    static Translation translate(Filter filter, Map<String, SqlColumn> columns) {
        SqlFilter translator = new SqlFilter(columns);
        List<Filter> conjuncts = filter instanceof And and ? and.getChildren() : List.of(filter);
        List<String> parts = new ArrayList<>();
        boolean complete = true;
        for (Filter conjunct : conjuncts) {
            String sql = translator.exact(conjunct);
            if (sql == null) {
                complete = false;
            } else {
                parts.add("(" + sql + ")");
            }
        }
        return new Translation(parts.isEmpty() ? null : String.join(" AND ", parts), translator.params, complete);
    }

    private String exact(Filter filter) {
        if (filter == Filter.INCLUDE) {
            return "1 = 1";
        }
        if (filter == Filter.EXCLUDE) {
            return "1 = 0";
        }
        if (filter instanceof And and) {
            return join(and.getChildren(), " AND ");
        }
        if (filter instanceof Or or) {
            return join(or.getChildren(), " OR ");
        }
        if (filter instanceof Not not) {
            String inner = exact(not.getFilter());
            return inner == null ? null : "NOT (" + inner + ")";
        }
        if (filter instanceof PropertyIsBetween between) {
            SqlColumn column = column(between.getExpression());
            if (column != null && column.type() == String.class && !column.date()) {
                return null;
            }
            Object low = value(column, between.getLowerBoundary());
            Object high = value(column, between.getUpperBoundary());
            return low == null || high == null ? null
                    : column.expression() + " BETWEEN " + param(low) + " AND " + param(high);
        }
        if (filter instanceof BinaryComparisonOperator comparison) {
            SqlColumn column = column(comparison.getExpression1());
            String operator = operator(comparison);
            boolean text = column != null && column.type() == String.class && !column.date();
            if (text && (!comparison.isMatchingCase() || !"=".equals(operator) && !"<>".equals(operator))) {
                return null;
            }
            Object value = value(column, comparison.getExpression2());
            return operator == null || value == null ? null : column.expression() + " " + operator + " " + param(value);
        }
        return null;
    }

    private String join(List<Filter> children, String operator) {
        List<String> parts = new ArrayList<>();
        for (Filter child : children) {
            String sql = exact(child);
            if (sql == null) {
                return null;
            }
            parts.add("(" + sql + ")");
        }
        return String.join(operator, parts);
    }

    private static String operator(BinaryComparisonOperator comparison) {
        if (comparison instanceof PropertyIsEqualTo) {
            return "=";
        }
        if (comparison instanceof PropertyIsNotEqualTo) {
            return "<>";
        }
        if (comparison instanceof PropertyIsLessThan) {
            return "<";
        }
        if (comparison instanceof PropertyIsLessThanOrEqualTo) {
            return "<=";
        }
        if (comparison instanceof PropertyIsGreaterThan) {
            return ">";
        }
        return comparison instanceof PropertyIsGreaterThanOrEqualTo ? ">=" : null;
    }

    private SqlColumn column(Expression expression) {
        return expression instanceof PropertyName name ? columns.get(name.getPropertyName()) : null;
    }

    /** The literal as a value of the column's type, or {@code null} when it is not one. */
    private static Object value(SqlColumn column, Expression expression) {
        if (column == null || !(expression instanceof Literal literal) || literal.getValue() == null) {
            return null;
        }
        Object value = literal.getValue();
        if (column.date()) {
            try {
                return value instanceof String text && text.length() == 10 ? LocalDate.parse(text) : null;
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (column.type() == String.class) {
            return value instanceof String ? value : null;
        }
        if (column.type() == Boolean.class) {
            return value instanceof Boolean ? value : null;
        }
        return value instanceof Number number ? (column.type() == Long.class ? (Object) number.longValue()
                : (Object) number.doubleValue()) : null;
    }

    private String param(Object value) {
        String name = "filter" + params.size();
        params.put(name, value);
        return ":" + name;
    }
}
