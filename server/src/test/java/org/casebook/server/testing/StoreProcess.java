package org.casebook.server.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.casebook.journal.store.Store;

/**
 * The embedded store as a process of its own, shared with the Casebook nodes of a test over its wire port (as a
 * MongoDB server would be), so that any node may be killed without the store. The store writes its connection
 * string, access token included, to {@link Store#ACCESS_FILE} in its data folder; it closes when its standard input
 * does (when the test ends it, or the test's JVM dies).
 */
public final class StoreProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(1);

    private final Process process;
    private final String connectionString;

    private StoreProcess(Process process, String connectionString) {
        this.process = process;
        this.connectionString = connectionString;
    }

    /** Starts the embedded store in {@code dataDirectory} in a JVM of its own and waits for its connection string. */
    public static StoreProcess start(Path dataDirectory) {
        Path access = dataDirectory.resolve(Store.ACCESS_FILE);
        List<String> command = new ArrayList<>(CasebookProcess.javaCommand(
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))));
        command.addAll(1, CasebookProcess.QUICK_START);
        command.addAll(List.of(StoreProcess.class.getName(), dataDirectory.toString()));
        try {
            Files.deleteIfExists(access);
            File log = dataDirectory.resolve("store.log.txt").toFile();
            Process process = new ProcessBuilder(command).redirectOutput(Redirect.appendTo(log))
                                                         .redirectErrorStream(true).start();
            Instant giveUp = Instant.now().plus(START_TIMEOUT);
            while (!Files.exists(access) || Files.readString(access).isBlank()) {
                if (!process.isAlive() || Instant.now().isAfter(giveUp)) {
                    process.destroyForcibly();
                    throw new AssertionError("the store did not start: " + Files.readString(log.toPath()));
                }
                Thread.sleep(100);
            }
            return new StoreProcess(process, Files.readString(access).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The URI a node is given ({@code --mongo-uri}) to run on this store. */
    public String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** The store process: opens the store shared, then holds it until its standard input ends. */
    public static void main(String[] arguments) throws IOException {
        try (Store store = Store.embedded(Path.of(arguments[0]), 0, "casebook", true)) {
            System.out.println(store.description());
            while (System.in.read() != -1) {
                // only the end of the input matters
            }
        }
    }
}
