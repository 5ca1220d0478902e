package org.casebook.query.history;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * A field-by-field difference of two JSON documents, by path ({@code decisions[1].superseded}). A field absent,
 * null or empty ({@code []}, {@code {}}) holds nothing: it differs from none of the others, so a diff lists only
 * real changes (not {@code decisions: [] -> null} where the case did not exist yet).
 */
public final class JsonDiff {

    /** One field that differs; a side is null where the field is absent. */
    public record Change(String field, JsonNode before, JsonNode after) {
    }

    private JsonDiff() {
    }

    public static List<Change> between(JsonNode before, JsonNode after) {
        Map<String, JsonNode> left = flatten(before);
        Map<String, JsonNode> right = flatten(after);
        Set<String> fields = new LinkedHashSet<>(left.keySet());
        fields.addAll(right.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode was = left.get(field);
            JsonNode is = right.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(new Change(field, was, is));
            }
        }
        return changes;
    }

    private static Map<String, JsonNode> flatten(JsonNode node) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        flatten("", node == null ? NullNode.getInstance() : node, leaves);
        return leaves;
    }

    private static void flatten(String path, JsonNode node, Map<String, JsonNode> leaves) {
        if (node.isObject() && !node.isEmpty()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), leaves);
            }
        } else if (!node.isNull() && !node.isContainerNode()) {
            leaves.put(path, node);
        }
    }
}
