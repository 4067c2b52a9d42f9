package org.conflictmap.territory;

import javax.sql.DataSource;

import org.conflictmap.persistence.PostgisDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("postgis")
class PostgisPipelineStoreTests extends PipelineStoreContract {

    @RegisterExtension
    final PostgisDatabases databases = new PostgisDatabases();

    @Override
    DataSource store() {
        return databases.create();
    }
}
