package org.casebook.query;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Which generation of each view is live. A view's collections are named after it ({@code view_board}, then
 * {@code view_board_g2}, ...); a rebuild fills the next generation while the live one keeps serving, then
 * {@link #activate activates} it.
 */
@Component
public class ViewGenerations {

    static final String COLLECTION = "view_generations";

    private final MongoDatabase database;
    private final MongoCollection<Document> generations;
    private final Map<String, Integer> live = new ConcurrentHashMap<>();

    public ViewGenerations(MongoDatabase database) {
        this.database = database;
        this.generations = database.getCollection(COLLECTION);
        for (Document generation : generations.find()) {
            live.put(generation.getString("_id"), ((Number) generation.get("generation")).intValue());
        }
    }

    public int live(String view) {
        return live.getOrDefault(view, 1);
    }

    /** The live generation's collections of a view, as they are at each use. */
    public ViewCollections liveCollections(String view) {
        return name -> database.getCollection(name(name, live(view)));
    }

    public ViewCollections collections(int generation) {
        return name -> database.getCollection(name(name, generation));
    }

    public void activate(String view, int generation) {
        generations.replaceOne(new Document("_id", view),
                               new Document("_id", view).append("generation", generation),
                               new ReplaceOptions().upsert(true));
        live.put(view, generation);
    }

    /** Drops the collections of one generation of a view. */
    public void drop(List<String> names, int generation) {
        names.forEach(name -> database.getCollection(name(name, generation)).drop());
    }

    static String name(String name, int generation) {
        return generation <= 1 ? name : name + "_g" + generation;
    }
}
