package org.casebook.kernel.crisis;

import java.util.List;

import org.casebook.kernel.EventType;

/**
 * A decision as the record keeps it. {@code currentAssessment} is the assessment that was current when it was
 * recorded (null if there was none); {@code supersedes} is the earlier decision it replaces, or null;
 * {@code sensitivity} marks this decision on its own, null when it carries the marking of its case.
 *
 * <p>Revision 2 added {@code sensitivity}; decisions stored as revision 1 read as carrying their case's marking.
 */
@EventType(name = "DecisionRecorded", revision = "2")
public record DecisionRecorded(
        CaseId crisisId,
        DecisionId decisionId,
        String decision,
        String rationale,
        List<String> optionsConsidered,
        Body decidingBody,
        String authority,
        DecisionId supersedes,
        AssessmentId currentAssessment,
        Sensitivity sensitivity) implements CrisisEvent {

    public DecisionRecorded {
        optionsConsidered = List.copyOf(optionsConsidered);
    }
}
