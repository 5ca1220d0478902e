package org.casebook.journal.json;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casebook.kernel.EventType;
import org.casebook.kernel.PublishedEvents;

/** The stored names and revisions of the published events, in both directions. */
public final class EventTypes {

    private final Map<Class<?>, EventType> byClass = new HashMap<>();
    private final Map<String, Class<?>> byName = new HashMap<>();

    public EventTypes(Collection<Class<?>> eventClasses) {
        for (Class<?> type : eventClasses) {
            EventType annotation = type.getAnnotation(EventType.class);
            if (annotation == null) {
                throw new IllegalArgumentException(type.getName() + " has no @EventType");
            }
            Class<?> previous = byName.put(annotation.name(), type);
            if (previous != null) {
                throw new IllegalArgumentException("event name " + annotation.name() + " is used by both "
                        + previous.getName() + " and " + type.getName());
            }
            byClass.put(type, annotation);
        }
    }

    public static EventTypes published() {
        return new EventTypes(PublishedEvents.ALL);
    }

    public boolean isPublished(Class<?> type) {
        return byClass.containsKey(type);
    }

    public Optional<EventType> typeOf(Class<?> type) {
        return Optional.ofNullable(byClass.get(type));
    }

    public Optional<Class<?>> classNamed(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<Class<?>> classes() {
        return List.copyOf(byClass.keySet());
    }
}
