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
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The demo users of the embedded store, one per role. Their passwords are all {@code CASEBOOK_DEMO_PASSWORD} when
 * it is set; otherwise they are generated at first start and kept, readable by the owner only, in the data folder.
 */
public final class DemoUsers {

    public static final String FILE_NAME = "demo-users.properties";
    public static final String PASSWORD_VARIABLE = "CASEBOOK_DEMO_PASSWORD";
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 16;

    public record DemoUser(String name, String password, Role role) {
    }

    private DemoUsers() {
    }

    public static List<DemoUser> load(Path dataDirectory, String sharedPassword) {
        if (sharedPassword != null && !sharedPassword.isBlank()) {
            List<DemoUser> users = new ArrayList<>();
            for (Role role : Role.values()) {
                users.add(new DemoUser(nameOf(role), sharedPassword, role));
            }
            return users;
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
            for (Role role : Role.values()) {
                if (passwords.getProperty(nameOf(role)) == null) {
                    passwords.setProperty(nameOf(role), generate(random));
                    changed = true;
                }
            }
            if (changed) {
                write(file, passwords);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the demo users in " + file, e);
        }
        List<DemoUser> users = new ArrayList<>();
        for (Role role : Role.values()) {
            users.add(new DemoUser(nameOf(role), passwords.getProperty(nameOf(role)), role));
        }
        return users;
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

    private static String nameOf(Role role) {
        return role.name().toLowerCase();
    }

    private static String generate(SecureRandom random) {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
