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
            "proposedBy", "receivingCoordinator", "answeredBy", "acceptorName", "answeredInRole", "requestedBy",
            "sourceId", "entry", "of", "adjusts", "obligation", "allocation", "authorizedBy", "sector", "sectors", "allocated",
            "digest", "briefDigest", "amount", "obligated", "disbursed", "remaining", "fundsObligated",
            "totalObligatedNotDisbursed", "effectiveAt", "recordedAt", "asOf");

    /** Fields named like metadata that hold content: the role a responder fills, not a user's role. */
    static final Set<String> CONTENT = Set.of("Deployment.role", "Booking.role");

    private Withholding() {
    }

    /** Which texts stay, by the field they fill (null: an item of a list, or content named as such). */
    private interface Keeps {
        boolean text(String field);
    }

    private static final Keeps METADATA_ONLY = field -> field != null && METADATA.contains(field);
    private static final Keeps ALL_BUT_BRIEF_DIGESTS = field -> !"briefDigest".equals(field);

    /** {@code value} with every text that is not metadata replaced by {@link Clearance#WITHHELD}. */
    @SuppressWarnings("unchecked")
    public static <T> T texts(T value) {
        return (T) withhold(value, null, METADATA_ONLY);
    }

    /**
     * {@code value} with the digests of handover briefs withheld, at any depth: a brief holds the SBU decisions of
     * its case, so the digest of the whole brief would let a reader confirm a guess at them.
     */
    @SuppressWarnings("unchecked")
    public static <T> T briefDigests(T value) {
        return (T) withhold(value, null, ALL_BUT_BRIEF_DIGESTS);
    }

    /** {@code name} is the field the value fills: its text stays if {@code keeps} says so, at any depth. */
    private static Object withhold(Object value, String name, Keeps keeps) {
        if (value instanceof String) {
            return keeps.text(name) ? value : Clearance.WITHHELD;
        }
        if (value instanceof Record record) {
            return rebuilt(record, keeps);
        }
        if (value instanceof JsonNode node) {
            return json(node, name, keeps);
        }
        if (value instanceof List<?> list) {
            List<Object> withheld = new ArrayList<>(list.size());
            list.forEach(item -> withheld.add(withhold(item, name, keeps)));
            return Collections.unmodifiableList(withheld);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> withheld = new LinkedHashMap<>();
            map.forEach((key, item) -> withheld.put(key, withhold(item, name, keeps)));
            return Collections.unmodifiableMap(withheld);
        }
        return value;
    }

    private static Record rebuilt(Record record, Keeps keeps) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                components[i].getAccessor().setAccessible(true);
                String name = components[i].getName();
                boolean content = CONTENT.contains(record.getClass().getSimpleName() + "." + name);
                values[i] = withhold(components[i].getAccessor().invoke(record), content ? null : name, keeps);
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return (Record) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot withhold the texts of a " + record.getClass().getSimpleName(), e);
        }
    }

    private static JsonNode json(JsonNode node, String name, Keeps keeps) {
        if (node.isTextual()) {
            return keeps.text(name) ? node : JsonNodeFactory.instance.textNode(Clearance.WITHHELD);
        }
        if (node.isObject()) {
            ObjectNode withheld = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(field -> withheld.set(field.getKey(),
                                                                 json(field.getValue(), field.getKey(), keeps)));
            return withheld;
        }
        if (node.isArray()) {
            ArrayNode withheld = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> withheld.add(json(item, name, keeps)));
            return withheld;
        }
        return node;
    }
}
