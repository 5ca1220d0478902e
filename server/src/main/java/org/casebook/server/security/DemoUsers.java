package org.casebook.server.security;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Properties;

/**
 * The demo users of the embedded store: one per role, and a second coordinator. Their passwords are all {@code CASEBOOK_DEMO_PASSWORD} when
 * it is set; otherwise they are generated at first start and kept, readable by the owner only, in the data folder.
 */
public final class DemoUsers {

    public static final String FILE_NAME = "demo-users.properties";
    public static final String PASSWORD_VARIABLE = "CASEBOOK_DEMO_PASSWORD";
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 16;

    /**
     * A demo user: one per role, and a second coordinator of another body to answer handovers. The coordinator,
     * the auditor and the reporter are cleared for SBU; the field coordinator and the admin are not, so a demo
     * shows what an uncleared reader sees.
     */
    public record DemoUser(String name, String password, Role role, String body, String clearance) {
    }

    private record Seat(String name, Role role, String body, String clearance) {
    }

    private static final List<Seat> SEATS = List.of(
            new Seat("coordinator", Role.COORDINATOR, "CRSG", "SBU"),
            new Seat("field-coordinator", Role.COORDINATOR, "Embassy", null),
            new Seat("auditor", Role.AUDITOR, null, "SBU"),
            new Seat("reporter", Role.REPORTER, null, "SBU"),
            new Seat("admin", Role.ADMIN, null, null));

    private DemoUsers() {
    }

    public static List<DemoUser> load(Path dataDirectory, String sharedPassword) {
        if (sharedPassword != null && !sharedPassword.isBlank()) {
            return SEATS.stream().map(seat -> new DemoUser(seat.name(), sharedPassword, seat.role(), seat.body(),
                                                           seat.clearance())).toList();
        }
        return loadOrGenerate(dataDirectory.resolve(FILE_NAME));
    }

    private static List<DemoUser> loadOrGenerate(Path file) {
        Properties passwords = new Properties();
        try {
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    passwords.load(in);
                }
            }
            boolean changed = false;
            SecureRandom random = new SecureRandom();
            for (Seat seat : SEATS) {
                if (passwords.getProperty(seat.name()) == null) {
                    passwords.setProperty(seat.name(), generate(random));
                    changed = true;
                }
            }
            if (changed) {
                write(file, passwords);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the demo users in " + file, e);
        }
        return SEATS.stream()
                    .map(seat -> new DemoUser(seat.name(), passwords.getProperty(seat.name()), seat.role(), seat.body(),
                                              seat.clearance()))
                    .toList();
    }

    private static void write(Path file, Properties passwords) throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file) && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            passwords.store(out, "Casebook demo users (embedded store only). Delete this file to get new passwords.");
        }
    }

    private static String generate(SecureRandom random) {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
