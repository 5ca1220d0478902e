package org.casebook.kernel.crisis;

import java.util.List;

/**
 * Record a decision taken on a case; {@code supersedes} (nullable) names an earlier decision it replaces;
 * {@code sensitivity} (nullable) marks the decision itself, otherwise it carries its case's marking.
 */
public record RecordDecision(
        CaseId crisisId,
        String decision,
        String rationale,
        List<String> optionsConsidered,
        Body decidingBody,
        String authority,
        DecisionId supersedes,
        Sensitivity sensitivity) implements CrisisCommand {

    public RecordDecision {
        optionsConsidered = List.copyOf(optionsConsidered);
    }
}
