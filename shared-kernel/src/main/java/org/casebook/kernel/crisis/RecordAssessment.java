package org.casebook.kernel.crisis;

import java.util.List;

/** Record a conflict assessment; it becomes the case's current assessment. */
public record RecordAssessment(CaseId crisisId, List<Finding> findings, String summary) implements CrisisCommand {

    public RecordAssessment {
        findings = List.copyOf(findings);
    }
}
