package org.conflictmap.features;

import org.conflictmap.system.InvalidInputException;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.expression.Add;
import org.geotools.api.filter.expression.BinaryExpression;
import org.geotools.api.filter.expression.Divide;
import org.geotools.api.filter.expression.Function;
import org.geotools.api.filter.expression.Multiply;
import org.geotools.api.filter.expression.Subtract;
import org.geotools.filter.visitor.DefaultFilterVisitor;

/**
 * Refuses a {@code filter} whose arithmetic or function calls nest deeper than {@link #MAX_DEPTH}.
 * GeoTools evaluates each operand of an arithmetic expression twice, so {@code 1-1-1-...-1} with a
 * few dozen terms (no parentheses needed) takes exponential time: one request would keep a core
 * busy for hours (found by fuzzing). Stateless.
 */
final class ExpressionDepthCheck extends DefaultFilterVisitor {

    static final int MAX_DEPTH = 8;

    private ExpressionDepthCheck() {
    }

    /** @throws InvalidInputException naming {@code filter} when expressions nest too deeply */
    static void check(Filter filter) {
        filter.accept(new ExpressionDepthCheck(), 0);
    }

    @Override
    public Object visit(Add expression, Object depth) {
        return nested(expression, depth);
    }

    @Override
    public Object visit(Subtract expression, Object depth) {
        return nested(expression, depth);
    }

    @Override
    public Object visit(Multiply expression, Object depth) {
        return nested(expression, depth);
    }

    @Override
    public Object visit(Divide expression, Object depth) {
        return nested(expression, depth);
    }

    @Override
    public Object visit(Function function, Object depth) {
        int inner = deeper(depth);
        function.getParameters().forEach(parameter -> parameter.accept(this, inner));
        return depth;
    }

    private Object nested(BinaryExpression expression, Object depth) {
        int inner = deeper(depth);
        expression.getExpression1().accept(this, inner);
        expression.getExpression2().accept(this, inner);
        return depth;
    }

    private static int deeper(Object depth) {
        int inner = (depth instanceof Integer d ? d : 0) + 1;
        if (inner > MAX_DEPTH) {
            throw new InvalidInputException(Ogc.P_FILTER, "The filter nests arithmetic or function calls deeper than "
                    + MAX_DEPTH + ".");
        }
        return inner;
    }
}
