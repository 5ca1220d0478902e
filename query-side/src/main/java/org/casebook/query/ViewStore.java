package org.casebook.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.casebook.journal.json.JournalJson;
import org.casebook.journal.store.PageOfDocuments;

/**
 * A MongoDB collection of one view's documents, each the view record's JSON plus its {@code _id}. Reads by id and
 * by lists of ids are exact-key lookups, fast on the embedded store too.
 */
public final class ViewStore<T extends Positioned> {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private static final ObjectMapper MAPPER = JournalJson.newMapper();

    private final ViewCollections collections;
    private final String name;
    private final Class<T> type;

    public ViewStore(ViewCollections collections, String name, Class<T> type) {
        this.collections = collections;
        this.name = name;
        this.type = type;
    }

    /** The document {@code id}, as this thread's open batch of {@link ViewWrites} left it, if one is open. */
    public Optional<T> find(String id) {
        return ViewWrites.read(collection(), id, type, this::read);
    }

    /** The stored documents with the given ids that exist, in no particular order. */
    public List<T> findAll(Collection<String> ids) {
        return readAll(collection().find(new Document("_id", new Document("$in", List.copyOf(ids)))));
    }

    public List<T> query(Bson filter, Bson sort, int skip, int limit) {
        return readAll(collection().find(filter).sort(sort).skip(skip).limit(limit));
    }

    public long count(Bson filter) {
        return collection().countDocuments(filter);
    }

    /** One page of a listing with the number of documents that match: read together, so they always agree. */
    public record Page<T>(List<T> items, long total) {
    }

    /**
     * The documents matching {@code filter}, sorted, from {@code skip} and at most {@code limit} of them, and how
     * many match in all, from one state of the view: a query and a count apart would see it before and after a
     * batch of its processor (a page of 3 items with a total of 2). One aggregation reads both
     * ({@link PageOfDocuments}: one state on MongoDB), while this process sends no writes to the view
     * ({@link ViewWrites#readingOneState}: the embedded store loads each document apart).
     */
    public Page<T> page(Bson filter, Bson sort, int skip, int limit) {
        PageOfDocuments found = ViewWrites.readingOneState(
                collection(), () -> PageOfDocuments.read(collection(), filter, sort, skip, limit));
        List<T> items = new ArrayList<>();
        for (Document document : found.items()) {
            items.add(read(document));
        }
        return new Page<>(items, found.total());
    }

    /**
     * Folds the entry at journal {@code position} into the document {@code id} (null before its first entry),
     * unless the document already reflects it: an event seen again after a restart changes nothing.
     */
    public void fold(String id, long position, UnaryOperator<T> fold) {
        T current = find(id).orElse(null);
        if (current != null && current.position() >= position) {
            return;
        }
        save(id, fold.apply(current));
    }

    /** Writes the document {@code id}, at the end of this thread's open batch of {@link ViewWrites} if one is open. */
    public void save(String id, T view) {
        ViewWrites.write(collection(), id, view, () -> document(view));
    }

    public MongoCollection<Document> collection() {
        return collections.collection(name);
    }

    private List<T> readAll(FindIterable<Document> documents) {
        List<T> views = new ArrayList<>();
        for (Document document : documents) {
            views.add(read(document));
        }
        return views;
    }

    private static Document document(Object view) {
        return new Document(MAPPER.convertValue(view, FIELDS));
    }

    private T read(Document document) {
        document.remove("_id");
        try {
            return MAPPER.convertValue(document, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot read " + type.getSimpleName() + " from the view store", e);
        }
    }
}
