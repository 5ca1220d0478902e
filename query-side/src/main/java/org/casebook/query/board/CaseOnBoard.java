package org.casebook.query.board;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A case on the live status board: its row, with the people deployed to it, the money obligated for it, and what
 * needs attention now ({@code flags}; {@code handoverPendingHours}: how long its oldest pending handover waits).
 */
public record CaseOnBoard(@JsonUnwrapped BoardRow row, int peopleDeployed, String fundsObligated, List<String> flags,
                          Long handoverPendingHours) {
}
