package org.casebook.kernel.crisis;

import java.util.List;

/** Record a decision taken on a case; {@code supersedes} (nullable) names an earlier decision it replaces. */
public record RecordDecision(
        CrisisId crisisId,
        String decision,
        String rationale,
        List<String> optionsConsidered,
        Body decidingBody,
        String authority,
        DecisionId supersedes) implements CrisisCommand {

    public RecordDecision {
        optionsConsidered = List.copyOf(optionsConsidered);
    }
}
