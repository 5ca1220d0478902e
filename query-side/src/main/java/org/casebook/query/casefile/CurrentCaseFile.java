package org.casebook.query.casefile;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A case file as it stands now: the file, with the people deployed to the case and the money obligated for it. */
public record CurrentCaseFile(@JsonUnwrapped CaseFile file, int peopleDeployed, String fundsObligated) {
}
