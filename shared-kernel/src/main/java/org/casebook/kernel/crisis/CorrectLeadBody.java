package org.casebook.kernel.crisis;

/**
 * Correct the body recorded as leading the whole case (opened under a misspelt or wrong body, say): it leads from
 * the day the wrong one was recorded as leading. Nothing is edited: the correction is recorded, with its reason.
 */
public record CorrectLeadBody(CaseId crisisId, Body leadBody, String reason) implements CrisisCommand {
}
