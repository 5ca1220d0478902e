package org.casebook.query.reporting.submission;

import java.time.Instant;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.casebook.kernel.reporting.ReportSubmitted;
import org.casebook.query.ViewCollections;
import org.casebook.query.ViewGenerations;
import org.casebook.query.ViewStore;
import org.casebook.query.Views;
import org.casebook.query.reporting.ReportPoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Keeps the submitted reports, one document each. */
@Component
@ProcessingGroup(Views.SUBMISSIONS)
public class SubmissionProjection {

    public static final List<String> COLLECTIONS = List.of("view_submissions");

    private final ViewStore<Submission> submissions;

    @Autowired
    public SubmissionProjection(ViewGenerations generations) {
        this(generations.liveCollections(Views.SUBMISSIONS));
    }

    /** A projection that keeps the submissions in the given collections (to rebuild them there). */
    public SubmissionProjection(ViewCollections collections) {
        this.submissions = new ViewStore<>(collections, COLLECTIONS.get(0), Submission.class);
    }

    @EventHandler
    void on(ReportSubmitted event, @Timestamp Instant recordedAt, TrackingToken token) {
        long position = token.position().orElseThrow();
        submissions.fold(event.submissionId().value(), position, current -> new Submission(
                event.submissionId().value(), event.type(), event.period(), event.subject(), event.edition(),
                new ReportPoint(event.position(), event.hash()), event.files(), event.layout(), event.submittedBy(),
                recordedAt, position));
    }

    ViewStore<Submission> store() {
        return submissions;
    }
}
