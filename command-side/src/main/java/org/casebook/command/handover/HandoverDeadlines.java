package org.casebook.command.handover;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.casebook.command.Actor;
import org.casebook.command.CommandContext;
import org.casebook.command.CommandDispatcher;
import org.casebook.command.RuleViolation;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.handover.EscalateHandover;
import org.casebook.kernel.handover.HandoverAccepted;
import org.casebook.kernel.handover.HandoverEscalated;
import org.casebook.kernel.handover.HandoverEvent;
import org.casebook.kernel.handover.HandoverId;
import org.casebook.kernel.handover.HandoverProposed;
import org.casebook.kernel.handover.LeadMove;
import org.casebook.kernel.handover.LeadTransferred;
import org.casebook.kernel.handover.TransferLead;
import org.casebook.kernel.node.NodeRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The deadlines of pending handovers, and the effective dates of accepted ones. A tracking processor keeps one
 * document per pending handover in {@code handover_deadlines}, and one per accepted handover whose lead has not
 * moved yet in {@code lead_transfers} (from the handover entries, so it survives restarts and follows the
 * journal). On each tick every handover past {@code casebook.handovers.escalate-after} is escalated, every one
 * past {@code casebook.handovers.lapse-after} lapses, and every accepted one whose effective date has come moves
 * its lead, effective at the start of that day (UTC). Several processes may tick at once: the case records each
 * step once and refuses the second one, which is then simply dropped. Command nodes alone run it: it records.
 */
@Component
@ConditionalOnExpression(NodeRole.TAKES_WRITES)
@ProcessingGroup(HandoverDeadlines.PROCESSOR)
public class HandoverDeadlines implements SchedulingConfigurer {

    public static final String PROCESSOR = "handover-deadlines";
    static final String COLLECTION = "handover_deadlines";
    static final String TRANSFERS = "lead_transfers";
    private static final Logger log = LoggerFactory.getLogger(HandoverDeadlines.class);

    private final MongoCollection<Document> pending;
    private final MongoCollection<Document> transfers;
    private final CommandDispatcher dispatcher;
    private final Clock clock;
    private final HandoverTimetable timetable;
    private final Duration checkEvery;

    public HandoverDeadlines(MongoDatabase casebookDatabase, CommandDispatcher dispatcher, Clock clock,
                             HandoverSettings settings) {
        this.pending = casebookDatabase.getCollection(COLLECTION);
        this.transfers = casebookDatabase.getCollection(TRANSFERS);
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.timetable = settings.timetable();
        this.checkEvery = settings.deadlineCheck();
    }

    /** Looks for handovers past a deadline every {@code casebook.handovers.deadline-check}. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::tick, checkEvery, checkEvery));
    }

    @EventHandler
    void on(HandoverProposed event, @Timestamp Instant proposedAt) {
        pending.replaceOne(Filters.eq("_id", key(event)),
                           new Document("_id", key(event)).append("caseId", event.crisisId().value())
                                                          .append("handoverId", event.handoverId().value())
                                                          .append("proposedAt", Date.from(proposedAt))
                                                          .append("escalated", false),
                           new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(HandoverEscalated event) {
        pending.updateOne(Filters.eq("_id", key(event)), Updates.set("escalated", true));
    }

    /** Accepted: no deadlines any more, and its lead moves on its effective date (unless it moved at once). */
    @EventHandler
    void on(HandoverAccepted event) {
        pending.deleteOne(Filters.eq("_id", key(event)));
        if (event.leadMoves() == LeadMove.ON_EFFECTIVE_DATE) {
            transfers.replaceOne(Filters.eq("_id", key(event)),
                                 new Document("_id", key(event)).append("caseId", event.crisisId().value())
                                                                .append("handoverId", event.handoverId().value())
                                                                .append("effectiveAt", Date.from(startOf(event))),
                                 new ReplaceOptions().upsert(true));
        }
    }

    @EventHandler
    void on(LeadTransferred event) {
        transfers.deleteOne(Filters.eq("_id", key(event)));
    }

    /** Declined, withdrawn or lapsed: it has no deadlines any more. */
    @EventHandler
    void on(HandoverEvent event) {
        pending.deleteOne(Filters.eq("_id", key(event)));
    }

    public void tick() {
        Instant now = clock.instant();
        transferLeads(now);
        for (Document due : pending.find(Filters.lte("proposedAt", Date.from(timetable.firstDueProposedBy(now))))) {
            HandoverTimetable.Pending handover = new HandoverTimetable.Pending(
                    new CaseId(due.getString("caseId")), new HandoverId(due.getString("handoverId")),
                    due.getDate("proposedAt").toInstant(), due.getBoolean("escalated"));
            for (HandoverTimetable.Step step : timetable.dueAt(handover, now)) {
                if (!record(step)) {
                    break;
                }
                if (step.command() instanceof EscalateHandover) {
                    pending.updateOne(Filters.eq("_id", due.get("_id")), Updates.set("escalated", true));
                }
            }
        }
    }

    /** Moves the lead of every accepted handover whose effective date has come. */
    private void transferLeads(Instant now) {
        // earliest first: a lead accepted later waits for an earlier one of the same case (the case refuses it until
        // then, and the next check tries again)
        for (Document due : transfers.find(Filters.lte("effectiveAt", Date.from(now)))
                                     .sort(new Document("effectiveAt", 1))) {
            TransferLead transfer = new TransferLead(new CaseId(due.getString("caseId")),
                                                     new HandoverId(due.getString("handoverId")));
            record(new HandoverTimetable.Step(transfer, due.getDate("effectiveAt").toInstant()));
        }
    }

    private static Instant startOf(HandoverAccepted accepted) {
        return accepted.effectiveOn().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * Records the step, effective at its deadline. True if it is recorded now or was before (the case refuses it
     * as done); false if it failed, and the next check tries again.
     */
    private boolean record(HandoverTimetable.Step step) {
        try {
            dispatcher.dispatch(step.command(), new CommandContext(Actor.CASEBOOK, step.deadline(), null, null));
            return true;
        } catch (RuleViolation e) {
            log.debug("{} not recorded: {}", step.command(), e.getMessage());
            return true;
        } catch (RuntimeException e) {
            log.warn("{} failed; the next check tries again", step.command(), e);
            return false;
        }
    }

    private static String key(HandoverEvent event) {
        return event.crisisId().value() + "/" + event.handoverId().value();
    }
}
