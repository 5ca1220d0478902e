package org.casebook.kernel.crisis;

import java.util.List;

import org.casebook.kernel.EventType;

@EventType(name = "AssessmentRecorded", revision = "1")
public record AssessmentRecorded(
        CaseId crisisId,
        AssessmentId assessmentId,
        List<Finding> findings,
        String summary) implements CrisisEvent {

    public AssessmentRecorded {
        findings = List.copyOf(findings);
    }
}
