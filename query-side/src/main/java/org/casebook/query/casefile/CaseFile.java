package org.casebook.query.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.casebook.kernel.crisis.Finding;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.deployment.Sector;
import org.casebook.query.Positioned;
import org.casebook.query.RecordedEntry;
import org.casebook.query.handover.HandoverRecord;
import org.casebook.query.handover.Leadership.IncomingLead;

/**
 * The full current state of a case. Every part that came from an entry says which entry ({@link Entry}: event id,
 * journal position, both clocks, who and in which role) and carries the corrections made to it since.
 * {@code leadBody} leads the case (from {@code leadEffectiveOn} when it took the lead by a handover), except for
 * the sectors in {@code sectorLeads}, which were handed over on their own. {@code risks} are the risks handed over,
 * open and closed. {@code version} is the number of entries of the case, as used in ETag and If-Match.
 */
public record CaseFile(
        String id,
        String title,
        String country,
        String region,
        String summary,
        Sensitivity sensitivity,
        Stage stage,
        String leadBody,
        String leadCoordinator,
        LocalDate leadEffectiveOn,
        Map<Sector, String> sectorLeads,
        List<IncomingLead> incomingLeads,
        Entry opened,
        String outcome,
        List<StageChange> stageHistory,
        Assessment currentAssessment,
        int assessmentCount,
        List<Decision> decisions,
        List<Correction> corrections,
        List<HandoverRecord> handovers,
        long version,
        long position,
        Instant lastActivityAt,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Risk> risks) implements Positioned {

    public CaseFile {
        sectorLeads = sectorLeads == null ? Map.of() : sectorLeads;
        handovers = handovers == null ? List.of() : handovers;
        incomingLeads = incomingLeads == null ? List.of() : incomingLeads;
        risks = risks == null ? List.of() : risks;
    }

    /**
     * A risk handed over: risk {@code number} (from 1, as its proposal listed them) of handover {@code handoverId}.
     * It is open from the proposal until it is recorded as closed ({@code RiskClosed}), whatever becomes of the lead;
     * a closed one says who closed it and when ({@code closed}) and why ({@code reason}). A risk of a handover that
     * was declined, withdrawn or lapsed was never passed on: it is not listed, unless it was closed before.
     */
    public record Risk(String handoverId, int number, String risk, Status status, Entry closed, String reason) {

        public enum Status { OPEN, CLOSED }
    }

    /** Where an item of the case file was recorded. */
    public record Entry(String eventId, long position, Instant effectiveAt, Instant recordedAt, String user,
                        String role) {

        static Entry of(RecordedEntry entry) {
            return new Entry(entry.eventId(), entry.position(), entry.effectiveAt(), entry.recordedAt(), entry.user(),
                             entry.role());
        }
    }

    public record Correction(Entry entry, String correctsEventId, String correctedEntryType, String reason,
                             String correctedText) {
    }

    /** A stage the case entered: the opening (with no {@code from}), a move, a closing or a reopening. */
    public record StageChange(Entry entry, Stage from, Stage to, String reason, String outcome,
                              List<Correction> corrections) {
    }

    public record Assessment(Entry entry, String assessmentId, List<Finding> findings, String summary,
                             List<Correction> corrections) {
    }

    /**
     * A decision with its marks: {@code supersededBy} names the decision that replaced it, {@code corrected} says
     * corrections were recorded for it, {@code currentAssessment} is the assessment current when it was taken, and
     * {@code sensitivity} is its own marking, or the case's when it has none of its own.
     */
    public record Decision(Entry entry, String decisionId, String decision, String rationale,
                           List<String> optionsConsidered, String decidingBody, String authority, String supersedes,
                           String currentAssessment, Sensitivity sensitivity, boolean superseded,
                           String supersededBy, boolean corrected, List<Correction> corrections) {
    }
}
