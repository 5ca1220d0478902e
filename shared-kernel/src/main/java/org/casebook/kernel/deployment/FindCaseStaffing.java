package org.casebook.kernel.deployment;

import org.casebook.kernel.crisis.CrisisId;

/** Who is deployed to one case, and for how long. */
public record FindCaseStaffing(CrisisId crisisId) {
}
