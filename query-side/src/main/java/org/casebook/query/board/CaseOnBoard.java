package org.casebook.query.board;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A case on the live status board: its row, with the people deployed to it and the money obligated for it. */
public record CaseOnBoard(@JsonUnwrapped BoardRow row, int peopleDeployed, String fundsObligated) {
}
