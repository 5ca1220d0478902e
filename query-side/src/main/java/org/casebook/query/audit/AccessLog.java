package org.casebook.query.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.casebook.journal.accesslog.AccessLogStore;
import org.casebook.journal.store.Store;
import org.casebook.query.ViewStore;
import org.springframework.stereotype.Component;

/**
 * Who read what, and when, among the reads auditors make of the record (verifications, exports, views as of an
 * instant). The application only appends to it, and each entry is chained to the one before by hash
 * ({@code AccessLogForm}), so an entry changed, removed or slipped in through the store is found when the journal
 * is verified.
 */
@Component
public class AccessLog {

    public static final String COLLECTION = AccessLogStore.COLLECTION;

    /**
     * One recorded read, with its place in the chain and the hashes that chain it ({@code position},
     * {@code previousHash} and {@code hash} are null for an entry from before the chain).
     */
    public record Access(Long position, Instant at, String user, String role, String action,
                         Map<String, Object> details, String previousHash, String hash) {
    }

    private final AccessLogStore entries;
    private final Clock clock;

    public AccessLog(Store store, Clock clock) {
        this.entries = new AccessLogStore(store.database(), !store.isEmbedded());
        this.clock = clock;
    }

    /** Records a read made through the API, by the signed-in user in the role they read in. */
    public void record(HttpServletRequest request, String action, Map<String, ?> details) {
        Auditor auditor = Auditor.of(request);
        record(auditor.user(), auditor.role(), action, details);
    }

    public void record(String user, String role, String action, Map<String, ?> details) {
        entries.append(clock.instant(), user, role, action, details);
    }

    /** One page, newest first, with the number of entries in all: both from one state of the log. */
    public ViewStore.Page<Access> newest(int page, int size) {
        AccessLogStore.Page found = entries.newest(page, size);
        return new ViewStore.Page<>(found.items().stream()
                      .map(entry -> new Access(entry.position(), entry.at(), entry.user(), entry.role(),
                                               entry.action(), entry.details(), entry.previousHash(), entry.hash()))
                      .toList(), found.total());
    }

    /** The stored log, for verification. */
    public AccessLogStore store() {
        return entries;
    }
}
