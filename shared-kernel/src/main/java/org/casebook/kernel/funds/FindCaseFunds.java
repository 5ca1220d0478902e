package org.casebook.kernel.funds;

import org.casebook.kernel.crisis.CrisisId;

/** The money of one case, by source and sector, with every movement. */
public record FindCaseFunds(CrisisId crisisId) {
}
