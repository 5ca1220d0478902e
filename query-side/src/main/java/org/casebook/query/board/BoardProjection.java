package org.casebook.query.board;

import java.util.List;

import com.mongodb.client.model.Indexes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.casebook.kernel.crisis.CrisisEvent;
import org.casebook.query.RecordedEntry;
import org.casebook.query.ViewCollections;
import org.casebook.query.ViewGenerations;
import org.casebook.query.ViewStore;
import org.casebook.query.Views;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Keeps the status board: one document per case, folded by {@link BoardFold} (answered by {@link BoardQueries}). */
@Component
@ProcessingGroup(Views.BOARD)
public class BoardProjection {

    public static final List<String> COLLECTIONS = List.of("view_board");

    private final ViewStore<BoardRow> rows;

    @Autowired
    public BoardProjection(ViewGenerations generations) {
        this(generations.liveCollections(Views.BOARD));
    }

    public BoardProjection(ViewCollections collections) {
        this.rows = new ViewStore<>(collections, COLLECTIONS.get(0), BoardRow.class);
        rows.collection().createIndex(Indexes.descending("position"));
        rows.collection().createIndex(Indexes.compoundIndex(Indexes.ascending("stage"), Indexes.descending("position")));
        rows.collection().createIndex(Indexes.compoundIndex(Indexes.ascending("country"), Indexes.descending("position")));
    }

    @EventHandler
    void on(CrisisEvent event, DomainEventMessage<?> message, TrackingToken token) {
        RecordedEntry entry = RecordedEntry.of(message, token);
        rows.fold(entry.caseId(), entry.position(), current -> BoardFold.apply(current, entry));
    }
}
