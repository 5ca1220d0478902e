package org.casebook.server.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.casebook.server.cli.CasebookCli;

/**
 * {@code ./casebook} run as a process of its own, as a user runs it: its standard output and standard error kept
 * apart. Its class path is the server's without the test classes, so it logs as the product does.
 */
public final class CasebookProcess {

    /** What the command printed on each stream, and how it exited. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    private CasebookProcess() {
    }

    public static Result run(Path workingDirectory, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                                       "-cp", productClassPath(), CasebookCli.class.getName()));
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

    /** The test's class path (surefire keeps it apart from its own) without test classes and test jars. */
    private static String productClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                     .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("-tests.jar"))
                     .collect(Collectors.joining(File.pathSeparator));
    }
}
