package org.casebook.journal.verify;

import java.util.List;
import java.util.Map;

import org.casebook.journal.accesslog.AccessLogReport;

/**
 * The result of verifying the journal from position {@code from}: how far it went ({@code verifiedTo}, with the
 * hash of the commit there), what it read, and the problems found, the first ones first ({@code problemsOmitted}
 * counts those left out). With an anchor, {@code anchorHolds} says whether the journal still holds exactly that
 * history up to the anchor's position. {@code digests} says how many signed digests were checked (null when
 * the verifier was given no digest log), and {@code accessLog} how the access log's own chain fared (null when
 * it was not verified). It is {@code intact} when the journal, its digests and the access log all are.
 * {@code streams} counts the event streams met (a case, a responder, a deployment, a funding source, a report
 * submission: one each), by aggregate type.
 */
public record VerificationReport(
        boolean intact,
        long from,
        long verifiedTo,
        String hash,
        long commits,
        long events,
        Streams streams,
        Anchor anchor,
        Boolean anchorHolds,
        DigestCheck digests,
        List<Problem> problems,
        long problemsOmitted,
        AccessLogReport accessLog,
        long tookMillis) {

    /** How many streams the verification met, in all and by aggregate type (as stored, such as {@code Crisis}). */
    public record Streams(long total, Map<String, Long> byType) {
    }
}
