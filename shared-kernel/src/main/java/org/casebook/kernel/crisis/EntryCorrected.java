package org.casebook.kernel.crisis;

import org.casebook.kernel.EventType;

/**
 * A correction of an earlier entry of the same case, identified by its event id; the case's sequence number and
 * type of that entry are recorded too, so that views can place the correction beside it.
 */
@EventType(name = "EntryCorrected", revision = "1")
public record EntryCorrected(
        CaseId crisisId,
        EventId correctedEventId,
        long correctedSequence,
        String correctedEntryType,
        String reason,
        String correctedText) implements CrisisEvent {
}
