package org.casebook.server.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.casebook.server.cli.CasebookCli;

/**
 * {@code ./casebook} run as a process of its own, as a user runs it: its standard output and standard error kept
 * apart. Its class path is the server's without the test classes, so it logs as the product does. Or
 * {@code ./casebook start} as a long-running {@link Node} that a test kills and starts again.
 */
public final class CasebookProcess {

    /** What the command printed on each stream, and how it exited. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    private CasebookProcess() {
    }

    public static Result run(Path workingDirectory, String... arguments) {
        List<String> command = new ArrayList<>(javaCommand(productClassPath()));
        command.add(CasebookCli.class.getName());
        command.addAll(Arrays.asList(arguments));
        try {
            Path stdout = Files.createTempFile("casebook-stdout-", ".txt");
            Path stderr = Files.createTempFile("casebook-stderr-", ".txt");
            try {
                Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                                                             .redirectOutput(stdout.toFile())
                                                             .redirectError(stderr.toFile()).start();
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("casebook " + String.join(" ", arguments) + " did not end");
                }
                return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                                  Files.readString(stderr, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * JVM options for a node that must start soon rather than run fast (C1 only: about half the start time on a
     * loaded machine); a benchmark leaves them out.
     */
    public static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /**
     * {@code ./casebook start} with these options as a long-running node of its own (a JVM of its own with these
     * JVM options), on this HTTP port; its output goes to files in {@code workingDirectory}. It is not waited for:
     * see {@link Node#awaitReady}.
     */
    public static Node startNode(Path workingDirectory, int port, List<String> jvmOptions, List<String> options) {
        Node node = new Node(workingDirectory, port, jvmOptions, options);
        node.start();
        return node;
    }

    /** A Casebook node running as a process of its own, which a test may kill and start again. */
    public static final class Node {

        private static final Duration POLL = Duration.ofMillis(200);

        private final Path workingDirectory;
        private final int port;
        private final List<String> jvmOptions;
        private final List<String> options;
        private Process process;

        private Node(Path workingDirectory, int port, List<String> jvmOptions, List<String> options) {
            this.workingDirectory = workingDirectory;
            this.port = port;
            this.jvmOptions = jvmOptions;
            this.options = options;
        }

        /** Starts the node (again, on the same port and options: as an operator restarts a node that died). */
        public void start() {
            if (process != null && process.isAlive()) {
                throw new IllegalStateException("node on port " + port + " is running");
            }
            List<String> command = new ArrayList<>(javaCommand(productClassPath()));
            command.addAll(1, jvmOptions);
            command.addAll(List.of(CasebookCli.class.getName(), "start", "--port", String.valueOf(port)));
            command.addAll(options);
            try {
                process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                                                     .redirectOutput(Redirect.appendTo(log("stdout")))
                                                     .redirectError(Redirect.appendTo(log("stderr"))).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Waits until the node answers ready (/actuator/health/readiness: the store answers, the head is known). */
        public void awaitReady(Duration timeout) {
            Api anonymous = new Api(baseUrl(), null, null);
            Instant giveUp = Instant.now().plus(timeout);
            while (true) {
                if (!process.isAlive()) {
                    throw new AssertionError("node on port " + port + " ended (" + process.exitValue() + "): "
                                                     + errors());
                }
                try {
                    if (anonymous.get("/actuator/health/readiness").status() == 200) {
                        return;
                    }
                } catch (UncheckedIOException notListeningYet) {
                    // it is still starting
                }
                if (Instant.now().isAfter(giveUp)) {
                    throw new AssertionError("node on port " + port + " not ready after " + timeout + ": " + errors());
                }
                Api.pause(POLL);
            }
        }

        /**
         * Kills the node at once, as {@code kill -9} does: on Linux {@link Process#destroyForcibly} sends SIGKILL, so
         * it finishes no request, releases no claim and runs no shutdown hook.
         */
        public void kill() {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Stops the node as an operator does (SIGTERM: a graceful shutdown), or kills it after a minute. */
        public void stop() {
            if (process == null || !process.isAlive()) {
                return;
            }
            process.destroy();
            try {
                if (!process.waitFor(1, TimeUnit.MINUTES)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        public boolean isAlive() {
            return process.isAlive();
        }

        /** The process id, which the node's name in the token store begins with ({@code pid@host#...}). */
        public long pid() {
            return process.pid();
        }

        public String baseUrl() {
            return "http://localhost:" + port;
        }

        public Api as(String role) {
            return new Api(baseUrl(), CasebookInstance.userFor(role), CasebookInstance.PASSWORD);
        }

        /** The end of what the node wrote on standard error, to say why it failed. */
        public String errors() {
            try {
                String all = Files.readString(log("stderr").toPath(), StandardCharsets.UTF_8);
                return all.substring(Math.max(0, all.length() - 4_000));
            } catch (IOException e) {
                return "(no standard error: " + e + ")";
            }
        }

        private File log(String stream) {
            return workingDirectory.resolve("node-" + port + "." + stream + ".txt").toFile();
        }
    }

    /** A free port on this machine, for a node that must keep its port across restarts. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> javaCommand(String classPath) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath);
    }

    /** The test's class path (surefire keeps it apart from its own) without test classes and test jars. */
    private static String productClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                     .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("-tests.jar"))
                     .collect(Collectors.joining(File.pathSeparator));
    }
}
