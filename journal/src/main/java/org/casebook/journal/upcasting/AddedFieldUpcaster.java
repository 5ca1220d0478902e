package org.casebook.journal.upcasting;

import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads one revision of an event as the next, which added a field: the stored event had none, so it reads with
 * the value that held when it was recorded ({@code null} unless said, or what the stored event says it was). The
 * stored event is not changed.
 */
abstract class AddedFieldUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;
    private final String field;
    private final UnaryOperator<JsonNode> valueOf;

    AddedFieldUpcaster(String type, String fromRevision, String toRevision, String field) {
        this(type, fromRevision, toRevision, field, NullNode.getInstance());
    }

    AddedFieldUpcaster(String type, String fromRevision, String toRevision, String field, JsonNode value) {
        this(type, fromRevision, toRevision, field, stored -> value);
    }

    /** The field's value read from the stored payload. */
    AddedFieldUpcaster(String type, String fromRevision, String toRevision, String field,
                       UnaryOperator<JsonNode> valueOf) {
        this.from = new SimpleSerializedType(type, fromRevision);
        this.to = new SimpleSerializedType(type, toRevision);
        this.field = field;
        this.valueOf = valueOf;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return from.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload -> {
            ObjectNode upcast = ((ObjectNode) payload).deepCopy();
            upcast.set(field, valueOf.apply(payload).deepCopy());
            return upcast;
        });
    }
}
