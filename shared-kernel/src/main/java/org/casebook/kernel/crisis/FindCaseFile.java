package org.casebook.kernel.crisis;

/** The full current state of one case. */
public record FindCaseFile(CrisisId crisisId) {
}
