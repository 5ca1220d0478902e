package org.casebook.query.reporting.notification;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.kernel.reporting.ReportSubject;
import org.casebook.query.RecordedEntry;
import org.casebook.query.reporting.ReportLayout;
import org.casebook.query.reporting.ReportPoint;
import org.springframework.stereotype.Component;

/** Builds funds notifications from two streams only: the funding source's entries and its case's. */
@Component
public record NotificationReports(JournalStorageEngine journal) {

    /** The notification of the allocation or obligation as the record stood at the point; empty if it has none. */
    public Optional<NotificationReport> build(ReportSubject.Notification subject, ReportPoint point,
                                              ReportEdition edition, ReportLayout layout) {
        NotificationFold fold = new NotificationFold(subject.sourceId(), subject.entry(), edition,
                                                     layout.notificationsAsSent());
        Consumer<TrackedEventMessage<?>> apply = event -> fold.apply(event.getPayload(),
                                                                      RecordedEntry.effectiveAt(event));
        readUpTo(subject.sourceId(), point, apply);
        fold.caseId().ifPresent(caseId -> readUpTo(caseId, point, apply));
        return Optional.ofNullable(fold.result(point));
    }

    private void readUpTo(String streamId, ReportPoint point, Consumer<TrackedEventMessage<?>> each) {
        try (Stream<TrackedEventMessage<?>> events = journal.readTrackedEvents(streamId, point.position())) {
            events.forEach(each);
        }
    }
}
