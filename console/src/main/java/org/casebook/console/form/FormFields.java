package org.casebook.console.form;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a console form, as a browser sends them (every value text, blank for none, a field given several
 * times for a list, {@code findings[0].text} for a field of a list's item) or as a new form first offers them. They
 * become the API's own request body ({@link #body}), so a form is read by the same rules as JSON.
 */
public record FormFields(Map<String, List<String>> values) {

    static final Pattern ITEM_FIELD = Pattern.compile("(\\w+)\\[(\\d{1,3})]\\.(\\w+)");

    public FormFields {
        values = Map.copyOf(values);
    }

    /** The fields a browser sent. */
    public static FormFields sent(Map<String, String[]> parameters) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        parameters.forEach((name, sent) -> values.put(name, List.of(sent)));
        return new FormFields(values);
    }

    /** A new form: each field with the value it first offers (a list for a field given several times). */
    public static FormFields offered(Map<String, ?> offered) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        offered.forEach((name, value) -> values.put(name, value instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value))));
        return new FormFields(values);
    }

    /** The field's value as the page shows it again: empty when none was given. */
    public String value(String name) {
        List<String> given = values.getOrDefault(name, List.of());
        return given.isEmpty() ? "" : given.get(0);
    }

    /** The values given for a field given several times, blank ones left out. */
    public List<String> filled(String name) {
        return values.getOrDefault(name, List.of()).stream().filter(value -> !value.isBlank()).toList();
    }

    /** The items of a list of records ({@code findings[i].type}), blank ones left out, in their order. */
    public List<Map<String, String>> items(String name) {
        Map<Integer, Map<String, String>> items = new LinkedHashMap<>();
        for (int index : new TreeSet<>(values.keySet().stream().map(ITEM_FIELD::matcher).filter(Matcher::matches)
                                             .filter(m -> m.group(1).equals(name))
                                             .map(m -> Integer.parseInt(m.group(2))).toList())) {
            Map<String, String> item = new LinkedHashMap<>();
            values.forEach((field, given) -> {
                Matcher m = ITEM_FIELD.matcher(field);
                if (m.matches() && m.group(1).equals(name) && Integer.parseInt(m.group(2)) == index
                        && !given.isEmpty() && !given.get(0).isBlank()) {
                    item.put(m.group(3), given.get(0));
                }
            });
            if (!item.isEmpty()) {
                items.put(index, item);
            }
        }
        return List.copyOf(items.values());
    }

    /**
     * The request body of {@code type} these fields make, as the API would receive it as JSON: a blank field is no
     * field, a list is the values given, a record within the request is its fields named {@code record.field} (no
     * record when all are blank), a date and time as a browser writes it ({@code 2026-12-05T09:30}) is UTC, a whole
     * number is a number, {@code true} and {@code false} a yes or no. Fields the request does not have (the form's
     * version, its key) are not in it.
     */
    public Map<String, Object> body(Class<? extends Record> type) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            if (component.getType() == List.class) {
                Type item = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                body.put(name, item instanceof Class<?> itemType && itemType.isRecord()
                        ? items(name).stream().map(fields -> bodyOfItem(fields, itemType)).toList()
                        : filled(name));
            } else if (component.getType().isRecord()) {
                FormFields within = within(name);
                if (within.values().values().stream().flatMap(List::stream).anyMatch(value -> !value.isBlank())) {
                    body.put(name, within.body(component.getType().asSubclass(Record.class)));
                }
            } else if (!value(name).isBlank()) {
                body.put(name, asJson(value(name), component.getType()));
            }
        }
        return body;
    }

    /** The fields of a record within the request ({@code availability.until}), named as in that record. */
    private FormFields within(String name) {
        String prefix = name + ".";
        Map<String, List<String>> fields = new LinkedHashMap<>();
        values.forEach((field, given) -> {
            if (field.startsWith(prefix)) {
                fields.put(field.substring(prefix.length()), given);
            }
        });
        return new FormFields(fields);
    }

    private static Map<String, Object> bodyOfItem(Map<String, String> fields, Class<?> type) {
        Map<String, Object> body = new LinkedHashMap<>();
        Arrays.stream(type.getRecordComponents()).filter(c -> fields.containsKey(c.getName()))
              .forEach(c -> body.put(c.getName(), asJson(fields.get(c.getName()), c.getType())));
        return body;
    }

    private static Object asJson(String value, Class<?> type) {
        if (type == Instant.class) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC).toString();
            } catch (DateTimeParseException notLocal) {
                return value;
            }
        }
        if ((type == Boolean.class || type == boolean.class) && (value.equals("true") || value.equals("false"))) {
            return Boolean.valueOf(value);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException notWhole) {
                return value;
            }
        }
        return value;
    }

    /** The field a button that reshapes a form (more rows, one row fewer) is sent as; such a sending records nothing. */
    public static final String RESHAPE = "reshape";

    /** Whether these fields were sent by a button that reshapes the form, rather than to record. */
    public boolean reshaped() {
        return values.containsKey(RESHAPE);
    }

    /**
     * The form as its reshaping button asks: {@code remove:findings:2} without the third item of findings (and
     * {@code remove:risks:0} without the first text filled in of a field given several times); any other
     * value with what was typed kept and blank rows offered again (the rows a form shows are always its filled items
     * and a few blank ones, {@link #rows}).
     */
    public FormFields reshape() {
        String[] asked = value(RESHAPE).split(":");
        Map<String, List<String>> reshaped = new LinkedHashMap<>();
        values.forEach((field, given) -> {
            if (!field.equals(RESHAPE) && !ITEM_FIELD.matcher(field).matches()) {
                reshaped.put(field, given);
            }
        });
        for (String list : values.keySet().stream().map(ITEM_FIELD::matcher).filter(Matcher::matches)
                                 .map(m -> m.group(1)).distinct().toList()) {
            List<Map<String, String>> items = new ArrayList<>(items(list));
            if (asked.length == 3 && asked[0].equals("remove") && asked[1].equals(list)
                    && asked[2].matches("\\d{1,3}") && Integer.parseInt(asked[2]) < items.size()) {
                items.remove(Integer.parseInt(asked[2]));
            }
            for (int i = 0; i < items.size(); i++) {
                int index = i;
                items.get(i).forEach((name, value) -> reshaped.put(list + "[" + index + "]." + name, List.of(value)));
            }
        }
        // a list of texts (risks given several times): the value asked removed from those filled
        if (asked.length == 3 && asked[0].equals("remove") && reshaped.containsKey(asked[1])
                && asked[2].matches("\\d{1,3}") && Integer.parseInt(asked[2]) < filled(asked[1]).size()) {
            List<String> kept = new ArrayList<>(filled(asked[1]));
            kept.remove(Integer.parseInt(asked[2]));
            reshaped.put(asked[1], kept);
        }
        return new FormFields(reshaped);
    }

    /** The rows a form shows for a list of records: the filled items, then {@code blank} empty ones. */
    public List<Map<String, String>> rows(String name, int blank) {
        List<Map<String, String>> rows = new ArrayList<>(items(name));
        for (int i = 0; i < blank; i++) {
            rows.add(Map.of());
        }
        return rows;
    }

    /** As many fields as a list shows: those filled in, one more, and at least {@code least}. */
    public List<String> listFields(String name, int least) {
        List<String> fields = new ArrayList<>(filled(name));
        while (fields.size() < Math.max(least, filled(name).size() + 1)) {
            fields.add("");
        }
        return fields;
    }
}
