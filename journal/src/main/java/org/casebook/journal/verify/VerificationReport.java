package org.casebook.journal.verify;

import java.util.List;

/**
 * The result of verifying the journal from position {@code from}: how far it went ({@code verifiedTo}, with the
 * hash of the commit there), what it read, and the problems found, the first ones first ({@code problemsOmitted}
 * counts those left out). With an anchor, {@code anchorHolds} says whether the journal still holds exactly that
 * history up to the anchor's position.
 */
public record VerificationReport(
        boolean intact,
        long from,
        long verifiedTo,
        String hash,
        long commits,
        long events,
        long cases,
        Anchor anchor,
        Boolean anchorHolds,
        List<Problem> problems,
        long problemsOmitted,
        long tookMillis) {
}
