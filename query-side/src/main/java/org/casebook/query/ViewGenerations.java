package org.casebook.query;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Which generation of each view is live. A view's collections are named after it ({@code view_board}, then
 * {@code view_board_g2}, ...); a rebuild fills the next generation while the live one keeps serving, then
 * {@link #activate activates} it. Every node reads which is live from the store: a view's processors at each batch,
 * its queries once the generation they know is older than {@link #KEPT}, so that a rebuild on another node is followed
 * within that time (the rebuild drops the old generation only later, {@code RebuildLeases}).
 */
@Component
public class ViewGenerations {

    static final String COLLECTION = "view_generations";
    /** How long a node's queries go on with the live generation they read before they read it again. */
    public static final Duration KEPT = Duration.ofMillis(250);

    private record Known(int generation, long readAt) {
    }

    private final MongoDatabase database;
    private final MongoCollection<Document> generations;
    private final Map<String, Known> live = new ConcurrentHashMap<>();

    public ViewGenerations(MongoDatabase database) {
        this.database = database;
        this.generations = database.getCollection(COLLECTION);
    }

    public int live(String view) {
        Known known = live.get(view);
        if (known == null || System.nanoTime() - known.readAt() > KEPT.toNanos()) {
            read(view);
            known = live.get(view);
        }
        return known.generation();
    }

    /** The live generation of {@code view} as the store holds it now: a rebuild must not go by a stale one. */
    public int liveNow(String view) {
        read(view);
        return live.get(view).generation();
    }

    /** The view's document (which generation is live, and its latest rebuild), read now; the live one noted. */
    Document read(String view) {
        Document found = generations.find(new Document("_id", view)).first();
        Document document = found != null ? found : new Document("_id", view);
        Object generation = document.get("generation");
        live.put(view, new Known(generation instanceof Number number ? number.intValue() : 1, System.nanoTime()));
        return document;
    }

    MongoCollection<Document> documents() {
        return generations;
    }

    MongoDatabase database() {
        return database;
    }

    /** The live generation's collections of a view, as they are at each use. */
    public ViewCollections liveCollections(String view) {
        return name -> database.getCollection(name(name, live(view)));
    }

    public ViewCollections collections(int generation) {
        return name -> database.getCollection(name(name, generation));
    }

    /** Makes {@code generation} the live one, if {@code rebuild} (a filter on the view's document) still holds. */
    public boolean activate(String view, int generation, Bson rebuild) {
        boolean done = generations.updateOne(Filters.and(Filters.eq("_id", view), rebuild),
                                             Updates.set("generation", generation)).getModifiedCount() == 1;
        read(view);
        return done;
    }

    /** Drops the collections of one generation of a view. */
    public void drop(List<String> names, int generation) {
        names.forEach(name -> database.getCollection(name(name, generation)).drop());
    }

    static String name(String name, int generation) {
        return generation <= 1 ? name : name + "_g" + generation;
    }
}
