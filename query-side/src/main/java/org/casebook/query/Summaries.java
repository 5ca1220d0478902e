package org.casebook.query;

import org.casebook.kernel.crisis.AssessmentRecorded;
import org.casebook.kernel.crisis.CrisisClosed;
import org.casebook.kernel.crisis.CrisisEvent;
import org.casebook.kernel.crisis.CrisisMovedToStage;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.CrisisReopened;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.crisis.EntryCorrected;

/** One-line summaries of entries, for the timeline and the status board. */
public final class Summaries {

    private static final int MAX_TEXT = 120;

    private Summaries() {
    }

    public static String of(CrisisEvent event) {
        if (event instanceof CrisisOpened e) {
            return "Opened \"" + shorten(e.title()) + "\" (" + e.country() + ", " + e.stage() + ", lead "
                    + e.leadBody() + ")";
        }
        if (event instanceof AssessmentRecorded e) {
            return "Assessment " + e.assessmentId() + " (" + e.findings().size() + " findings): " + shorten(e.summary());
        }
        if (event instanceof DecisionRecorded e) {
            return decision(e) + " (" + e.decidingBody() + (e.supersedes() == null ? "" : ", supersedes "
                    + e.supersedes()) + ")";
        }
        if (event instanceof CrisisMovedToStage e) {
            return "Moved from " + e.from() + " to " + e.to() + (e.reason() == null ? "" : ": " + shorten(e.reason()));
        }
        if (event instanceof CrisisClosed e) {
            return "Closed from " + e.from() + ": " + shorten(e.outcome());
        }
        if (event instanceof CrisisReopened e) {
            return "Reopened in " + e.stage() + ": " + shorten(e.reason());
        }
        EntryCorrected e = (EntryCorrected) event;
        return "Correction of " + e.correctedEntryType() + " entry " + e.correctedEventId() + ": " + shorten(e.reason());
    }

    /** "D-3: Deploy a field ACT..." */
    public static String decision(DecisionRecorded event) {
        return event.decisionId() + ": " + shorten(event.decision());
    }

    static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_TEXT ? line : line.substring(0, MAX_TEXT - 1) + "…";
    }
}
