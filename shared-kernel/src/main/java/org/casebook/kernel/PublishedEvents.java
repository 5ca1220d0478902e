package org.casebook.kernel;

import java.util.List;

import org.casebook.kernel.crisis.AssessmentRecorded;
import org.casebook.kernel.crisis.CrisisClosed;
import org.casebook.kernel.crisis.CrisisMovedToStage;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.CrisisReopened;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.crisis.EntryCorrected;

/** Every event type Casebook stores. The journal refuses to store an event that is not listed here. */
public final class PublishedEvents {

    public static final List<Class<?>> ALL = List.of(
            CrisisOpened.class,
            AssessmentRecorded.class,
            DecisionRecorded.class,
            CrisisMovedToStage.class,
            CrisisClosed.class,
            CrisisReopened.class,
            EntryCorrected.class);

    private PublishedEvents() {
    }
}
