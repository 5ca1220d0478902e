package org.casebook.journal.digest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public half of a digest key: what an auditor keeps to check signed digests. It is written as base64 of its
 * X.509 (SubjectPublicKeyInfo) DER bytes, the body of a PEM {@code PUBLIC KEY}; its id is the first 16 hex digits
 * of the SHA-256 of those DER bytes ({@code openssl pkey -pubin -in pub.pem -outform DER | sha256sum | cut -c1-16}).
 */
public final class DigestPublicKey {

    public static final String ALGORITHM = "Ed25519";
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----");

    private final PublicKey key;
    private final byte[] encoded;
    private final String id;

    DigestPublicKey(PublicKey key) {
        this.key = key;
        this.encoded = key.getEncoded();
        this.id = HexFormat.of().formatHex(sha256(encoded)).substring(0, 16);
    }

    /** A public key given as base64 of its DER bytes, or as PEM. */
    public static DigestPublicKey parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        Matcher pem = PEM.matcher(trimmed);
        String base64 = (pem.find() ? pem.group(1) : trimmed).replaceAll("\\s", "");
        try {
            return new DigestPublicKey(KeyFactory.getInstance(ALGORITHM)
                                                 .generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                                                                                              .decode(base64))));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key (base64 of its DER bytes, or PEM): "
                    + (trimmed.length() > 80 ? trimmed.substring(0, 80) + "..." : trimmed), e);
        }
    }

    /** The public key in a key file (Casebook's {@code digest-signing.key}) or a PEM file holding one. */
    public static DigestPublicKey read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            if (!PEM.matcher(text).find()) {
                throw new IllegalArgumentException(file + " holds no PEM PUBLIC KEY");
            }
            return parse(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the digest key in " + file, e);
        }
    }

    public String id() {
        return id;
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(encoded);
    }

    public String pem() {
        return "-----BEGIN PUBLIC KEY-----\n" + base64() + "\n-----END PUBLIC KEY-----\n";
    }

    /** Whether the digest's signature verifies with this key over its message. */
    public boolean verifies(SignedDigest digest) {
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(digest.signature());
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(digest.messageBytes());
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DigestPublicKey that && Arrays.equals(encoded, that.encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "Ed25519 key " + id;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
