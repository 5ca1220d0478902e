package org.casebook.query.reporting.submission;

import java.time.Instant;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.casebook.kernel.reporting.ReportSubmitted;
import org.casebook.query.ViewCollections;
import org.casebook.query.ViewDefinition;
import org.casebook.query.ViewStore;
import org.casebook.query.Views;
import org.casebook.query.reporting.ReportPoint;

/** Keeps the submitted reports, one document each. */
public class SubmissionProjection {

    /** One document per submitted report. */
    public static final String SUBMISSIONS = "view_submissions";
    public static final ViewDefinition<SubmissionProjection> VIEW = ViewDefinition.of(
            Views.SUBMISSIONS, SubmissionProjection.class, in -> new SubmissionProjection(in.collections()),
            SUBMISSIONS);

    private final ViewStore<Submission> submissions;

    SubmissionProjection(ViewCollections collections) {
        this.submissions = VIEW.store(collections, SUBMISSIONS, Submission.class);
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
