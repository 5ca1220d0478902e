package org.casebook.query.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.directory.BodyListed;
import org.casebook.kernel.directory.BodyRenamed;
import org.casebook.kernel.directory.BodyRetired;
import org.casebook.kernel.directory.DirectoryEvent;
import org.casebook.kernel.directory.PersonListed;
import org.casebook.kernel.directory.PersonMoved;
import org.casebook.kernel.directory.PersonRenamed;

/** The directory of bodies and people as its entries list them: a pure fold over the directory's stream. */
public final class Directory {

    /** A listed body: its name as cases name it, its kind, its name as people read it, and whether it is retired. */
    public record ListedBody(String name, String kind, String displayName, boolean retired, String retiredBecause,
                             List<Member> people) {

        public ListedBody {
            people = List.copyOf(people);
        }
    }

    /** A person of a body: the account they sign in with and their name as people read it. */
    public record Member(String account, String displayName) {
    }

    /** A listed person: the account they sign in with, their name as people read it, and their body (or null). */
    public record ListedPerson(String account, String displayName, String body) {
    }

    /** {@code GET /api/bodies}: the bodies by name, each with its people. */
    public record ListedBodies(List<ListedBody> bodies) {
    }

    /** {@code GET /api/people}: the people by account, each with their body. */
    public record ListedPeople(List<ListedPerson> people) {
    }

    private record Listing(String kind, String displayName, String retiredBecause) {
    }

    private final Map<String, Listing> bodies = new TreeMap<>();
    private final Map<String, ListedPerson> people = new TreeMap<>();

    private Directory() {
    }

    public static Directory of(Stream<? extends DirectoryEvent> entries) {
        Directory directory = new Directory();
        entries.forEach(directory::fold);
        return directory;
    }

    private void fold(DirectoryEvent entry) {
        if (entry instanceof BodyListed e) {
            bodies.put(e.body().value(), new Listing(e.kind().name(), e.displayName(), null));
        } else if (entry instanceof BodyRenamed e) {
            bodies.computeIfPresent(e.body().value(),
                                    (name, was) -> new Listing(e.kind().name(), e.displayName(), was.retiredBecause()));
        } else if (entry instanceof BodyRetired e) {
            bodies.computeIfPresent(e.body().value(),
                                    (name, was) -> new Listing(was.kind(), was.displayName(), e.reason()));
        } else if (entry instanceof PersonListed e) {
            people.put(e.account(), new ListedPerson(e.account(), e.displayName(), name(e.body())));
        } else if (entry instanceof PersonRenamed e) {
            people.computeIfPresent(e.account(),
                                    (account, was) -> new ListedPerson(account, e.displayName(), was.body()));
        } else if (entry instanceof PersonMoved e) {
            people.computeIfPresent(e.account(), (account, was) -> new ListedPerson(account, was.displayName(),
                                                                                    name(e.body())));
        }
    }

    private static String name(Body body) {
        return body == null ? null : body.value();
    }

    /** The person the directory lists as {@code account}, if any. */
    public Optional<ListedPerson> person(String account) {
        return Optional.ofNullable(people.get(account));
    }

    /** How the directory names {@code account}: its display name, or the account itself if it lists none. */
    public String displayNameOf(String account) {
        ListedPerson person = people.get(account);
        return person == null ? account : person.displayName();
    }

    public ListedBodies bodies() {
        return new ListedBodies(bodies.entrySet().stream().map(body -> new ListedBody(
                body.getKey(), body.getValue().kind(), body.getValue().displayName(),
                body.getValue().retiredBecause() != null, body.getValue().retiredBecause(),
                people.values().stream().filter(person -> body.getKey().equals(person.body()))
                      .map(person -> new Member(person.account(), person.displayName())).toList())).toList());
    }

    public ListedPeople people() {
        return new ListedPeople(people.values().stream().sorted(Comparator.comparing(ListedPerson::account)).toList());
    }
}
