package org.casebook.journal.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * The signed digests, outside the journal's collection, one document per digest:
 *
 * <pre>
 * { _id: "POSITION:KEY", position: int64, hash: hex, time: date (ms), signature: base64, key: key id }
 * </pre>
 *
 * The id makes a digest of one head by one key unique, so processes sharing a key sign a head once. Nothing here
 * is trusted: each digest proves itself by its signature, and an auditor keeps copies elsewhere.
 */
public final class DigestLog {

    public static final String COLLECTION = "journal_digests";
    private static final Comparator<SignedDigest> IN_ORDER = Comparator.comparingLong(SignedDigest::position)
                                                                       .thenComparing(SignedDigest::time);

    private final MongoCollection<Document> digests;

    /** @param majority write and read with majority concerns (a replica set), as the journal does */
    public DigestLog(MongoDatabase database, boolean majority) {
        MongoCollection<Document> collection = database.getCollection(COLLECTION);
        this.digests = majority ? collection.withWriteConcern(WriteConcern.MAJORITY.withJournal(true))
                                            .withReadConcern(ReadConcern.MAJORITY)
                                : collection;
    }

    /** Stores the digest; false if this key's digest of that head is there already. */
    public boolean append(SignedDigest digest) {
        try {
            digests.insertOne(new Document("_id", id(digest.position(), digest.key()))
                                      .append("position", digest.position())
                                      .append("hash", digest.hash())
                                      .append("time", Date.from(digest.time()))
                                      .append("signature", digest.signature())
                                      .append("key", digest.key()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    public boolean holds(long position, String key) {
        return digests.find(new Document("_id", id(position, key))).first() != null;
    }

    /** What the log holds at or after a position: the digests, by position then time, and documents that are none. */
    public record Contents(List<SignedDigest> digests, List<String> unreadable) {
    }

    /**
     * Every digest at or after {@code from}. The whole log is read (it is small: one digest per interval), so that
     * a document whose fields were changed to another type is named rather than left out by the query.
     */
    public Contents from(long from) {
        List<SignedDigest> found = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Document document : digests.find()) {
            SignedDigest digest = fromDocument(document);
            if (digest == null) {
                unreadable.add(String.valueOf(document.get("_id")));
            } else if (digest.position() >= from) {
                found.add(digest);
            }
        }
        found.sort(IN_ORDER);
        return new Contents(List.copyOf(found), List.copyOf(unreadable));
    }

    public List<SignedDigest> all() {
        return from(Long.MIN_VALUE).digests();
    }

    private static SignedDigest fromDocument(Document document) {
        if (!(document.get("position") instanceof Number position) || !(document.get("time") instanceof Date time)
                || !(document.get("hash") instanceof String hash)) {
            return null;
        }
        return new SignedDigest(position.longValue(), hash, time.toInstant(),
                                document.get("signature") instanceof String signature ? signature : null,
                                document.get("key") instanceof String key ? key : null);
    }

    private static String id(long position, String key) {
        return position + ":" + key;
    }
}
