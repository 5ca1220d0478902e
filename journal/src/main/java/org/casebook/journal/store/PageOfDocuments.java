package org.casebook.journal.store;

import java.util.List;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * One page of a listing and the number of documents that match, read together in one aggregation ({@code $facet}),
 * so that both come from one state of the collection: a query and a count sent apart would see it before and
 * after a write (a page of 3 items with a total of 2). Every listing with a total reads it this way: the views
 * ({@code ViewStore.page}) and the access log.
 */
public record PageOfDocuments(List<Document> items, long total) {

    /** The documents matching {@code filter}, sorted, from {@code skip} and at most {@code limit}, and how many match. */
    public static PageOfDocuments read(MongoCollection<Document> collection, Bson filter, Bson sort, int skip,
                                       int limit) {
        Document pageAndTotal = new Document("$facet", new Document()
                .append("items", List.of(new Document("$sort", sort), new Document("$skip", skip),
                                         new Document("$limit", limit)))
                .append("total", List.of(new Document("$count", "n"))));
        Document result = collection.aggregate(List.of(new Document("$match", filter), pageAndTotal)).first();
        List<Document> total = result.getList("total", Document.class);
        return new PageOfDocuments(result.getList("items", Document.class),
                                   total.isEmpty() ? 0 : ((Number) total.get(0).get("n")).longValue());
    }
}
