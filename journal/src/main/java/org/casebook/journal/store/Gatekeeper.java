package org.casebook.journal.store;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;

/**
 * The embedded store's door: the wire server has no authentication, so a connection is served only after its
 * handshake ({@code hello}) names the store's access token as the client's application name
 * ({@code appName} in the connection string). The token is drawn at random when the store opens and known only to
 * the process that holds it, unless the store is shared, when it is written to a file in the data folder that
 * only its owner can read. Any other local process reaching the port is refused at its first command.
 */
final class Gatekeeper implements MongoBackend {

    private static final Set<String> HANDSHAKES = Set.of("hello", "isMaster", "ismaster");
    private static final int UNAUTHORIZED = 13;

    private final MongoBackend backend;
    private final String token;
    private final Set<Channel> admitted = ConcurrentHashMap.newKeySet();

    Gatekeeper(MongoBackend backend, String token) {
        this.backend = backend;
        this.token = token;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        admit(channel, command, query);
        return backend.handleCommand(channel, database, command, query);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document document = message.getDocument();
        admit(message.getChannel(), document.isEmpty() ? "" : document.keySet().iterator().next(), document);
        return backend.handleMessage(message);
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        requireAdmitted(query.getChannel());
        return backend.handleQuery(query);
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        requireAdmitted(query.getChannel());
        return backend.getCurrentOperations(query);
    }

    private void admit(Channel channel, String command, Document query) {
        if (HANDSHAKES.contains(command) && !admitted.contains(channel)) {
            if (!(query.get("client") instanceof Document client && client.get("application") instanceof Document app
                    && token.equals(app.get("name")))) {
                channel.close();
                throw refused();
            }
            admitted.add(channel);
            return;
        }
        requireAdmitted(channel);
    }

    private void requireAdmitted(Channel channel) {
        if (!admitted.contains(channel)) {
            channel.close();
            throw refused();
        }
    }

    private static MongoServerError refused() {
        return new MongoServerError(UNAUTHORIZED, "Unauthorized",
                                    "this store serves only the Casebook process that holds it");
    }

    @Override
    public void handleClose(Channel channel) {
        admitted.remove(channel);
        backend.handleClose(channel);
    }

    @Override
    public void dropDatabase(String database) {
        backend.dropDatabase(database);
    }

    /**
     * Called only by the wire handler for a legacy (OP_QUERY) {@code serverStatus}, which it answers before any
     * command reaches this door, from no channel: it would tell a stranger the host, the process id and the
     * uptime. Casebook's own clients never ask it (the backend answers its own {@code serverStatus} command).
     * The legacy {@code ping}, answered by the wire handler alone, tells no more than an open port does.
     */
    @Override
    public Document getServerStatus() {
        throw refused();
    }

    @Override
    public void close() {
        backend.close();
    }

    @Override
    public void closeCursors(java.util.List<Long> cursorIds) {
        backend.closeCursors(cursorIds);
    }

    @Override
    public java.time.Clock getClock() {
        return backend.getClock();
    }

    @Override
    public void enableOplog() {
        backend.enableOplog();
    }

    @Override
    public void disableOplog() {
        backend.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return backend.resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        backend.version(version);
        return this;
    }
}
