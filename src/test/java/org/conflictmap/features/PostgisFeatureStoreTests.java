package org.conflictmap.features;

import javax.sql.DataSource;

import org.conflictmap.persistence.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;

@Tag("postgis")
class PostgisFeatureStoreTests extends FeatureStoreContract {

    private TestStores.TestDatabase database;

    @Override
    DataSource store() {
        database = TestStores.postgis();
        return database.dataSource();
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
