package org.casebook.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.casebook.journal.store.EmbeddedStore;
import org.casebook.journal.store.Store;
import org.casebook.journal.store.StoreUnavailableException;
import org.casebook.query.audit.AccessLog;
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

    /** What a command does with the store, answering its exit code. */
    @FunctionalInterface
    interface OnStore {
        int run(Store store) throws Exception;
    }

    /**
     * Runs {@code work} on the store and answers its exit code; {@link CasebookCommand#COULD_NOT}, with the reason on
     * {@code err}, when there is no Casebook data where it was asked or a running Casebook holds it ({@code api} is
     * what to use then instead).
     */
    int run(PrintWriter err, String command, String api, OnStore work) throws Exception {
        try (Store store = open(err, command)) {
            if (store == null) {
                return CasebookCommand.COULD_NOT;
            }
            return work.run(store);
        } catch (StoreUnavailableException e) {
            explainHeld(err, command, e, api);
            return CasebookCommand.COULD_NOT;
        }
    }

    /** Notes on the access log what the operator at this command line read or checked. */
    static void recordAccess(Store store, String action, Map<String, Object> details) {
        new AccessLog(store, Clock.systemUTC()).record(System.getProperty("user.name"), "OPERATOR", action, details);
    }

    static void explainHeld(PrintWriter err, String command, Exception e, String api) {
        err.println("casebook " + command + ": " + e.getMessage());
        err.println("  A running Casebook holds its data folder: use its API (" + api + "), or stop it first.");
    }
}
