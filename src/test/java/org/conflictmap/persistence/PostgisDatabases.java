package org.conflictmap.persistence;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Hands out throwaway PostGIS databases ({@link TestStores#postgis()}) and drops them after each
 * test. Register with {@code @RegisterExtension}.
 */
public final class PostgisDatabases implements AfterEachCallback {

    private final List<TestStores.TestDatabase> open = new ArrayList<>();

    /** A fresh migrated database, dropped after the current test. */
    public DataSource create() {
        TestStores.TestDatabase database = TestStores.postgis();
        open.add(database);
        return database.dataSource();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        open.forEach(TestStores.TestDatabase::close);
        open.clear();
    }
}
