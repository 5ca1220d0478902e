package org.casebook.journal.verify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A digest published earlier ({@code POSITION:HASH}, as {@code GET /api/journal/head} gives it) to check against. */
public record Anchor(long position, String hash) {

    private static final Pattern FORM = Pattern.compile("([1-9][0-9]{0,18}):([0-9a-fA-F]{64})");

    public static Anchor parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("an anchor is POSITION:HASH, such as 1042:9f2c... (64 hex digits), not "
                    + text);
        }
        return new Anchor(Long.parseLong(matcher.group(1)), matcher.group(2).toLowerCase());
    }

    @Override
    public String toString() {
        return position + ":" + hash;
    }
}
