package org.casebook.query.needtoknow;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.casebook.kernel.Clearance;

/**
 * Withholds every text of a view record (its strings, at any depth: nested records, lists, maps and event
 * payloads) except the metadata that says what an entry is and who recorded it: ids, kinds, bodies, who and in
 * which role, amounts. Numbers, times, flags and enumerations are not text and stay. Pure; the record given is
 * not changed. Withholding by default is the safe way round: a text field added to a view later is withheld
 * until it is named here as metadata.
 */
public final class Withholding {

    /** Component and JSON field names whose text is metadata, not content. */
    static final Set<String> METADATA = Set.of(
            "id", "caseId", "crisisId", "eventId", "type", "user", "role", "country", "sensitivity", "stage",
            "from", "to", "status", "decisionId", "assessmentId", "handoverId", "deploymentId", "responderId",
            "correctsEventId", "correctedEventId", "correctedEntryType", "corrects", "correctedBy", "supersedes",
            "supersededBy", "currentAssessment", "leadBody", "body", "sectorLeads", "fromBody", "toBody", "decidingBody",
            "proposedBy", "receivingCoordinator", "answeredBy", "answeredInRole", "requestedBy", "sourceId", "entry",
            "of", "adjusts", "obligation", "allocation", "authorizedBy", "sector", "sectors", "allocated",
            "digest", "briefDigest", "amount", "obligated", "disbursed", "remaining", "fundsObligated",
            "totalObligatedNotDisbursed", "effectiveAt", "recordedAt", "asOf");

    /** Fields named like metadata that hold content: the role a responder fills, not a user's role. */
    static final Set<String> CONTENT = Set.of("Deployment.role", "Booking.role");

    private Withholding() {
    }

    /** {@code value} with every text that is not metadata replaced by {@link Clearance#WITHHELD}. */
    @SuppressWarnings("unchecked")
    public static <T> T texts(T value) {
        return (T) withhold(value, null);
    }

    /** {@code name} is the field the value fills: text of a metadata field stays, at any depth of a list or map. */
    private static Object withhold(Object value, String name) {
        if (value instanceof String) {
            return name != null && METADATA.contains(name) ? value : Clearance.WITHHELD;
        }
        if (value instanceof Record record) {
            return rebuilt(record);
        }
        if (value instanceof JsonNode node) {
            return json(node, name);
        }
        if (value instanceof List<?> list) {
            List<Object> withheld = new ArrayList<>(list.size());
            list.forEach(item -> withheld.add(withhold(item, name)));
            return Collections.unmodifiableList(withheld);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> withheld = new LinkedHashMap<>();
            map.forEach((key, item) -> withheld.put(key, withhold(item, name)));
            return Collections.unmodifiableMap(withheld);
        }
        return value;
    }

    private static Record rebuilt(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                components[i].getAccessor().setAccessible(true);
                String name = components[i].getName();
                boolean content = CONTENT.contains(record.getClass().getSimpleName() + "." + name);
                values[i] = withhold(components[i].getAccessor().invoke(record), content ? null : name);
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return (Record) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot withhold the texts of a " + record.getClass().getSimpleName(), e);
        }
    }

    private static JsonNode json(JsonNode node, String name) {
        if (node.isTextual()) {
            return name != null && METADATA.contains(name) ? node
                    : JsonNodeFactory.instance.textNode(Clearance.WITHHELD);
        }
        if (node.isObject()) {
            ObjectNode withheld = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(field -> withheld.set(field.getKey(), json(field.getValue(), field.getKey())));
            return withheld;
        }
        if (node.isArray()) {
            ArrayNode withheld = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> withheld.add(json(item, name)));
            return withheld;
        }
        return node;
    }
}
