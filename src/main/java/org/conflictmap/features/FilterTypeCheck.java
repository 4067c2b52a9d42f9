package org.conflictmap.features;

import org.conflictmap.system.InvalidInputException;
import org.geotools.api.filter.BinaryComparisonOperator;
import org.geotools.api.filter.BinaryLogicOperator;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.Not;
import org.geotools.api.filter.PropertyIsBetween;
import org.geotools.api.filter.expression.Expression;
import org.geotools.api.filter.expression.Literal;
import org.geotools.api.filter.expression.PropertyName;

/**
 * Refuses a {@code filter} that compares a numeric queryable with a literal that is not a number
 * ({@code confidence > 'high'}). GeoTools would evaluate such a comparison to false on every feature,
 * so the client would get an empty page instead of learning that the filter is wrong; CQL2 calls the
 * comparison invalid. Stateless.
 */
final class FilterTypeCheck {

    private FilterTypeCheck() {
    }

    /** @throws InvalidInputException naming {@code filter} on the first such comparison */
    static void check(Filter filter, Queryables queryables) {
        if (filter instanceof BinaryLogicOperator logic) {
            logic.getChildren().forEach(child -> check(child, queryables));
        } else if (filter instanceof Not not) {
            check(not.getFilter(), queryables);
        } else if (filter instanceof BinaryComparisonOperator comparison) {
            compare(comparison.getExpression1(), comparison.getExpression2(), queryables);
            compare(comparison.getExpression2(), comparison.getExpression1(), queryables);
        } else if (filter instanceof PropertyIsBetween between) {
            compare(between.getExpression(), between.getLowerBoundary(), queryables);
            compare(between.getExpression(), between.getUpperBoundary(), queryables);
        }
    }

    private static void compare(Expression property, Expression value, Queryables queryables) {
        if (!(property instanceof PropertyName name) || !(value instanceof Literal literal)) {
            return;
        }
        Class<?> type = queryables.properties().get(name.getPropertyName());
        if (type == null || !Number.class.isAssignableFrom(type) || isNumber(literal.getValue())) {
            return;
        }
        throw new InvalidInputException(Ogc.P_FILTER, "'" + name.getPropertyName() + "' is a number; compare it "
                + "with a number, not '" + shown(literal.getValue()) + "'.");
    }

    private static boolean isNumber(Object value) {
        if (value == null || value instanceof Number) {
            return true;
        }
        try {
            return Double.isFinite(Double.parseDouble(value.toString().strip()));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
