package org.conflictmap.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * The two stores differ in a few statements (upserts); this names which one we talk to. Everything
 * else is written once in SQL both accept, including the spatial functions ST_MakePoint and ST_SetSRID.
 */
public enum SqlDialect {
    H2, POSTGRESQL;

    /** Reads the product name of the database behind the data source. */
    public static SqlDialect of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return H2;
            }
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            throw new IllegalStateException("unsupported database: " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the store", e);
        }
    }
}
