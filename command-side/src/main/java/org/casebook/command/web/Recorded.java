package org.casebook.command.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.casebook.command.Receipt;
import org.casebook.kernel.EntityTag;
import org.casebook.kernel.crisis.AssessmentId;
import org.casebook.kernel.crisis.DecisionId;
import org.casebook.kernel.funds.EntryNumber;
import org.casebook.kernel.handover.HandoverId;
import org.springframework.http.ResponseEntity;

/**
 * The answer to a recorded command: what it was for (a case, responder, deployment or funding source), its new
 * version, and the journal position to pass as {@code after} to read the views once they include this change. New
 * entries are listed with their event ids (to correct them); an assessment, decision or money movement recorded
 * is named by its number ({@code assessmentId}, {@code decisionId}, {@code handoverId}, {@code entry}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Recorded(String id, long version, long position, List<Entry> entries, String assessmentId,
                       String decisionId, String handoverId, String entry) {

    public record Entry(String eventId, String type, long position) {
    }

    public static Recorded of(Receipt receipt) {
        List<Entry> entries = receipt.entries().stream()
                                     .map(event -> new Entry(event.eventId(), event.type(), event.position()))
                                     .toList();
        Object result = receipt.result();
        return new Recorded(receipt.id(), receipt.version(), receipt.position(), entries,
                            result instanceof AssessmentId assessment ? assessment.value() : null,
                            result instanceof DecisionId decision ? decision.value() : null,
                            result instanceof HandoverId handover ? handover.value() : null,
                            result instanceof EntryNumber number ? number.shown() : null);
    }

    /** 200 with the recorded change, its version as ETag. */
    public static ResponseEntity<Recorded> ok(Receipt receipt) {
        Recorded recorded = of(receipt);
        return ResponseEntity.ok().eTag(recorded.eTag()).body(recorded);
    }

    /** The version as an HTTP entity tag. */
    public String eTag() {
        return EntityTag.of(version).toString();
    }
}
