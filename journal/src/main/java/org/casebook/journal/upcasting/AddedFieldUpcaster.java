package org.casebook.journal.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads one revision of an event as the next, which added a field: the stored event had none, so it reads as
 * {@code null}. The stored event is not changed.
 */
abstract class AddedFieldUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;
    private final String field;

    AddedFieldUpcaster(String type, String fromRevision, String toRevision, String field) {
        this.from = new SimpleSerializedType(type, fromRevision);
        this.to = new SimpleSerializedType(type, toRevision);
        this.field = field;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return from.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload -> {
            ObjectNode upcast = ((ObjectNode) payload).deepCopy();
            upcast.putNull(field);
            return upcast;
        });
    }
}
