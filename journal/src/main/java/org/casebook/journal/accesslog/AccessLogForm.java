package org.casebook.journal.accesslog;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.casebook.journal.CanonicalForm;

/**
 * The canonical bytes of an access-log entry and the hash chain over them, like {@link CanonicalForm} for commits.
 * This is the one definition; {@code docs/architecture.md} repeats it for third parties.
 *
 * <pre>
 * canonical(entry) =
 *   ascii "casebook-access-1"
 *   int64  position             (dense, from 1)
 *   int64  at, milliseconds since the epoch (UTC)
 *   text   user
 *   text   role
 *   text   action
 *   int32  number of details
 *   per detail, by key, keys in ascending order of their UTF-8 bytes:
 *     text   key
 *     one ASCII byte for the kind of value, then the value:
 *       'N' null, 'T' true, 'F' false   (nothing follows)
 *       'I' an integer                  int64
 *       'S' a text                      text
 * where int32/int64 are big-endian two's complement, and text is an int32 byte length then the UTF-8 bytes.
 *
 * hash(entry) = lowercase hex of SHA-256( bytes of the previous entry's hash, 32 bytes | canonical(entry) )
 * the previous hash of entry 1 is 32 zero bytes.
 * </pre>
 *
 * Details hold only those kinds of value; anything else is refused when an entry is written.
 */
public final class AccessLogForm {

    private static final byte[] MAGIC = "casebook-access-1".getBytes(StandardCharsets.US_ASCII);

    private AccessLogForm() {
    }

    public static byte[] bytes(long position, Instant at, String user, String role, String action,
                               Map<String, ?> details) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(MAGIC);
            out.writeLong(position);
            out.writeLong(at.toEpochMilli());
            text(out, user);
            text(out, role);
            text(out, action);
            out.writeInt(details.size());
            List<String> keys = details.keySet().stream().sorted(AccessLogForm::byUtf8).toList();
            for (String key : keys) {
                text(out, key);
                value(out, key, details.get(key));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    public static String hash(String previousHash, long position, Instant at, String user, String role,
                              String action, Map<String, ?> details) {
        return CanonicalForm.chain(previousHash, bytes(position, at, user, role, action, details));
    }

    /** Whether a detail's value is of a kind the canonical form has. */
    static boolean isDetail(Object value) {
        return value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Integer;
    }

    private static void value(DataOutputStream out, String key, Object value) throws IOException {
        if (value == null) {
            out.write('N');
        } else if (value instanceof Boolean flag) {
            out.write(flag ? 'T' : 'F');
        } else if (value instanceof Long || value instanceof Integer) {
            out.write('I');
            out.writeLong(((Number) value).longValue());
        } else if (value instanceof String text) {
            out.write('S');
            text(out, text);
        } else {
            throw new IllegalArgumentException("the access-log detail " + key + " is a " + value.getClass().getName()
                    + "; details are texts, integers, true, false or null");
        }
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static int byUtf8(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
