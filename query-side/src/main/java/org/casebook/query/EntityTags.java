package org.casebook.query;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * ETags for the views of one record. A view that shows only the record's own entries is tagged with its version
 * ({@code "7"}). A view that adds what other views know, or what holds on the day it is read, is tagged with the
 * version and a digest of those parts ({@code "7-1c291ca3"}), so that a 304 is never stale. If-Match reads the
 * version before the dash either way.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(long version, Object... derived) {
        if (derived.length == 0) {
            return "\"" + version + "\"";
        }
        CRC32 digest = new CRC32();
        digest.update(Arrays.toString(derived).getBytes(StandardCharsets.UTF_8));
        return "\"" + version + "-" + String.format("%08x", digest.getValue()) + "\"";
    }

    /** The view with its tag, or 304 when the client already holds that tag. */
    public static <T> ResponseEntity<T> answer(T view, String tag, String ifNoneMatch) {
        if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                                         .map(String::trim)
                                         .anyMatch(held -> held.equals(tag) || held.equals("W/" + tag))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tag).build();
        }
        return ResponseEntity.ok().eTag(tag).body(view);
    }
}
