package org.casebook.query.board;

import com.mongodb.client.model.Indexes;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.CrisisEvent;
import org.casebook.kernel.crisis.Stage;
import org.casebook.query.RecordedEntry;
import org.casebook.query.ViewCollections;
import org.casebook.query.ViewDefinition;
import org.casebook.query.ViewStore;
import org.casebook.query.Views;

/** Keeps the status board: one document per case, folded by {@link BoardFold} (answered by {@link BoardQueries}). */
public class BoardProjection {

    /** One row per case. */
    public static final String ROWS = "view_board";
    public static final ViewDefinition<BoardProjection> VIEW = ViewDefinition.of(
            Views.BOARD, BoardProjection.class, in -> new BoardProjection(in.collections()), ROWS);

    private final ViewStore<BoardRow> rows;

    BoardProjection(ViewCollections collections) {
        this.rows = VIEW.store(collections, ROWS, BoardRow.class);
        rows.collection().createIndex(Indexes.descending("position"));
        rows.collection().createIndex(Indexes.compoundIndex(Indexes.ascending("stage"), Indexes.descending("position")));
        rows.collection().createIndex(Indexes.compoundIndex(Indexes.ascending("country"), Indexes.descending("position")));
    }

    @EventHandler
    void on(CrisisEvent event, DomainEventMessage<?> message, TrackingToken token) {
        RecordedEntry entry = RecordedEntry.of(message, token);
        rows.fold(entry.caseId(), entry.position(), current -> BoardFold.apply(current, entry));
    }

    /**
     * One page of rows, most recently active first (pages count from 0); {@code stage} and {@code country} filter
     * when not null.
     */
    ViewStore.Page<BoardRow> page(Stage stage, CountryCode country, int number, int size) {
        Document filter = new Document();
        if (stage != null) {
            filter.append("stage", stage.name());
        }
        if (country != null) {
            filter.append("country", country.value());
        }
        Document mostRecentFirst = new Document("position", -1);
        return rows.page(filter, mostRecentFirst, number * size, size);
    }
}
