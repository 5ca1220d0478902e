package org.casebook.kernel.crisis;

import org.casebook.kernel.EventType;

/**
 * The body leading the whole case was recorded wrongly as {@code fromBody}: it is {@code toBody}, from the same day
 * (the case's opening, or the handover that made {@code fromBody} lead). A correction of the record, with its
 * reason; the handovers the case had keep their meaning.
 */
@EventType(name = "LeadBodyCorrected", revision = "1")
public record LeadBodyCorrected(CaseId crisisId, Body fromBody, Body toBody, String reason) implements CrisisEvent {
}
