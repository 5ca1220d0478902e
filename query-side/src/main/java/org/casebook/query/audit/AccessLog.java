package org.casebook.query.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import jakarta.servlet.http.HttpServletRequest;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Who read what, and when, among the reads auditors make of the record (verifications, exports, views as of an
 * instant). The application only appends to it: there is no way to change or remove an entry through Casebook.
 */
@Component
public class AccessLog {

    public static final String COLLECTION = "audit_access_log";

    /** One recorded read. */
    public record Access(Instant at, String user, String role, String action, Map<String, Object> details) {
    }

    private final MongoCollection<Document> entries;
    private final Clock clock;

    public AccessLog(MongoDatabase database, Clock clock) {
        this.entries = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    /** Records a read made through the API, by the signed-in user in the role they read in. */
    public void record(HttpServletRequest request, String action, Map<String, ?> details) {
        Auditor auditor = Auditor.of(request);
        record(auditor.user(), auditor.role(), action, details);
    }

    public void record(String user, String role, String action, Map<String, ?> details) {
        entries.insertOne(new Document("at", Date.from(clock.instant()))
                                  .append("user", user)
                                  .append("role", role)
                                  .append("action", action)
                                  .append("details", new Document(new LinkedHashMap<>(details))));
    }

    /** Newest first. */
    public List<Access> newest(int page, int size) {
        List<Access> accesses = new ArrayList<>();
        for (Document entry : entries.find().sort(new Document("at", -1).append("_id", -1))
                                     .skip(page * size).limit(size)) {
            Document details = entry.get("details", Document.class);
            accesses.add(new Access(entry.getDate("at").toInstant(), entry.getString("user"),
                                    entry.getString("role"), entry.getString("action"),
                                    details == null ? Map.of() : new LinkedHashMap<>(details)));
        }
        return accesses;
    }

    public long count() {
        return entries.countDocuments();
    }
}
