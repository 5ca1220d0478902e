package org.casebook.query.casefile;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.casebook.query.standing.CaseStandings.Standing;

/**
 * A case file as it stands now: the file, with the case's standing (the people deployed to it, the money obligated
 * for it, and what needs attention).
 */
public record CurrentCaseFile(@JsonUnwrapped CaseFile file, @JsonUnwrapped Standing standing) {
}
