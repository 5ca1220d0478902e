package org.casebook.kernel.crisis;

/** Correct an earlier entry of the case. Nothing is edited: the correction is recorded beside the original. */
public record CorrectEntry(CaseId crisisId, EventId correctsEventId, String reason, String correctedText)
        implements CrisisCommand {
}
