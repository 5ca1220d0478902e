package org.casebook.kernel.handover;

import org.casebook.kernel.crisis.CaseId;

/**
 * The digest of a handover's brief (a String) as a receiver is shown it: with SBU text withheld unless
 * {@code clearedForSbu}. Empty for no such handover.
 */
public record FindBriefDigest(CaseId crisisId, HandoverId handoverId, boolean clearedForSbu) {
}
