package org.casebook.kernel.handover;

import org.casebook.kernel.crisis.CrisisId;

/** The digest of a handover's brief (a String), as the receiver is shown it; empty for no such handover. */
public record FindBriefDigest(CrisisId crisisId, HandoverId handoverId) {
}
