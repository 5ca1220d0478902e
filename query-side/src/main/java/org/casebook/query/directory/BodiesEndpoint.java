package org.casebook.query.directory;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.kernel.directory.BodyDirectoryCommand;
import org.casebook.kernel.directory.BodyDirectoryEvent;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory of bodies, for every role: read from the directory's own stream in the journal (a few dozen
 * entries, by exact key), so it shows a body the moment it is listed.
 */
@RestController
public class BodiesEndpoint {

    private final JournalStorageEngine journal;

    public BodiesEndpoint(JournalStorageEngine journal) {
        this.journal = journal;
    }

    @GetMapping(path = "/api/bodies", produces = MediaType.APPLICATION_JSON_VALUE)
    public ListedBodies bodies() {
        DomainEventStream stream = journal.readEvents(BodyDirectoryCommand.DIRECTORY_ID);
        Stream<BodyDirectoryEvent> entries = StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(stream, Spliterator.ORDERED), false)
                .map(message -> message.getPayload())
                .filter(BodyDirectoryEvent.class::isInstance)
                .map(BodyDirectoryEvent.class::cast);
        return ListedBodies.of(entries);
    }
}
