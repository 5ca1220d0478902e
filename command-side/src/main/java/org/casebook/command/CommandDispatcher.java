package org.casebook.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.casebook.journal.AppendCapture;
import org.casebook.journal.AppendedCommit;
import org.casebook.kernel.AddressedCommand;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.node.NodeRole;
import org.casebook.kernel.refusal.InvalidInput;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.WrongNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a command with the metadata the record needs (who, in which role, when effective, correlation) and
 * returns once its events are durable, with a {@link Receipt}. A command that loses a race with another change to
 * the same case (or responder) is applied again to the newer version, unless the sender named the version it meant
 * to change.
 */
@Component
public class CommandDispatcher {

    private static final Logger log = LoggerFactory.getLogger(CommandDispatcher.class);

    private final CommandGateway commandGateway;
    private final AppendCapture appends;
    private final Clock clock;
    private final Duration maxFutureSkew;
    private final Instant earliestEffectiveAt;
    private final int conflictRetries;
    private final NodeRole role;

    public CommandDispatcher(CommandGateway commandGateway,
                             AppendCapture appends,
                             Clock clock,
                             CommandSettings settings,
                             NodeRole role) {
        this.role = role;
        this.earliestEffectiveAt = settings.earliestEffectiveAt();
        this.commandGateway = commandGateway;
        this.appends = appends;
        this.clock = clock;
        this.maxFutureSkew = settings.maxFutureSkew();
        this.conflictRetries = settings.conflictRetries();
    }

    /** Records {@code command}; a node that does not take writes refuses it ({@link WrongNode}) before anything. */
    public Receipt dispatch(AddressedCommand command, CommandContext context) {
        if (!role.takesWrites()) {
            throw WrongNode.writeTo(role);
        }
        GenericCommandMessage<AddressedCommand> message =
                new GenericCommandMessage<>(command, metadata(context));
        for (int attempt = 0; ; attempt++) {
            try {
                AppendCapture.Captured<Object> captured =
                        appends.capturingAppends(() -> commandGateway.sendAndWait(message));
                Receipt receipt = receipt(command, captured);
                log.info("{} recorded for {} by {} at position {}", command.getClass().getSimpleName(),
                         receipt.id(), context.actor().user(), receipt.position());
                return receipt;
            } catch (AggregateNotFoundException e) {
                throw new UnknownRecord(command);
            } catch (ConcurrencyException e) {
                if (attempt >= conflictRetries) {
                    throw e;
                }
                log.debug("{} for {} raced another change; applying it to the newer version",
                          command.getClass().getSimpleName(), command.targetId());
            }
        }
    }

    private MetaData metadata(CommandContext context) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant effectiveAt = context.effectiveAt() == null ? now : context.effectiveAt();
        if (effectiveAt.isAfter(now.plus(maxFutureSkew))) {
            throw new InvalidInput(RecordMetadata.EFFECTIVE_AT, "effectiveAt " + effectiveAt
                    + " is more than " + maxFutureSkew.toMinutes() + " minutes ahead of the server clock (" + now + ")");
        }
        if (effectiveAt.isBefore(earliestEffectiveAt)) {
            throw new InvalidInput(RecordMetadata.EFFECTIVE_AT, "effectiveAt " + effectiveAt + " is before "
                    + earliestEffectiveAt + ", the earliest time Casebook records "
                    + "(casebook.commands.earliest-effective-at)");
        }
        MetaData metadata = MetaData.with(RecordMetadata.USER, context.actor().user())
                                    .and(RecordMetadata.ROLE, context.actor().role())
                                    .and(RecordMetadata.EFFECTIVE_AT, effectiveAt.toString());
        if (context.correlationId() != null) {
            metadata = metadata.and(RecordMetadata.CORRELATION_ID, context.correlationId());
        }
        if (context.actor().clearedForSbu()) {
            metadata = metadata.and(CommandMetadata.CLEARED_FOR_SBU, true);
        }
        if (context.expectedVersion() != null) {
            metadata = metadata.and(CommandMetadata.EXPECTED_VERSION, context.expectedVersion());
        }
        return metadata;
    }

    private static Receipt receipt(AddressedCommand command, AppendCapture.Captured<Object> captured) {
        String id = command.targetId();
        List<AppendedCommit> commits = captured.commits();
        if (commits.isEmpty()) {
            throw new IllegalStateException(command.getClass().getSimpleName() + " for " + id + " recorded nothing");
        }
        AppendedCommit last = commits.get(commits.size() - 1);
        long version = commits.stream()
                              .map(commit -> commit.lastSequenceOf(id))
                              .flatMap(Optional::stream)
                              .reduce((first, second) -> second)
                              .orElseThrow() + 1;
        List<AppendedCommit.Event> entries = commits.stream().flatMap(commit -> commit.events().stream()).toList();
        return new Receipt(id, version, last.lastPosition(), entries, captured.result());
    }
}
