package org.conflictmap.features;

import javax.sql.DataSource;

import org.conflictmap.persistence.PostgisDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("postgis")
class PostgisEventBoxTests extends EventBoxContract {

    @RegisterExtension
    final PostgisDatabases databases = new PostgisDatabases();

    @Override
    DataSource store() {
        return databases.create();
    }
}
