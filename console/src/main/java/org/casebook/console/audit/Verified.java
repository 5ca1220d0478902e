package org.casebook.console.audit;

import org.springframework.stereotype.Component;

/** What a verification found, in words an auditor reads (in templates: {@code ${@verified.problem(p.kind())}}). */
@Component("verified")
public class Verified {

    /** What a problem of the journal, its digests or its access log means, by the name of its kind. */
    public String problem(Object kind) {
        return switch (String.valueOf(kind)) {
            case "ALTERED" -> "an entry was changed after it was written: its stored hash is not the hash of its fields";
            case "BROKEN_LINK" -> "the chain is broken: an entry does not name the hash of the one before it, "
                    + "so one before it was removed or rewritten";
            case "MISSING_POSITIONS", "MISSING" -> "entries are missing: no commit holds these positions";
            case "OVERLAP" -> "a commit starts inside the one before it";
            case "SEQUENCE" -> "a record's entries skip or repeat a number";
            case "STREAM_KEYS" -> "a commit's stream keys do not match its entries";
            case "MISSING_HEAD" -> "entries were removed at the end: the head writers noted is not in the journal";
            case "ANCHOR_MISMATCH" -> "the history up to the anchor changed: its hash differs";
            case "UNREADABLE" -> "a stored document could not be read as a commit";
            case "DIGEST_BROKEN" -> "the history up to a signed digest was rewritten: the journal no longer holds "
                    + "the hash Casebook signed there";
            case "DIGEST_BEYOND_HEAD" -> "entries were removed at the end: a signed digest names a head beyond the journal";
            case "NOT_IN_CHAIN" -> "an access log entry was put there by hand: it has no place in the log's chain";
            case "DIGEST_SIGNATURE_INVALID" -> "the digest log was edited: a signature does not verify with a trusted key";
            default -> String.valueOf(kind).replace('_', ' ').toLowerCase(java.util.Locale.ENGLISH);
        };
    }

    /** How far a run has come, in hundredths, for a progress bar (0 before it knows the head). */
    public long percent(long position, long head) {
        return head <= 0 ? 0 : Math.min(100, position * 100 / head);
    }
}
