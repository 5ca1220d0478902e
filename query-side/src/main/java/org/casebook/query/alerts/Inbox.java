package org.casebook.query.alerts;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.casebook.query.funds.CapUse;

/**
 * What needs the attention of one body's people, each thing once: handovers proposed to the body that await its
 * answer, escalated handovers to or from it (their first deadline passed unanswered), cases it leads whose
 * assessment is overdue for review, and funding sources whose cap is nearly reached. Cases are named by title as
 * the reader may read it.
 */
public record Inbox(String body, List<HandoverAlert> handoversToAnswer, List<HandoverAlert> escalatedHandovers,
                    List<OverdueAssessment> overdueAssessments, List<CapUse> capsNearlyReached) {

    /** An inbox with nothing in it: for an account of no body. */
    public static Inbox empty(String body) {
        return new Inbox(body, List.of(), List.of(), List.of(), List.of());
    }

    /** How many things need attention. */
    @JsonProperty("count")
    public int count() {
        return handoversToAnswer.size() + escalatedHandovers.size() + overdueAssessments.size()
                + capsNearlyReached.size();
    }

    /** A pending handover of a case's lead from {@code fromBody} to {@code toBody}, proposed at {@code proposedAt}. */
    public record HandoverAlert(String caseId, String caseTitle, String handoverId, String fromBody, String toBody,
                                Instant proposedAt, boolean escalated) {
    }

    /**
     * A case in Operations whose current assessment took effect at {@code assessedAt}, longer ago than reviews
     * allow (null: it has none).
     */
    public record OverdueAssessment(String caseId, String caseTitle, Instant assessedAt) {
    }
}
