package org.casebook.kernel;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The HTTP entity tag of a record's view, formatted and read in this one place. A view that shows only the record's
 * own entries is tagged with its version ({@code "7"}). A view that adds what other views know, or what holds on
 * the day it is read, is tagged with the version and a digest of those parts ({@code "7-1c291ca3"}), so that a 304
 * is never stale. A write's If-Match names the version before the dash either way.
 */
public record EntityTag(long version, String digest) {

    private static final Pattern FORM = Pattern.compile("(?:W/)?\"?([0-9]{1,18})(?:-([0-9a-f]{8}))?\"?");

    public EntityTag {
        if (version < 0 || digest != null && !digest.matches("[0-9a-f]{8}")) {
            throw new IllegalArgumentException("not an entity tag: " + version + "-" + digest);
        }
    }

    /** The tag of a view of the record's own entries. */
    public static EntityTag of(long version) {
        return new EntityTag(version, null);
    }

    /** The tag of a view that adds {@code derived} (what other views know) to the record at {@code version}. */
    public static EntityTag of(long version, Object... derived) {
        if (derived.length == 0) {
            return of(version);
        }
        CRC32 crc = new CRC32();
        crc.update(Arrays.toString(derived).getBytes(StandardCharsets.UTF_8));
        return new EntityTag(version, String.format("%08x", crc.getValue()));
    }

    /**
     * The tag a client sent back ({@code "3"}, {@code 3}, {@code W/"3-1c291ca3"}), or empty when it is not one
     * Casebook gave.
     */
    public static Optional<EntityTag> parse(String sent) {
        Matcher matcher = FORM.matcher(sent.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new EntityTag(Long.parseLong(matcher.group(1)), matcher.group(2)));
    }

    /** Whether an If-None-Match header ({@code "7-1c291ca3", W/"8"}) holds this very tag. */
    public boolean heldIn(String ifNoneMatch) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                                            .map(String::trim)
                                            .anyMatch(held -> held.equals(toString()) || held.equals("W/" + this));
    }

    /** As HTTP writes it, quotes included. */
    @Override
    public String toString() {
        return "\"" + version + (digest == null ? "" : "-" + digest) + "\"";
    }
}
