package org.casebook.console.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.query.history.JsonDiff;

/**
 * One field of a case that differs between two moments, as a person reads it: the field by name and place
 * ({@code decisions[1].superseded} is "decisions 2 › superseded"), both values as text, and what happened to it in
 * a word (added, removed or changed), never by colour alone.
 */
public record FieldChange(String field, String before, String after, String what) {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final Pattern WORD_START = Pattern.compile("([a-z])([A-Z])");

    static FieldChange of(JsonDiff.Change change) {
        String what = change.before() == null ? "Added" : change.after() == null ? "Removed" : "Changed";
        return new FieldChange(named(change.field()), text(change.before()), text(change.after()), what);
    }

    /** A field's path in words, items counted from 1: {@code currentAssessment.findings[0].text} is "current assessment › findings 1 › text". */
    static String named(String path) {
        return Arrays.stream(path.split("\\.")).map(FieldChange::part).collect(Collectors.joining(" › "));
    }

    private static String part(String part) {
        Matcher index = INDEX.matcher(part);
        StringBuilder counted = new StringBuilder();
        while (index.find()) {
            index.appendReplacement(counted, " " + (Integer.parseInt(index.group(1)) + 1));
        }
        index.appendTail(counted);
        return WORD_START.matcher(counted).replaceAll("$1 $2").toLowerCase(Locale.ENGLISH);
    }

    private static String text(JsonNode value) {
        return value == null ? "" : value.asText();
    }
}
