package org.casebook.command.directory;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.casebook.command.directory.DirectoryRule.BODY_ALREADY_LISTED;
import static org.casebook.command.directory.DirectoryRule.BODY_NOT_LISTED;

import java.util.Map;
import java.util.TreeMap;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.directory.BodyDirectoryCommand;
import org.casebook.kernel.directory.BodyListed;
import org.casebook.kernel.directory.ListBody;

/**
 * The directory of bodies that may lead a case, take its decisions and receive its handovers. One stream for the
 * whole directory (a few dozen bodies), so a body is listed once however requests race, and whether a body is
 * listed is read from the record itself, by exact key, never from a view that may lag.
 */
@Aggregate(commandTargetResolver = "addressedCommandTargetResolver")
public class BodyDirectory {

    @AggregateIdentifier
    private String id;
    /** The listed bodies, by name, with their kind and display name as listed. */
    private final Map<String, BodyListed> listed = new TreeMap<>();

    protected BodyDirectory() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ListBody command) {
        BodyListed already = listed.get(command.body().value());
        if (already != null) {
            throw BODY_ALREADY_LISTED.broken("name", command.body() + " is listed already, as "
                    + already.displayName() + " (" + already.kind() + ")");
        }
        apply(new BodyListed(command.body(), command.kind(), command.displayName()));
    }

    /** Refuses a body that is not listed, naming the field and the bodies that are. */
    public void requireListed(Body body, String field) {
        if (!isListed(body)) {
            throw BODY_NOT_LISTED.broken(field, notListed(body, listed.keySet()));
        }
    }

    public boolean isListed(Body body) {
        return listed.containsKey(body.value());
    }

    static String notListed(Body body, Iterable<String> bodies) {
        String names = String.join(", ", bodies);
        return body + " is not a listed body; the bodies listed are " + (names.isEmpty() ? "none yet" : names)
                + " (GET /api/bodies; an admin lists others)";
    }

    @EventSourcingHandler
    void on(BodyListed event) {
        id = BodyDirectoryCommand.DIRECTORY_ID;
        listed.put(event.body().value(), event);
    }
}
