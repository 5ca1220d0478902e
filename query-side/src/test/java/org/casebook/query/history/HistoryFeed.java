package org.casebook.query.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import com.mongodb.client.MongoDatabase;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.json.EventTypes;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.kernel.crisis.CrisisEvent;
import org.casebook.query.ViewGenerations;
import org.casebook.query.Views;

/** Feeds the journal's events to the history projection, as its tracking processor would. */
final class HistoryFeed {

    private final JournalStorageEngine journal;
    private final CaseHistory history;
    private final CaseHistoryProjection projection;
    private TrackingToken token;

    HistoryFeed(MongoDatabase database, JournalStorageEngine journal) {
        JournalSerializer serializer = JournalSerializer.create(EventTypes.published());
        this.journal = journal;
        ViewGenerations generations = new ViewGenerations(database);
        this.history = new CaseHistory(generations, serializer);
        this.projection = new CaseHistoryProjection(generations.liveCollections(Views.HISTORY), serializer);
    }

    CaseHistory history() {
        return history;
    }

    /** Hands every event the projection has not seen yet to it. */
    void catchUp() {
        for (TrackedEventMessage<?> message : journal.readEvents(token, false).toList()) {
            projection.on((CrisisEvent) message.getPayload(), (DomainEventMessage<?>) message, message.trackingToken());
            token = message.trackingToken();
        }
    }

    /** Hands the same events again, as after a restart before the token was stored. */
    void replayFrom(long position) {
        token = position == 0 ? null : new GlobalSequenceTrackingToken(position);
        catchUp();
    }
}
