package org.conflictmap.ingest;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.conflictmap.persistence.TestStores;
import org.junit.jupiter.api.io.TempDir;

class H2gisArticleRepositoryTests extends ArticleRepositoryContract {

    @TempDir
    Path dir;

    @Override
    DataSource store() {
        return TestStores.h2(dir);
    }
}
