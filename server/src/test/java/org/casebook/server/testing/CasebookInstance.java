package org.casebook.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClients;
import org.casebook.journal.store.Store;
import org.casebook.journal.testing.TestStore;
import org.casebook.server.CasebookServer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A running Casebook server for HTTP tests: on the embedded store in a temporary data folder, or, when
 * {@code -Dcasebook.test.mongo-uri=...} is given, on that MongoDB in a database of its own. It can be stopped and
 * started again on the same data. Its users are one per role (the coordinator of CRSG; all but the admin cleared
 * for SBU), a second coordinator of another body, and an uncleared user of each cleared role, each with the
 * password {@link #PASSWORD}.
 */
public final class CasebookInstance implements AutoCloseable {

    public static final String PASSWORD = "test-password";
    public static final List<String> ROLES = List.of("COORDINATOR", "AUDITOR", "REPORTER", "ADMIN");
    /** The users of these roles hold SBU clearance; {@link #uncleared} gives one of each role that does not. */
    public static final List<String> CLEARED = List.of("COORDINATOR", "AUDITOR", "REPORTER");
    /** A second coordinator, of another body than the first (which belongs to CRSG): to receive handovers. */
    public static final String FIELD_COORDINATOR = "field-coordinator";
    public static final String FIELD_BODY = "Embassy Khartoum";
    /** The display names of the first coordinator and of the second (the other users have none: their login). */
    public static final String COORDINATOR_NAME = "M. Alvarez";
    public static final String FIELD_COORDINATOR_NAME = "J. Okafor";

    private final Path dataDirectory;
    private final String database;
    private Map<String, String> extraProperties;
    private final boolean demoUsers;
    private Clock clock;
    private ConfigurableApplicationContext context;

    private CasebookInstance(Map<String, String> extraProperties, boolean demoUsers) {
        this(extraProperties, demoUsers, "casebook_test_" + UUID.randomUUID().toString().replace("-", ""));
    }

    private CasebookInstance(Map<String, String> extraProperties, boolean demoUsers, String database) {
        this(extraProperties, demoUsers, database, temporaryDirectory());
    }

    private CasebookInstance(Map<String, String> extraProperties, boolean demoUsers, String database,
                             Path dataDirectory) {
        this.extraProperties = extraProperties;
        this.demoUsers = demoUsers;
        this.database = database;
        this.dataDirectory = dataDirectory;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("casebook-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CasebookInstance start() {
        return start(Map.of());
    }

    public static CasebookInstance start(Map<String, String> properties) {
        return launch(properties, false, null);
    }

    /** A server whose clock (for the record and for deadlines) the test moves. */
    public static CasebookInstance start(Map<String, String> properties, Clock clock) {
        return launch(properties, false, clock);
    }

    /** A server that checks handover deadlines often (every 200 ms) on a clock the test moves. */
    public static CasebookInstance startCheckingDeadlinesOften(Clock clock) {
        return start(Map.of("casebook.handovers.deadline-check", "200ms"), clock);
    }

    /** A server on the embedded store with its demo users (and no others) instead of the test users. */
    public static CasebookInstance startWithDemoUsers() {
        return startWithDemoUsers(Map.of());
    }

    /** As {@link #startWithDemoUsers()}, with these properties. */
    public static CasebookInstance startWithDemoUsers(Map<String, String> properties) {
        return launch(properties, true, null);
    }

    /**
     * A server with the test users on the embedded store in this data folder (kept: a later start on the same folder
     * finds what this one recorded), as benchmarks need to reuse a large history.
     */
    public static CasebookInstance startIn(Path dataDirectory, Map<String, String> properties) {
        CasebookInstance instance = new CasebookInstance(properties, false, "casebook", dataDirectory);
        instance.restart();
        return instance;
    }

    private static CasebookInstance launch(Map<String, String> properties, boolean demoUsers, Clock clock) {
        CasebookInstance instance = new CasebookInstance(properties, demoUsers);
        instance.clock = clock;
        instance.restart();
        return instance;
    }

    /**
     * A second server on this one's store, as another process would be: its own command bus, aggregate locks,
     * caches and view processors, sharing only the store. Close it before this one.
     */
    public CasebookInstance alongside() {
        return alongside(Map.of());
    }

    /** As {@link #alongside()}, with these properties instead of this one's (another role, for one). */
    public CasebookInstance alongside(Map<String, String> overriding) {
        String mongoUri = TestStore.realMongoUri();
        String uri = mongoUri != null ? mongoUri : bean(Store.class).embeddedConnectionString();
        Map<String, String> properties = new LinkedHashMap<>(extraProperties);
        properties.put("casebook.store.mongo-uri", uri);
        // processes of one Casebook share its digest key, so that each trusts the other's digests
        properties.putIfAbsent("casebook.digests.key-file", digestKeyFile().toString());
        properties.putAll(overriding);
        CasebookInstance other = new CasebookInstance(properties, false, database);
        other.clock = clock;
        other.restart();
        return other;
    }

    /** Starts the server again on the same data, with these properties instead of those it had. */
    public void restartWith(Map<String, String> properties) {
        extraProperties = properties;
        restart();
    }

    /** Starts the server (again) on the same data. */
    public void restart() {
        if (context != null) {
            throw new IllegalStateException("already running");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("casebook.data-dir", dataDirectory.toString());
        properties.put("casebook.store.database", database);
        properties.put("casebook.security.demo-users", String.valueOf(demoUsers));
        properties.put("logging.level.org.casebook", "WARN");
        if (!demoUsers) {
            properties.putAll(testUsers());
        }
        String mongoUri = TestStore.realMongoUri();
        if (mongoUri != null) {
            properties.put("casebook.store.mongo-uri", mongoUri);
        }
        properties.putAll(extraProperties);
        List<String> arguments = new ArrayList<>();
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        SpringApplication application = new SpringApplication(CasebookServer.class);
        if (clock != null) {
            application.addInitializers(starting -> starting.getBeanFactory().registerSingleton("clock", clock));
        }
        context = application.run(arguments.toArray(String[]::new));
    }

    /** The properties of the test users (see the class comment), as every instance and node has them. */
    public static Map<String, String> testUsers() {
        Map<String, String> properties = new LinkedHashMap<>();
        String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
        for (int i = 0; i < ROLES.size(); i++) {
            properties.put("casebook.security.users[" + i + "].name", userFor(ROLES.get(i)));
            properties.put("casebook.security.users[" + i + "].password-hash", hash);
            properties.put("casebook.security.users[" + i + "].role", ROLES.get(i));
        }
        properties.put("casebook.security.users[0].body", "CRSG");
        properties.put("casebook.security.users[0].display-name", COORDINATOR_NAME);
        for (String cleared : CLEARED) {
            properties.put("casebook.security.users[" + ROLES.indexOf(cleared) + "].clearance", "SBU");
        }
        int field = ROLES.size();
        properties.put("casebook.security.users[" + field + "].name", FIELD_COORDINATOR);
        properties.put("casebook.security.users[" + field + "].password-hash", hash);
        properties.put("casebook.security.users[" + field + "].role", "COORDINATOR");
        properties.put("casebook.security.users[" + field + "].body", FIELD_BODY);
        properties.put("casebook.security.users[" + field + "].display-name", FIELD_COORDINATOR_NAME);
        for (int i = 0; i < CLEARED.size(); i++) {
            String user = "casebook.security.users[" + (field + 1 + i) + "]";
            properties.put(user + ".name", unclearedUserFor(CLEARED.get(i)));
            properties.put(user + ".password-hash", hash);
            properties.put(user + ".role", CLEARED.get(i));
            if (CLEARED.get(i).equals("COORDINATOR")) {
                properties.put(user + ".body", "CRSG");
            }
        }
        return properties;
    }

    public void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /**
     * The properties that add one more account, with the test password, besides those every instance has:
     * {@code name} of {@code role}, and each of {@code more} ({@code "body"}, {@code "clearance"}, ...).
     */
    public static Map<String, String> anotherUser(String name, String role, Map<String, String> more) {
        String user = "casebook.security.users[" + (ROLES.size() + 1 + CLEARED.size()) + "]";
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(user + ".name", name);
        properties.put(user + ".role", role);
        properties.put(user + ".password-hash", new BCryptPasswordEncoder(4).encode(PASSWORD));
        more.forEach((key, value) -> properties.put(user + "." + key, value));
        return properties;
    }

    public static String userFor(String role) {
        return role.toLowerCase();
    }

    public Api as(String role) {
        return new Api(baseUrl(), userFor(role), PASSWORD);
    }

    /** A user of this role without SBU clearance (the coordinator's body is CRSG too). */
    public Api uncleared(String role) {
        if (!CLEARED.contains(role)) {
            return as(role);
        }
        return new Api(baseUrl(), unclearedUserFor(role), PASSWORD);
    }

    public static String unclearedUserFor(String role) {
        return userFor(role) + "-uncleared";
    }

    /** The second coordinator, of {@link #FIELD_BODY}. */
    public Api fieldCoordinator() {
        return new Api(baseUrl(), FIELD_COORDINATOR, PASSWORD);
    }

    /** The journal's head position. */
    public long head() {
        return as("AUDITOR").head();
    }

    /** The case's row on the status board, once the board holds journal position {@code after}. */
    public JsonNode boardRow(String caseId, long after) {
        for (JsonNode row : as("REPORTER").get("/api/crises?size=200&after=" + after).json().get("items")) {
            if (row.get("id").asText().equals(caseId)) {
                return row;
            }
        }
        throw new AssertionError("case " + caseId + " is not on the board");
    }

    /** How many entries of this type the case's journal holds (Casebook's own steps included). */
    public int entries(String caseId, String type) {
        return Journal.entries(as("AUDITOR"), caseId, type);
    }

    /** Waits up to 20 s for the case to have an entry of this type (one Casebook records itself, say). */
    public void awaitEntry(String caseId, String type) throws InterruptedException {
        Journal.awaitEntry(as("AUDITOR"), caseId, type, Duration.ofSeconds(20));
    }

    public Api anonymous() {
        return new Api(baseUrl(), null, null);
    }

    public String baseUrl() {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Where this instance keeps the key its head digests are signed with. */
    public Path digestKeyFile() {
        String configured = extraProperties.get("casebook.digests.key-file");
        return configured != null ? Path.of(configured) : dataDirectory.resolve("digest-signing.key");
    }

    /** Command-line options that point a tool at this instance's store (when it is stopped). */
    public List<String> storeOptions() {
        String mongoUri = TestStore.realMongoUri();
        return mongoUri == null
                ? List.of("--data", dataDirectory.toString(), "--database", database)
                : List.of("--mongo-uri", mongoUri, "--database", database);
    }

    @Override
    public void close() {
        stop();
        String mongoUri = TestStore.realMongoUri();
        if (mongoUri != null) {
            try (var client = MongoClients.create(mongoUri)) {
                client.getDatabase(database).drop();
            }
        }
    }
}
