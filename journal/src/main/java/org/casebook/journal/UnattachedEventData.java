package org.casebook.journal;

import java.time.Instant;

import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;

/** A stored event that no aggregate raised, as Axon reads it from the journal. */
record UnattachedEventData(TrackingToken trackingToken, Instant getTimestamp, StoredEvent event)
        implements TrackedEventData<String> {

    @Override
    public String getEventIdentifier() {
        return event.eventId();
    }

    @Override
    public SerializedObject<String> getMetaData() {
        return new SimpleSerializedObject<>(event.metadata(), String.class,
                                            new SimpleSerializedType("org.axonframework.messaging.MetaData", null));
    }

    @Override
    public SerializedObject<String> getPayload() {
        return new SimpleSerializedObject<>(event.payload(), String.class, event.type(), event.revision());
    }
}
