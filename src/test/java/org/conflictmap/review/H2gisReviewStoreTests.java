package org.conflictmap.review;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.conflictmap.persistence.TestStores;
import org.junit.jupiter.api.io.TempDir;

class H2gisReviewStoreTests extends ReviewStoreContract {

    @TempDir
    Path dir;

    @Override
    DataSource store() {
        return TestStores.h2(dir);
    }
}
