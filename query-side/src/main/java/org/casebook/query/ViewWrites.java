package org.casebook.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

/**
 * The view documents written while a batch of events is handled on this thread, held back and sent at the end of
 * the batch, one bulk write per collection. A case that several events of the batch touch is written once, and
 * read back from here in between. Reads see these writes only through {@link #find}. Documents keyed by the
 * batch's cases are read for all of them in one query, the first time one of them is asked for.
 *
 * <p>Whoever opens a batch flushes it before the batch counts as handled (before its tracking token is stored),
 * so nothing a view acknowledged is lost; a batch that fails is dropped and handled again.
 */
public final class ViewWrites implements AutoCloseable {

    private static final ThreadLocal<ViewWrites> OPEN = new ThreadLocal<>();
    /**
     * Per collection (by namespace), in this process: sending writes to it holds the write lock, reading one state
     * of it ({@link #readingOneState}) the read lock. A bulk write is not atomic, and the embedded store loads each
     * document after matching it, so a listing read while a batch is sent could mix the view before and after it.
     */
    private static final Map<String, ReadWriteLock> SENDING = new ConcurrentHashMap<>();
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private record Write(Object value, Supplier<Document> document) {
    }

    private final Set<String> cases;
    private final Map<String, MongoCollection<Document>> collections = new LinkedHashMap<>();
    private final Map<String, Map<String, Write>> pending = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> readAhead = new HashMap<>();

    private ViewWrites(Set<String> cases) {
        this.cases = cases;
    }

    /** Starts holding back this thread's view writes until {@link #flush}; {@link #close} stops it. */
    public static ViewWrites open() {
        return open(Set.of());
    }

    /** As {@link #open()}, for a batch of events of the given cases. */
    public static ViewWrites open(Set<String> cases) {
        if (OPEN.get() != null) {
            throw new IllegalStateException("view writes are already held back on this thread");
        }
        ViewWrites writes = new ViewWrites(Set.copyOf(cases));
        OPEN.set(writes);
        return writes;
    }

    /** The writes held back on this thread, if a batch is open. */
    public static Optional<ViewWrites> current() {
        return Optional.ofNullable(OPEN.get());
    }

    /**
     * Writes document {@code id} of {@code collection} now, or holds it back if a batch is open on this thread
     * (sent at its {@link #flush}).
     */
    public static void write(MongoCollection<Document> collection, String id, Object value,
                             Supplier<Document> document) {
        ViewWrites batch = OPEN.get();
        if (batch != null) {
            batch.put(collection, id, value, document);
            return;
        }
        Document stored = document.get();
        stored.put("_id", id);
        Lock sending = sendingTo(collection.getNamespace().getFullName()).writeLock();
        sending.lock();
        try {
            collection.replaceOne(new Document("_id", id), stored, UPSERT);
        } finally {
            sending.unlock();
        }
    }

    /**
     * What {@code read} reads of {@code collection} while no writes are sent to it from this process: several
     * reads (a page and its total) then see one state of the view.
     */
    public static <R> R readingOneState(MongoCollection<Document> collection, Supplier<R> read) {
        Lock reading = sendingTo(collection.getNamespace().getFullName()).readLock();
        reading.lock();
        try {
            return read.get();
        } finally {
            reading.unlock();
        }
    }

    private static ReadWriteLock sendingTo(String namespace) {
        return SENDING.computeIfAbsent(namespace, name -> new ReentrantReadWriteLock());
    }

    /**
     * Document {@code id} of {@code collection} read by {@code reader}: as this thread's open batch left it (see
     * {@link #find}), or as stored when no batch is open.
     */
    public static <V> Optional<V> read(MongoCollection<Document> collection, String id, Class<V> type,
                                       Function<Document, V> reader) {
        ViewWrites batch = OPEN.get();
        if (batch != null) {
            return batch.find(collection, id, type, reader);
        }
        return Optional.ofNullable(collection.find(new Document("_id", id)).first()).map(reader);
    }

    /**
     * Holds back the write of document {@code id}: {@code value} is what {@link #get} returns until then, and
     * {@code document} makes the stored form when it is sent.
     */
    private void put(MongoCollection<Document> collection, String id, Object value, Supplier<Document> document) {
        String namespace = collection.getNamespace().getFullName();
        collections.putIfAbsent(namespace, collection);
        pending.computeIfAbsent(namespace, name -> new LinkedHashMap<>()).put(id, new Write(value, document));
    }

    /** The value held back for document {@code id}, if any. */
    public <V> Optional<V> get(MongoCollection<Document> collection, String id, Class<V> type) {
        Map<String, Write> writes = pending.get(collection.getNamespace().getFullName());
        Write write = writes == null ? null : writes.get(id);
        return write == null ? Optional.empty() : Optional.of(type.cast(write.value()));
    }

    /**
     * Document {@code id} as this batch left it: the value held back for it, or else the stored document, read by
     * {@code reader}. A document keyed by one of the batch's cases is read with those of all its cases.
     */
    public <V> Optional<V> find(MongoCollection<Document> collection, String id, Class<V> type,
                                Function<Document, V> reader) {
        Optional<V> held = get(collection, id, type);
        if (held.isPresent()) {
            return held;
        }
        if (!cases.contains(id)) {
            return Optional.ofNullable(collection.find(new Document("_id", id)).first()).map(reader);
        }
        Map<String, Object> read = readAhead.computeIfAbsent(collection.getNamespace().getFullName(), namespace -> {
            Map<String, Object> found = new HashMap<>();
            for (Document document : collection.find(new Document("_id", new Document("$in", List.copyOf(cases))))) {
                found.put(document.getString("_id"), reader.apply(document));
            }
            return found;
        });
        return Optional.ofNullable(read.get(id)).map(type::cast);
    }

    /** Sends every write held back, in the order the collections were first written. */
    public void flush() {
        for (Map.Entry<String, Map<String, Write>> writes : pending.entrySet()) {
            List<WriteModel<Document>> models = new ArrayList<>(writes.getValue().size());
            writes.getValue().forEach((id, write) -> {
                Document document = write.document().get();
                document.put("_id", id);
                models.add(new ReplaceOneModel<>(new Document("_id", id), document, UPSERT));
            });
            Lock sending = sendingTo(writes.getKey()).writeLock();
            sending.lock();
            try {
                collections.get(writes.getKey()).bulkWrite(models, new BulkWriteOptions().ordered(true));
            } finally {
                sending.unlock();
            }
        }
        pending.clear();
        readAhead.clear();
    }

    /** Stops holding back writes on this thread; what was not flushed is dropped. */
    @Override
    public void close() {
        pending.clear();
        readAhead.clear();
        OPEN.remove();
    }
}
