package org.casebook.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.AssessmentId;
import org.casebook.kernel.crisis.AssessmentRecorded;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.Coordinator;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.CrisisClosed;
import org.casebook.kernel.crisis.CrisisEvent;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.CrisisMovedToStage;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.CrisisReopened;
import org.casebook.kernel.crisis.DecisionId;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.crisis.EntryCorrected;
import org.casebook.kernel.crisis.EventId;
import org.casebook.kernel.crisis.Finding;
import org.casebook.kernel.crisis.FindingType;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;

/**
 * Builds the recorded history of one case, entry by entry, as the journal would deliver it: positions and
 * sequence numbers count up, each entry recorded a minute after the last.
 */
public final class CaseEntries {

    public static final CaseId CASE = new CaseId("case-1");
    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    private final List<RecordedEntry> entries = new ArrayList<>();
    private long position = 100;

    public CaseEntries opened(Stage stage) {
        return add(new CrisisOpened(CASE, "Border instability", new CountryCode("SD"), "West Darfur", "Raids", stage,
                                    Sensitivity.SBU, new Body("CRSG"), new Coordinator("M. Alvarez")));
    }

    public CaseEntries assessed(int number) {
        return add(new AssessmentRecorded(CASE, AssessmentId.number(number),
                                          List.of(new Finding(FindingType.KEY_ACTOR, "Militia leaders")),
                                          "Assessment " + number));
    }

    public CaseEntries decided(int number, Integer supersedes, Integer currentAssessment) {
        return add(new DecisionRecorded(CASE, DecisionId.number(number), "Decision " + number, "Because",
                                        List.of("Act", "Wait"), new Body("CRSG"), "PS-1",
                                        supersedes == null ? null : DecisionId.number(supersedes),
                                        currentAssessment == null ? null : AssessmentId.number(currentAssessment),
                                        null));
    }

    public CaseEntries moved(Stage from, Stage to, String reason) {
        return add(new CrisisMovedToStage(CASE, from, to, reason));
    }

    public CaseEntries closed(Stage from, String outcome) {
        return add(new CrisisClosed(CASE, from, outcome, null));
    }

    public CaseEntries reopened(Stage stage, String reason) {
        return add(new CrisisReopened(CASE, stage, reason));
    }

    /** A correction of the entry at {@code sequence}. */
    public CaseEntries corrected(int sequence, String correctedText) {
        RecordedEntry target = entries.get(sequence);
        return add(new EntryCorrected(CASE, new EventId(target.eventId()), sequence, target.type(), "Mistake",
                                      correctedText));
    }

    public CaseEntries add(CrisisEvent event) {
        int sequence = entries.size();
        Instant recordedAt = START.plusSeconds(60L * sequence);
        String type = event.getClass().getAnnotation(EventType.class).name();
        entries.add(new RecordedEntry(position++, "event-" + sequence, CASE.value(), sequence, type, recordedAt,
                                      recordedAt.minusSeconds(3600), "coordinator", "COORDINATOR", event));
        return this;
    }

    public List<RecordedEntry> entries() {
        return List.copyOf(entries);
    }

    /** What a projection's fold makes of this history: {@code fold} applied entry by entry, from {@code start}. */
    public <V> V foldedBy(V start, BiFunction<V, RecordedEntry, V> fold) {
        V folded = start;
        for (RecordedEntry entry : entries) {
            folded = fold.apply(folded, entry);
        }
        return folded;
    }

    public RecordedEntry last() {
        return entries.get(entries.size() - 1);
    }
}
