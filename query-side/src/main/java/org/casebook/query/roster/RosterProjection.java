package org.casebook.query.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.model.Indexes;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.casebook.kernel.responder.CorpsComponent;
import org.casebook.kernel.responder.ResponderEvent;
import org.casebook.kernel.responder.ResponderId;
import org.casebook.kernel.responder.Skill;
import org.casebook.query.ViewCollections;
import org.casebook.query.ViewDefinition;
import org.casebook.query.ViewStore;
import org.casebook.query.Views;

/** Keeps the roster: one document per responder, folded by {@link RosterFold}. */
public class RosterProjection {

    /** One entry per responder. */
    public static final String ENTRIES = "view_roster";
    public static final ViewDefinition<RosterProjection> VIEW = ViewDefinition.of(
            Views.ROSTER, RosterProjection.class, in -> new RosterProjection(in.collections(), in.clock()), ENTRIES);

    private final ViewStore<RosterResponder> entries;
    private final Clock clock;

    RosterProjection(ViewCollections collections, Clock clock) {
        this.clock = clock;
        this.entries = VIEW.store(collections, ENTRIES, RosterResponder.class);
        entries.collection().createIndex(Indexes.ascending("name", "_id"));
    }

    @EventHandler
    void on(ResponderEvent event, DomainEventMessage<?> message, TrackingToken token) {
        long position = token.position().orElseThrow();
        entries.fold(message.getAggregateIdentifier(), position,
                     current -> RosterFold.apply(current, event, message.getSequenceNumber(), position,
                                                 message.getTimestamp()));
    }

    /**
     * One page of the roster, by name (pages count from 0); {@code skill}, {@code component} and {@code availableOn}
     * (not retired, not unavailable and not booked that day) filter when not null.
     */
    public RosterPage page(Skill skill, CorpsComponent component, LocalDate availableOn, int number, int size) {
        return page(skill, component, availableOn, availableOn, number, size);
    }

    /**
     * The first {@code size} responders by name with {@code skill} (any, if null) who are available on every day
     * from {@code from} to {@code until}: not retired, back from any unavailability by the first day, and booked on
     * none of them. What a coordinator staffing a case over those days may choose from.
     */
    public RosterPage availableOver(Skill skill, LocalDate from, LocalDate until, int size) {
        return page(skill, null, from, until, 0, size);
    }

    private RosterPage page(Skill skill, CorpsComponent component, LocalDate from, LocalDate until, int number,
                            int size) {
        List<Bson> conditions = new ArrayList<>();
        if (skill != null) {
            conditions.add(new Document("skills", skill.value()));
        }
        if (component != null) {
            conditions.add(new Document("component", component.name()));
        }
        if (from != null && until != null) {
            conditions.add(new Document("retired", false));
            conditions.add(new Document("$or", List.of(
                    new Document("available", true),
                    new Document("unavailableUntil", new Document("$lte", from.toString())))));
            // a booking overlaps the days when it starts by the last of them and ends on or after the first
            conditions.add(new Document("bookings", new Document("$not", new Document("$elemMatch", new Document(
                    "start", new Document("$lte", until.toString()))
                    .append("end", new Document("$gte", from.toString()))))));
        }
        Document filter = conditions.isEmpty() ? new Document() : new Document("$and", conditions);
        Document byName = new Document("name", 1).append("_id", 1);
        LocalDate today = LocalDate.now(clock);
        ViewStore.Page<RosterResponder> page = entries.page(filter, byName, number * size, size);
        List<ResponderOnRoster> items = page.items().stream().map(entry -> ResponderOnRoster.on(entry, today))
                                            .toList();
        return new RosterPage(items, number, size, page.total());
    }

    /** One responder as the roster shows them. */
    public Optional<ResponderOnRoster> responder(ResponderId responderId) {
        return entries.find(responderId.value()).map(entry -> ResponderOnRoster.on(entry, LocalDate.now(clock)));
    }
}
