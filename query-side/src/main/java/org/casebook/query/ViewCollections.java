package org.casebook.query;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

/** Where a view keeps its collections: resolved on each use, so that a rebuilt generation can take over live. */
@FunctionalInterface
public interface ViewCollections {

    MongoCollection<Document> collection(String name);
}
