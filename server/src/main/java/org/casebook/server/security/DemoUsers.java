package org.casebook.server.security;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The demo users of the embedded store: one per role, and a second coordinator. Their passwords are all
 * {@code CASEBOOK_DEMO_PASSWORD} when it is set, otherwise generated at first start; either way they are kept,
 * readable by the owner only, in the data folder, so a restart without the variable keeps them.
 */
public final class DemoUsers {

    public static final String FILE_NAME = "demo-users.properties";
    public static final String PASSWORD_VARIABLE = "CASEBOOK_DEMO_PASSWORD";
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 16;
    private static final Set<PosixFilePermission> OWNER_ONLY =
            PosixFilePermissions.fromString("rw-------");

    /**
     * A demo user: one per role, and a second coordinator of another body to answer handovers. The coordinator,
     * the auditor and the reporter are cleared for SBU; the field coordinator and the admin are not, so a demo
     * shows what an uncleared reader sees.
     */
    public record DemoUser(String name, String password, Role role, String body, String clearance,
                           String displayName) {
    }

    private record Seat(String name, Role role, String body, String clearance, String displayName) {
    }

    private static final List<Seat> SEATS = List.of(
            new Seat("coordinator", Role.COORDINATOR, "CRSG", "SBU", "M. Alvarez"),
            new Seat("field-coordinator", Role.COORDINATOR, "Embassy", null, "J. Okafor"),
            new Seat("auditor", Role.AUDITOR, null, "SBU", "R. Chen"),
            new Seat("reporter", Role.REPORTER, null, "SBU", "S. Haddad"),
            new Seat("admin", Role.ADMIN, null, null, "P. Novak"));

    private DemoUsers() {
    }

    /** The demo users with {@code sharedPassword} (none: those kept, or new ones), kept for the next start. */
    public static List<DemoUser> load(Path dataDirectory, String sharedPassword) {
        boolean shared = sharedPassword != null && !sharedPassword.isBlank();
        return loadOrGenerate(dataDirectory.resolve(FILE_NAME), shared ? sharedPassword : null);
    }

    private static List<DemoUser> loadOrGenerate(Path file, String sharedPassword) {
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
                String kept = passwords.getProperty(seat.name());
                String password = sharedPassword != null ? sharedPassword : kept != null ? kept : generate(random);
                if (!password.equals(kept)) {
                    passwords.setProperty(seat.name(), password);
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
                                              seat.clearance(), seat.displayName()))
                    .toList();
    }

    private static void write(Path file, Properties passwords) throws IOException {
        Files.createDirectories(file.getParent());
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (posix && !Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else if (posix) {
            Files.setPosixFilePermissions(file, OWNER_ONLY); // whatever it was given since, before it holds these
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
