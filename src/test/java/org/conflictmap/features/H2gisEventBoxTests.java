package org.conflictmap.features;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.conflictmap.persistence.TestStores;
import org.junit.jupiter.api.io.TempDir;

class H2gisEventBoxTests extends EventBoxContract {

    @TempDir
    Path dir;

    @Override
    DataSource store() {
        return TestStores.h2(dir);
    }
}
