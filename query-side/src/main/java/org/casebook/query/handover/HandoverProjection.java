package org.casebook.query.handover;

import java.util.List;

import com.mongodb.client.model.Indexes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.casebook.kernel.handover.FindHandovers;
import org.casebook.kernel.handover.HandoverEvent;
import org.casebook.query.RecordedEntry;
import org.casebook.query.ViewCollections;
import org.casebook.query.ViewGenerations;
import org.casebook.query.ViewStore;
import org.casebook.query.Views;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Keeps the handovers of all cases, one document each, folded by {@link HandoverFold}. */
@Component
@ProcessingGroup(Views.HANDOVERS)
public class HandoverProjection {

    public static final List<String> COLLECTIONS = List.of("view_handovers");

    private final ViewStore<HandoverRecord> handovers;

    @Autowired
    public HandoverProjection(ViewGenerations generations) {
        this(generations.liveCollections(Views.HANDOVERS));
    }

    /** A projection that keeps the handovers in the given collections (to rebuild them there). */
    public HandoverProjection(ViewCollections collections) {
        this.handovers = new ViewStore<>(collections, COLLECTIONS.get(0), HandoverRecord.class);
        handovers.collection().createIndex(Indexes.descending("proposalPosition"));
    }

    @EventHandler
    void on(HandoverEvent event, DomainEventMessage<?> message, TrackingToken token) {
        RecordedEntry entry = RecordedEntry.of(message, token);
        handovers.fold(HandoverRecord.idOf(entry.caseId(), event.handoverId().value()), entry.position(),
                       current -> HandoverFold.apply(current, entry));
    }

    @QueryHandler
    HandoverPage handle(FindHandovers query) {
        Document filter = query.status() == null ? new Document() : new Document("status", query.status());
        ViewStore.Page<HandoverRecord> page = handovers.page(filter, new Document("proposalPosition", -1),
                                                             query.page() * query.size(), query.size());
        return new HandoverPage(page.items(), query.page(), query.size(), page.total());
    }
}
