package org.casebook.journal.json;

import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.casebook.kernel.EventType;

/**
 * Axon's Jackson serializer, with published events stored under their {@link EventType} name and revision
 * instead of their Java class name, so that code can move without touching stored events. Other types (such
 * as metadata) keep Axon's class-name typing.
 */
public final class JournalSerializer extends JacksonSerializer {

    private final EventTypes eventTypes;

    private JournalSerializer(Builder builder, EventTypes eventTypes) {
        super(builder);
        this.eventTypes = eventTypes;
    }

    public static JournalSerializer create(EventTypes eventTypes) {
        return new JournalSerializer(JacksonSerializer.builder().objectMapper(JournalJson.newMapper()), eventTypes);
    }

    public EventTypes eventTypes() {
        return eventTypes;
    }

    @Override
    public SerializedType typeForClass(Class type) {
        if (type != null) {
            EventType published = eventTypes.typeOf(type).orElse(null);
            if (published != null) {
                return new SimpleSerializedType(published.name(), published.revision());
            }
        }
        return super.typeForClass(type);
    }

    @Override
    public Class classForType(SerializedType type) {
        Class<?> published = eventTypes.classNamed(type.getName()).orElse(null);
        if (published == null) {
            return super.classForType(type);
        }
        String current = eventTypes.typeOf(published).orElseThrow().revision();
        if (!current.equals(type.getRevision())) {
            throw new SerializationException("stored " + type.getName() + " revision " + type.getRevision()
                    + " was not upcast to the current revision " + current + "; add an upcaster for it");
        }
        return published;
    }
}
