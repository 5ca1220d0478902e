package org.casebook.journal.store;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, with the same maps on the same file, opened on faster types: its unique indexes
 * (among them every {@code _id} index) on {@link SerializedKeyType}, so a key lookup no longer serializes both keys
 * at every step of its binary search; and every collection's documents on {@link BsonDocumentType}, so they are
 * stored as BSON instead of Java-serialized.
 */
final class IndexedH2Backend extends H2Backend {

    IndexedH2Backend(MVStore store) {
        super(store);
    }

    /**
     * The map that holds a collection's documents by {@code _id} (named as H2Database names it), opened as BSON: the
     * library gets that open map when it opens the collection, since an MVStore hands out a map once opened.
     */
    static MVMap<Object, Object> documents(MVStore store, String databaseName, String collectionName) {
        return store.openMap("databases." + databaseName + "." + collectionName,
                             new MVMap.Builder<Object, Object>().valueType(BsonDocumentType.INSTANCE));
    }

    /** The name of the map that holds a unique index's keys and the {@code _id} of each, as H2Database names it. */
    static String indexMapName(String databaseName, String collectionName, String indexName) {
        return databaseName + "." + collectionName + "._index_" + indexName;
    }

    /** A unique index's map, opened with {@link SerializedKeyType} (see {@link #documents}). */
    static MVMap<Object, Object> index(MVStore store, String databaseName, String collectionName, String indexName) {
        return store.openMap(indexMapName(databaseName, collectionName, indexName),
                             new MVMap.Builder<Object, Object>().keyType(SerializedKeyType.INSTANCE));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, IndexedH2Backend.this.getMvStore(), IndexedH2Backend.this.getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            documents(getMvStore(), getDatabaseName(), collectionName);
            return super.openOrCreateCollection(collectionName, options);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            index(getMvStore(), getDatabaseName(), collectionName, indexName);
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
    }
}
