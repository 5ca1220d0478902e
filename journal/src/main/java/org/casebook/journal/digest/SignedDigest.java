package org.casebook.journal.digest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.casebook.journal.JournalHead;

/**
 * A head digest {@code {position, hash}} that Casebook signed at {@code time} with the Ed25519 key {@code key}
 * (its id, see {@link DigestPublicKey#id()}). The signature (base64, 64 bytes) is over the UTF-8 bytes of one line
 * of text, the one definition third parties check it against:
 *
 * <pre>
 * casebook-digest-1|POSITION|HASH|TIME
 *   POSITION  decimal, no leading zeros (the last position of the commit)
 *   HASH      64 lowercase hex digits (that commit's hash)
 *   TIME      ISO-8601 UTC with milliseconds, always 24 characters: 2026-11-28T10:00:00.000Z
 * </pre>
 *
 * with no line end. It holds no secret: anyone with the public key can check it, for example with
 * {@code openssl pkeyutl -verify -pubin -inkey pub.pem -rawin -in message -sigfile signature}.
 */
public record SignedDigest(long position, String hash, Instant time, String signature, String key) {

    public static final String FORM = "casebook-digest-1";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
                                                                   .withZone(ZoneOffset.UTC);

    public SignedDigest {
        Objects.requireNonNull(hash, "hash");
        time = time.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The text signed for a digest of {@code head} at {@code time}. */
    public static String message(long position, String hash, Instant time) {
        return FORM + "|" + position + "|" + hash + "|" + TIME.format(time.truncatedTo(ChronoUnit.MILLIS));
    }

    public String message() {
        return message(position, hash, time);
    }

    public byte[] messageBytes() {
        return message().getBytes(StandardCharsets.UTF_8);
    }

    /** The time as it is signed. */
    public String timeText() {
        return TIME.format(time);
    }

    public JournalHead head() {
        return new JournalHead(position, hash);
    }
}
