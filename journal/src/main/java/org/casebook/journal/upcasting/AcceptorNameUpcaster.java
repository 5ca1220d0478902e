package org.casebook.journal.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@code HandoverAccepted} revision 2 to 3: an acceptance names its acceptor as the directory of people named them
 * ({@code acceptorName}). Before, the views showed the acceptor's login name, so revision 2 reads with that
 * ({@code acceptedBy.user}) as the name, as it was shown: the case file, board and reports built from it stay the
 * same. The stored event is not changed.
 */
public final class AcceptorNameUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType FROM = new SimpleSerializedType("HandoverAccepted", "2");
    private static final SimpleSerializedType TO = new SimpleSerializedType("HandoverAccepted", "3");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return FROM.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(TO, JsonNode.class, payload -> {
            ObjectNode upcast = ((ObjectNode) payload).deepCopy();
            upcast.set("acceptorName", payload.path("acceptedBy").path("user").deepCopy());
            return upcast;
        });
    }
}
