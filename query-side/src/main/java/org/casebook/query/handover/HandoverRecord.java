package org.casebook.query.handover;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.handover.OpenItem;
import org.casebook.query.Positioned;

/**
 * One handover of a case's lead, as the views show it: what was proposed, by whom and when, and how it ended
 * ({@code status} PENDING, ACCEPTED, DECLINED, WITHDRAWN or LAPSED). {@code escalatedAt} is the deadline it was
 * escalated at, if it was; {@code effectiveOn} the day the lead moved, if it was accepted, and {@code acceptorName}
 * the accepting coordinator as the directory named them then (their login name for an acceptance recorded before
 * acceptances named them).
 */
public record HandoverRecord(
        String id,
        String caseId,
        String handoverId,
        String fromBody,
        String toBody,
        String receivingCoordinator,
        List<Sector> sectors,
        List<OpenItem> openItems,
        List<String> risks,
        LocalDate proposedEffectiveOn,
        String proposedBy,
        Instant proposedAt,
        long proposalPosition,
        Status status,
        Instant escalatedAt,
        String answeredBy,
        String acceptorName,
        String answeredInRole,
        Instant answeredAt,
        String reason,
        String briefDigest,
        LocalDate effectiveOn,
        long position) implements Positioned {

    public enum Status { PENDING, ACCEPTED, DECLINED, WITHDRAWN, LAPSED }

    /** The id of its view document: the case and the handover. */
    public static String idOf(String caseId, String handoverId) {
        return caseId + "/" + handoverId;
    }
}
