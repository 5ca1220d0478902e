package org.casebook.query.board;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.casebook.query.standing.CaseStandings.Standing;

/**
 * A case on the live status board: its row, with its standing (the people deployed to it, the money obligated for
 * it, and what needs attention now).
 */
public record CaseOnBoard(@JsonUnwrapped BoardRow row, @JsonUnwrapped Standing standing) {
}
