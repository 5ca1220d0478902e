package org.casebook.query.directory;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.casebook.kernel.directory.BodyDirectoryEvent;
import org.casebook.kernel.directory.BodyListed;

/** The directory of bodies as its entries list them, by name: a pure fold. */
public record ListedBodies(List<ListedBody> bodies) {

    /** A listed body: its name as cases name it, its kind, and its name as people read it. */
    public record ListedBody(String name, String kind, String displayName) {
    }

    public ListedBodies {
        bodies = List.copyOf(bodies);
    }

    public static ListedBodies of(Stream<? extends BodyDirectoryEvent> entries) {
        return new ListedBodies(entries.map(ListedBodies::listed)
                                       .sorted(Comparator.comparing(ListedBody::name)).toList());
    }

    private static ListedBody listed(BodyDirectoryEvent entry) {
        BodyListed listed = (BodyListed) entry;
        return new ListedBody(listed.body().value(), listed.kind().name(), listed.displayName());
    }
}
