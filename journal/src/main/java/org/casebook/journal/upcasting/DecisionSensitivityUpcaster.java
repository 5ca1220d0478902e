package org.casebook.journal.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@code DecisionRecorded} revision 1 to 2: decisions gained their own sensitivity marking. A decision recorded
 * before that carries the marking of its case, which revision 2 writes as {@code "sensitivity": null}. The stored
 * event is not changed; it is read as revision 2.
 */
public final class DecisionSensitivityUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType("DecisionRecorded", "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType("DecisionRecorded", "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode upcast = ((ObjectNode) payload).deepCopy();
            upcast.putNull("sensitivity");
            return upcast;
        });
    }
}
