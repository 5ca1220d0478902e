package org.casebook.query.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.casebook.query.Positioned;
import org.casebook.query.handover.Leadership.IncomingLead;

/**
 * One case on the status board. {@code openedAt} is when the case was opened in the world (effective time);
 * {@code lastActivityAt} when its latest entry was recorded, at journal {@code position}; {@code assessedAt} when its
 * current assessment took effect (null before the first); {@code leadEffectiveOn} the day the lead body's lead took
 * effect, when it came by a handover (null for the lead named at opening); {@code incomingLeads} the bodies
 * accepted to lead the case from a later day, until that day, in the order their leads move.
 */
public record BoardRow(
        String id,
        String title,
        String country,
        Stage stage,
        Sensitivity sensitivity,
        String leadBody,
        String leadCoordinator,
        LocalDate leadEffectiveOn,
        List<IncomingLead> incomingLeads,
        Instant openedAt,
        Instant lastActivityAt,
        int decisionCount,
        String latestDecision,
        Sensitivity latestDecisionSensitivity,
        Instant assessedAt,
        List<PendingHandover> pendingHandovers,
        long position) implements Positioned {

    public BoardRow {
        pendingHandovers = pendingHandovers == null ? List.of() : pendingHandovers;
        incomingLeads = incomingLeads == null ? List.of() : incomingLeads;
    }

    /** The same row showing {@code shown} as its latest decision (its text withheld, for instance). */
    public BoardRow withLatestDecision(String shown) {
        return new BoardRow(id, title, country, stage, sensitivity, leadBody, leadCoordinator, leadEffectiveOn,
                            incomingLeads, openedAt, lastActivityAt, decisionCount, shown, latestDecisionSensitivity, assessedAt,
                            pendingHandovers, position);
    }

    /** A handover of the case's lead that awaits its answer; {@code escalated} once its first deadline passed. */
    public record PendingHandover(String handoverId, String toBody, Instant proposedAt, boolean escalated) {
    }
}
