package org.casebook.journal.testing;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.casebook.journal.CanonicalForm;
import org.casebook.journal.Commit;
import org.casebook.journal.CommitDocuments;
import org.casebook.journal.CommitStore;

/** Reads the raw commit documents back, independently of the storage engine. */
public final class StoredJournal {

    private final MongoDatabase database;

    public StoredJournal(MongoDatabase database) {
        this.database = database;
    }

    /** Every stored commit, in position order, by walking the chain from position 1. */
    public List<Commit> commits() {
        List<Commit> commits = new ArrayList<>();
        long next = 1;
        while (true) {
            Document document = database.getCollection(CommitStore.COMMITS).find(new Document("_id", next)).first();
            if (document == null) {
                return commits;
            }
            Commit commit = CommitDocuments.fromDocument(document);
            commits.add(commit);
            next = commit.lastPosition() + 1;
        }
    }

    public long documentCount() {
        return database.getCollection(CommitStore.COMMITS).countDocuments();
    }

    /** The first commit whose stored hash or link does not match its recomputation, or null if all match. */
    public Commit firstBrokenLink() {
        String previous = CanonicalForm.GENESIS_HASH;
        for (Commit commit : commits()) {
            if (!commit.previousHash().equals(previous) || !commit.recomputedHash().equals(commit.hash())) {
                return commit;
            }
            previous = commit.hash();
        }
        return null;
    }
}
