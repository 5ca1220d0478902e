package org.casebook.query.handover;

import java.time.Instant;
import java.time.LocalDate;

import org.casebook.kernel.handover.HandoverAccepted;
import org.casebook.kernel.handover.HandoverDeclined;
import org.casebook.kernel.handover.HandoverEscalated;
import org.casebook.kernel.handover.HandoverEvent;
import org.casebook.kernel.handover.HandoverLapsed;
import org.casebook.kernel.handover.HandoverProposed;
import org.casebook.kernel.handover.HandoverWithdrawn;
import org.casebook.kernel.handover.LeadTransferred;
import org.casebook.kernel.handover.Signatory;
import org.casebook.query.RecordedEntry;
import org.casebook.query.handover.HandoverRecord.Status;

/** A handover as a fold over its entries. Pure: no storage, no clock. */
public final class HandoverFold {

    private HandoverFold() {
    }

    /** The handover after {@code entry}, whose event is a {@link HandoverEvent}; null before its proposal. */
    public static HandoverRecord apply(HandoverRecord handover, RecordedEntry entry) {
        HandoverEvent event = (HandoverEvent) entry.event();
        if (event instanceof HandoverProposed e) {
            return new HandoverRecord(HandoverRecord.idOf(entry.caseId(), e.handoverId().value()), entry.caseId(),
                                      e.handoverId().value(), e.fromBody().value(), e.toBody().value(),
                                      e.receivingCoordinator(), e.sectors(), e.openItems(), e.risks(),
                                      e.proposedEffectiveOn(), e.proposedBy().user(), entry.recordedAt(),
                                      entry.position(), Status.PENDING, null, null, null, null, null, null, null, null,
                                      entry.position());
        }
        if (event instanceof HandoverEscalated e) {
            return with(handover, handover.status(), e.deadline(), null, entry, null, null, null);
        }
        if (event instanceof HandoverAccepted e) {
            return with(handover, Status.ACCEPTED, handover.escalatedAt(), e.acceptedBy(), entry, null,
                        e.briefDigest(), e.effectiveOn(), e.acceptorName());
        }
        if (event instanceof HandoverDeclined e) {
            return with(handover, Status.DECLINED, handover.escalatedAt(), e.declinedBy(), entry, e.reason(), null,
                        null);
        }
        if (event instanceof HandoverWithdrawn e) {
            return with(handover, Status.WITHDRAWN, handover.escalatedAt(), e.withdrawnBy(), entry, e.reason(), null,
                        null);
        }
        if (event instanceof LeadTransferred) {
            HandoverRecord h = handover;
            return new HandoverRecord(h.id(), h.caseId(), h.handoverId(), h.fromBody(), h.toBody(),
                                      h.receivingCoordinator(), h.sectors(), h.openItems(), h.risks(),
                                      h.proposedEffectiveOn(), h.proposedBy(), h.proposedAt(), h.proposalPosition(),
                                      h.status(), h.escalatedAt(), h.answeredBy(), h.acceptorName(), h.answeredInRole(),
                                      h.answeredAt(), h.reason(), h.briefDigest(), h.effectiveOn(), entry.position());
        }
        HandoverLapsed lapsed = (HandoverLapsed) event;
        return with(handover, Status.LAPSED, handover.escalatedAt(), null, entry,
                    "unanswered at " + lapsed.deadline(), null, null);
    }

    private static HandoverRecord with(HandoverRecord h, Status status, Instant escalatedAt, Signatory answered,
                                       RecordedEntry entry, String reason, String briefDigest,
                                       LocalDate effectiveOn) {
        return with(h, status, escalatedAt, answered, entry, reason, briefDigest, effectiveOn, null);
    }

    private static HandoverRecord with(HandoverRecord h, Status status, Instant escalatedAt, Signatory answered,
                                       RecordedEntry entry, String reason, String briefDigest,
                                       LocalDate effectiveOn, String acceptorName) {
        boolean ends = status != Status.PENDING;
        return new HandoverRecord(h.id(), h.caseId(), h.handoverId(), h.fromBody(), h.toBody(),
                                  h.receivingCoordinator(), h.sectors(), h.openItems(), h.risks(),
                                  h.proposedEffectiveOn(), h.proposedBy(), h.proposedAt(), h.proposalPosition(),
                                  status, escalatedAt, answered == null ? null : answered.user(), acceptorName,
                                  answered == null ? null : answered.role(), ends ? entry.recordedAt() : null, reason,
                                  briefDigest, effectiveOn, entry.position());
    }
}
