package org.casebook.journal.digest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casebook.journal.JournalHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Ed25519 key Casebook signs its head digests with. It is kept outside the store (whoever can change the store
 * must not be able to sign), in a file readable by its owner only: PEM, the PKCS#8 {@code PRIVATE KEY} followed by
 * its {@code PUBLIC KEY} (Java cannot derive one from the other), which {@code openssl pkey} reads as well.
 */
public final class DigestKey {

    public static final String FILE_NAME = "digest-signing.key";
    private static final Logger log = LoggerFactory.getLogger(DigestKey.class);
    private static final Pattern PRIVATE = Pattern.compile(
            "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final PrivateKey privateKey;
    private final DigestPublicKey publicKey;
    private final Path file;

    private DigestKey(PrivateKey privateKey, DigestPublicKey publicKey, Path file) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.file = file;
    }

    /** The key in {@code file}; created there, readable by its owner only, when there is none yet. */
    public static DigestKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return load(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the digest signing key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(DigestPublicKey.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 15+ runtime has Ed25519", e);
        }
        Base64.Encoder base64 = Base64.getMimeEncoder(64, new byte[] {'\n'});
        String pem = "-----BEGIN PRIVATE KEY-----\n" + base64.encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n" + new DigestPublicKey(pair.getPublic()).pem();
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        // written whole under another name, then moved into place: a second process starting at the same moment
        // reads either no key (and makes its own attempt) or a whole one, never half of one
        Path partial = POSIX ? Files.createTempFile(directory, ".digest-key", ".tmp",
                                                    PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                             : Files.createTempFile(directory, ".digest-key", ".tmp");
        try {
            Files.writeString(partial, pem, StandardCharsets.US_ASCII);
            Files.move(partial, file);
            log.info("created the digest signing key {}", file);
        } catch (FileAlreadyExistsException e) {
            log.debug("another process created {} first", file);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static DigestKey load(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        Matcher pem = PRIVATE.matcher(text);
        if (!pem.find()) {
            throw new IllegalStateException(file + " holds no PEM PRIVATE KEY");
        }
        PrivateKey privateKey;
        try {
            privateKey = KeyFactory.getInstance(DigestPublicKey.ALGORITHM).generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem.group(1).replaceAll("\\s", ""))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(file + " holds no Ed25519 private key", e);
        }
        DigestKey key = new DigestKey(privateKey, DigestPublicKey.read(file), file.toAbsolutePath().normalize());
        SignedDigest probe = key.sign(new JournalHead(1, "0".repeat(64)), Instant.EPOCH);
        if (!key.publicKey.verifies(probe)) {
            throw new IllegalStateException("the public key in " + file + " is not the private key's");
        }
        if (POSIX && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
            log.warn("the digest signing key {} can be read by others than its owner: chmod 600 it", file);
        }
        return key;
    }

    public SignedDigest sign(JournalHead head, Instant time) {
        String message = SignedDigest.message(head.position(), head.hash(), time);
        try {
            Signature signer = Signature.getInstance(DigestPublicKey.ALGORITHM);
            signer.initSign(privateKey);
            signer.update(message.getBytes(StandardCharsets.UTF_8));
            return new SignedDigest(head.position(), head.hash(), time,
                                    Base64.getEncoder().encodeToString(signer.sign()), publicKey.id());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with Ed25519", e);
        }
    }

    public DigestPublicKey publicKey() {
        return publicKey;
    }

    public Path file() {
        return file;
    }
}
