package org.casebook.command.directory;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.casebook.command.directory.DirectoryRule.BODY_ALREADY_LISTED;
import static org.casebook.command.directory.DirectoryRule.BODY_NOT_LISTED;
import static org.casebook.command.directory.DirectoryRule.BODY_RETIRED;
import static org.casebook.command.directory.DirectoryRule.DIRECTORY_UNCHANGED;
import static org.casebook.command.directory.DirectoryRule.PERSON_ALREADY_LISTED;
import static org.casebook.command.directory.DirectoryRule.PERSON_NOT_LISTED;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.directory.BodyDirectoryCommand;
import org.casebook.kernel.directory.BodyKind;
import org.casebook.kernel.directory.BodyListed;
import org.casebook.kernel.directory.BodyRenamed;
import org.casebook.kernel.directory.BodyRetired;
import org.casebook.kernel.directory.ListBody;
import org.casebook.kernel.directory.ListPerson;
import org.casebook.kernel.directory.MovePerson;
import org.casebook.kernel.directory.PersonListed;
import org.casebook.kernel.directory.PersonMoved;
import org.casebook.kernel.directory.PersonRenamed;
import org.casebook.kernel.directory.RenameBody;
import org.casebook.kernel.directory.RenamePerson;
import org.casebook.kernel.directory.RetireBody;

/**
 * The directory of bodies that may lead a case, take its decisions and receive its handovers, and of the people
 * (accounts) who belong to them. One stream for the whole directory (a few dozen bodies and people), so a body or a
 * person is listed once however requests race, and what is listed is read from the record itself, by exact key,
 * never from a view that may lag.
 */
@Aggregate(commandTargetResolver = "addressedCommandTargetResolver")
public class BodyDirectory {

    /** A listed body as it stands: its kind and display name, and whether it was retired. */
    private record Listing(BodyKind kind, String displayName, boolean retired) {
    }

    /** A listed person as they stand. */
    private record Person(String displayName, Body body) {
    }

    @AggregateIdentifier
    private String id;
    /** The listed bodies, by name. */
    private final Map<String, Listing> listed = new TreeMap<>();
    /** The listed people, by account. */
    private final Map<String, Person> people = new TreeMap<>();

    protected BodyDirectory() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ListBody command) {
        Listing already = listed.get(command.body().value());
        if (already != null) {
            throw BODY_ALREADY_LISTED.broken("name", command.body() + " is listed already, as "
                    + already.displayName() + " (" + already.kind() + (already.retired() ? ", retired" : "") + ")");
        }
        apply(new BodyListed(command.body(), command.kind(), command.displayName()));
    }

    @CommandHandler
    public void handle(RenameBody command) {
        Listing listing = listing(command.body(), "name");
        if (listing.kind() == command.kind() && listing.displayName().equals(command.displayName())) {
            throw DIRECTORY_UNCHANGED.broken("displayName", command.body() + " is listed as "
                    + listing.displayName() + " (" + listing.kind() + ") already");
        }
        apply(new BodyRenamed(command.body(), command.kind(), command.displayName()));
    }

    @CommandHandler
    public void handle(RetireBody command) {
        if (listing(command.body(), "name").retired()) {
            throw BODY_RETIRED.broken("name", command.body() + " is retired already");
        }
        apply(new BodyRetired(command.body(), command.reason()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ListPerson command) {
        Person already = people.get(command.account());
        if (already != null) {
            throw PERSON_ALREADY_LISTED.broken("account", command.account() + " is listed already, as "
                    + already.displayName() + (already.body() == null ? "" : " of " + already.body()));
        }
        requireMemberOf(command.body());
        apply(new PersonListed(command.account(), command.displayName(), command.body()));
    }

    @CommandHandler
    public void handle(RenamePerson command) {
        Person person = person(command.account());
        if (person.displayName().equals(command.displayName())) {
            throw DIRECTORY_UNCHANGED.broken("displayName", command.account() + " is listed as "
                    + person.displayName() + " already");
        }
        apply(new PersonRenamed(command.account(), command.displayName()));
    }

    @CommandHandler
    public void handle(MovePerson command) {
        Person person = person(command.account());
        if (Objects.equals(person.body(), command.body())) {
            throw DIRECTORY_UNCHANGED.broken("body", command.account() + " belongs to "
                    + (person.body() == null ? "no body" : person.body()) + " already");
        }
        requireMemberOf(command.body());
        apply(new PersonMoved(command.account(), command.body()));
    }

    /**
     * Refuses a body that is not listed, naming the field and the bodies that are, or that is retired: what is
     * named from now on is a body in service.
     */
    public void requireListed(Body body, String field) {
        Listing listing = listed.get(body.value());
        if (listing == null) {
            throw BODY_NOT_LISTED.broken(field, notListed(body, listed.keySet()));
        }
        if (listing.retired()) {
            throw BODY_RETIRED.broken(field, body + " (" + listing.displayName() + ") is retired; name a body in "
                    + "service (GET /api/bodies)");
        }
    }

    /** How the directory names the person who signs in as {@code account}: their login name if it lists none. */
    public String displayNameOf(String account) {
        Person person = people.get(account);
        return person == null ? account : person.displayName();
    }

    static String notListed(Body body, Iterable<String> bodies) {
        String names = String.join(", ", bodies);
        return body + " is not a listed body; the bodies listed are " + (names.isEmpty() ? "none yet" : names)
                + " (GET /api/bodies; an admin lists others)";
    }

    private Listing listing(Body body, String field) {
        Listing listing = listed.get(body.value());
        if (listing == null) {
            throw BODY_NOT_LISTED.broken(field, notListed(body, listed.keySet()));
        }
        return listing;
    }

    private Person person(String account) {
        Person person = people.get(account);
        if (person == null) {
            throw PERSON_NOT_LISTED.broken("account", account + " is not a listed person (GET /api/people)");
        }
        return person;
    }

    private void requireMemberOf(Body body) {
        if (body != null) {
            requireListed(body, "body");
        }
    }

    @EventSourcingHandler
    void on(BodyListed event) {
        id = BodyDirectoryCommand.DIRECTORY_ID;
        listed.put(event.body().value(), new Listing(event.kind(), event.displayName(), false));
    }

    @EventSourcingHandler
    void on(BodyRenamed event) {
        listed.computeIfPresent(event.body().value(),
                                (name, was) -> new Listing(event.kind(), event.displayName(), was.retired()));
    }

    @EventSourcingHandler
    void on(BodyRetired event) {
        listed.computeIfPresent(event.body().value(), (name, was) -> new Listing(was.kind(), was.displayName(), true));
    }

    @EventSourcingHandler
    void on(PersonListed event) {
        id = BodyDirectoryCommand.DIRECTORY_ID;
        people.put(event.account(), new Person(event.displayName(), event.body()));
    }

    @EventSourcingHandler
    void on(PersonRenamed event) {
        people.computeIfPresent(event.account(), (account, was) -> new Person(event.displayName(), was.body()));
    }

    @EventSourcingHandler
    void on(PersonMoved event) {
        people.computeIfPresent(event.account(), (account, was) -> new Person(was.displayName(), event.body()));
    }
}
