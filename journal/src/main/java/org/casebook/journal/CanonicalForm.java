package org.casebook.journal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical bytes of a commit and the hash chain over them. This is the one definition; verification tools
 * and third parties recompute it from the stored fields.
 *
 * <pre>
 * canonical(commit) =
 *   ascii "casebook-commit-1"
 *   int64  position of the first event
 *   int64  recordedAt, milliseconds since the epoch (UTC)
 *   int32  number of events
 *   per event, in order:
 *     int64  position (first position + index in the commit)
 *     text   event id
 *     text   aggregate type       (empty when absent)
 *     text   aggregate id         (empty when absent)
 *     int64  sequence number      (-1 when absent)
 *     text   event type name
 *     text   event type revision  (empty when absent)
 *     text   payload, the stored JSON string
 *     text   metadata, the stored JSON string
 * where int32/int64 are big-endian two's complement, and text is an int32 byte length then the UTF-8 bytes.
 *
 * hash(commit) = lowercase hex of SHA-256( bytes of previous commit's hash, 32 bytes | canonical(commit) )
 * the previous hash of the first commit is 32 zero bytes.
 * </pre>
 */
public final class CanonicalForm {

    public static final String GENESIS_HASH = "0".repeat(64);
    private static final byte[] MAGIC = "casebook-commit-1".getBytes(StandardCharsets.US_ASCII);
    private static final HexFormat HEX = HexFormat.of();

    private CanonicalForm() {
    }

    public static byte[] bytes(long position, Instant recordedAt, List<StoredEvent> events) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(256 + 512 * events.size());
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(MAGIC);
            out.writeLong(position);
            out.writeLong(recordedAt.toEpochMilli());
            out.writeInt(events.size());
            long eventPosition = position;
            for (StoredEvent event : events) {
                out.writeLong(eventPosition++);
                text(out, event.eventId());
                text(out, event.aggregateType());
                text(out, event.aggregateId());
                out.writeLong(event.sequence() == null ? -1 : event.sequence());
                text(out, event.type());
                text(out, event.revision());
                text(out, event.payload());
                text(out, event.metadata());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    public static String chain(String previousHash, byte[] canonicalBytes) {
        MessageDigest sha256 = sha256();
        sha256.update(HEX.parseHex(previousHash));
        sha256.update(canonicalBytes);
        return HEX.formatHex(sha256.digest());
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
