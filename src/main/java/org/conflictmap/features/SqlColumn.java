package org.conflictmap.features;

/**
 * The store column behind a queryable, so a {@code filter} on it can be evaluated in SQL.
 *
 * @param expression SQL expression, for example {@code e.confidence}
 * @param type       Java type of the queryable ({@code String}, {@code Double}, {@code Long}, {@code Boolean})
 * @param date       whether the column is a SQL {@code DATE} (the queryable is its ISO string)
 */
record SqlColumn(String expression, Class<?> type, boolean date) {

    static SqlColumn text(String expression) {
        return new SqlColumn(expression, String.class, false);
    }

    static SqlColumn number(String expression) {
        return new SqlColumn(expression, Double.class, false);
    }

    static SqlColumn day(String expression) {
        return new SqlColumn(expression, String.class, true);
    }
}
