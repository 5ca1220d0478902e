package org.casebook.query.directory;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.kernel.directory.BodyDirectoryCommand;
import org.casebook.kernel.directory.DirectoryEvent;
import org.springframework.stereotype.Component;

/** The directory as its stream in the journal holds it now (a few dozen entries, read by exact key), folded. */
@Component
public record DirectoryRecord(JournalStorageEngine journal) {

    public Directory read() {
        DomainEventStream stream = journal.readEvents(BodyDirectoryCommand.DIRECTORY_ID);
        Stream<DirectoryEvent> entries = StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(stream, Spliterator.ORDERED), false)
                .map(message -> message.getPayload())
                .filter(DirectoryEvent.class::isInstance)
                .map(DirectoryEvent.class::cast);
        return Directory.of(entries);
    }
}
