package org.casebook.kernel.handover;

import org.casebook.kernel.crisis.CrisisEvent;

/** An entry about one handover of a case's lead; it is part of the case's record. */
public sealed interface HandoverEvent extends CrisisEvent
        permits HandoverProposed, HandoverAccepted, HandoverDeclined, HandoverWithdrawn, HandoverEscalated,
        HandoverLapsed, LeadTransferred {

    HandoverId handoverId();
}
