package org.casebook.journal.accesslog;

import java.time.Instant;
import java.util.Map;

/**
 * One read recorded in the access log: when, by whom in which role, what and with which details. An entry of the
 * chain has its {@code position} (dense, from 1), the hash of the entry before it and its own hash
 * ({@link AccessLogForm}); an entry recorded before the chain existed has neither (all three null).
 */
public record AccessEntry(Long position, Instant at, String user, String role, String action,
                          Map<String, Object> details, String previousHash, String hash) {

    public boolean chained() {
        return position != null;
    }
}
