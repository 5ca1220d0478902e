package org.casebook.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.serialization.SimpleSerializedObject;
import org.casebook.journal.json.EventTypes;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.kernel.EventType;
import org.casebook.kernel.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Events are forever: under {@code event-samples/} lies a payload of every event type and revision exactly as the
 * journal stores it. Each must still be readable, and the current revision must still be written byte for byte
 * the same; a change of shape needs a new revision and an upcaster, not an edit.
 */
class EventSamplesTest {

    private final JournalSerializer serializer = JournalSerializer.create(EventTypes.published());

    static Stream<Class<?>> publishedEvents() {
        return PublishedEvents.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("publishedEvents")
    void every_published_event_has_a_sample_of_its_current_revision(Class<?> eventClass) {
        assertThat(sample(eventClass)).as("event-samples/%s", sampleName(eventClass)).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("publishedEvents")
    void the_sample_of_the_current_revision_reads_and_writes_back_identically(Class<?> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        String stored = sample(eventClass);

        Object event = serializer.deserialize(
                new SimpleSerializedObject<>(stored, String.class, type.name(), type.revision()));

        assertThat(event).isInstanceOf(eventClass);
        assertThat(serializer.serialize(event, String.class).getData()).isEqualTo(stored);
    }

    @Test
    void event_names_are_unique_and_every_sample_belongs_to_a_published_revision() throws IOException {
        List<String> expected = PublishedEvents.ALL.stream().map(EventSamplesTest::sampleName).toList();
        try (InputStream index = getClass().getResourceAsStream("/event-samples/")) {
            assertThat(index).as("the event-samples folder").isNotNull();
            List<String> present = new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertThat(expected).isSubsetOf(present);
            assertThat(present).allMatch(name -> name.matches("[A-Za-z]+-[0-9]+\\.json"));
        }
    }

    private static String sampleName(Class<?> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        return type.name() + "-" + type.revision() + ".json";
    }

    private String sample(Class<?> eventClass) {
        try (InputStream in = getClass().getResourceAsStream("/event-samples/" + sampleName(eventClass))) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
