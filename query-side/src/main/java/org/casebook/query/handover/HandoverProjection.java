package org.casebook.query.handover;


import com.mongodb.client.model.Indexes;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.casebook.kernel.handover.HandoverEvent;
import org.casebook.query.RecordedEntry;
import org.casebook.query.ViewCollections;
import org.casebook.query.ViewDefinition;
import org.casebook.query.ViewStore;
import org.casebook.query.Views;

/** Keeps the handovers of all cases, one document each, folded by {@link HandoverFold}. */
public class HandoverProjection {

    /** One document per handover. */
    public static final String HANDOVERS = "view_handovers";
    public static final ViewDefinition<HandoverProjection> VIEW = ViewDefinition.of(
            Views.HANDOVERS, HandoverProjection.class, in -> new HandoverProjection(in.collections()), HANDOVERS);

    private final ViewStore<HandoverRecord> handovers;

    HandoverProjection(ViewCollections collections) {
        this.handovers = VIEW.store(collections, HANDOVERS, HandoverRecord.class);
        handovers.collection().createIndex(Indexes.descending("proposalPosition"));
    }

    @EventHandler
    void on(HandoverEvent event, DomainEventMessage<?> message, TrackingToken token) {
        RecordedEntry entry = RecordedEntry.of(message, token);
        handovers.fold(HandoverRecord.idOf(entry.caseId(), event.handoverId().value()), entry.position(),
                       current -> HandoverFold.apply(current, entry));
    }

    /** Handovers across cases, most recently proposed first, in pages from 0; {@code status} null for all. */
    HandoverPage page(HandoverRecord.Status status, int number, int size) {
        Document filter = status == null ? new Document() : new Document("status", status.name());
        ViewStore.Page<HandoverRecord> page = handovers.page(filter, new Document("proposalPosition", -1),
                                                             number * size, size);
        return new HandoverPage(page.items(), number, size, page.total());
    }
}
