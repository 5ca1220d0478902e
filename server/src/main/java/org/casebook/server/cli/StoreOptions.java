package org.casebook.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casebook.journal.store.EmbeddedStore;
import org.casebook.journal.store.Store;
import picocli.CommandLine.Option;

/** Where a command-line tool finds the record: a stopped server's data folder, or MongoDB. */
final class StoreOptions {

    @Option(names = "--data", defaultValue = "./data",
            description = "data folder of a stopped embedded store (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--mongo-uri", description = "use this MongoDB instead of a data folder")
    String mongoUri;

    @Option(names = "--database", defaultValue = "casebook", description = "database name (default: ${DEFAULT-VALUE})")
    String database;

    /** The store, or null (with the reason on {@code err}) when there is no Casebook data where it was asked. */
    Store open(PrintWriter err, String command) {
        if (mongoUri == null && !Files.exists(data.resolve(EmbeddedStore.FILE_NAME))) {
            err.println("casebook " + command + ": no Casebook data in " + data.toAbsolutePath().normalize());
            return null;
        }
        return mongoUri == null ? Store.embedded(data, 0, database) : Store.mongo(mongoUri, database);
    }

    static void explainHeld(PrintWriter err, String command, Exception e, String api) {
        err.println("casebook " + command + ": " + e.getMessage());
        err.println("  A running Casebook holds its data folder: use its API (" + api + "), or stop it first.");
    }
}
