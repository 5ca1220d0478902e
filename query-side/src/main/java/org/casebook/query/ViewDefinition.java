package org.casebook.query;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import org.casebook.journal.json.JournalSerializer;

/**
 * A view, defined once: its name (its processing group, tracking token and dead-letter queue), its collections by
 * name, and how its projection is made on a set of collections, the live ones or a rebuild's. The processors, the
 * rebuilds and checks, the dead-letter queues and the list of views are all derived from the definitions in
 * {@code ViewCatalog}.
 *
 * @param <P> the projection's type
 */
public record ViewDefinition<P>(String name, Class<P> projectionType, Function<Inputs, P> projection,
                                List<String> collections) {

    /**
     * What a projection is made of: where it keeps its collections, the event serializer (to keep entries as
     * recorded), and the clock (for what its queries answer as of today).
     */
    public record Inputs(ViewCollections collections, JournalSerializer serializer, Clock clock) {
    }

    public ViewDefinition {
        collections = List.copyOf(collections);
    }

    public static <P> ViewDefinition<P> of(String name, Class<P> projectionType, Function<Inputs, P> projection,
                                           String... collections) {
        return new ViewDefinition<>(name, projectionType, projection, List.of(collections));
    }

    /** The view's projection, keeping the view in the given collections. */
    public P make(Inputs inputs) {
        return projection.apply(inputs);
    }

    /** The view's collection {@code name} among {@code collections}, as a store of {@code type} documents. */
    public <T extends Positioned> ViewStore<T> store(ViewCollections collections, String name, Class<T> type) {
        return new ViewStore<>(collections, collection(name), type);
    }

    /** The live generation's collection {@code name} of this view, as a store of {@code type} documents. */
    public <T extends Positioned> ViewStore<T> liveStore(ViewGenerations generations, String name, Class<T> type) {
        return store(generations.liveCollections(this.name), name, type);
    }

    /** {@code name}, if it is one of this view's collections: a view is rebuilt and checked only in those. */
    public String collection(String name) {
        if (!collections.contains(name)) {
            throw new IllegalArgumentException("the " + this.name + " view has no collection " + name + "; its "
                                               + "collections are " + collections);
        }
        return name;
    }
}
