package org.casebook.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.SimpleSerializedObject;
import org.casebook.journal.json.EventTypes;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.kernel.EventType;
import org.casebook.journal.upcasting.Upcasters;
import org.casebook.kernel.PublishedEvents;
import org.casebook.kernel.crisis.DecisionId;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.handover.HandoverAccepted;
import org.casebook.kernel.handover.LeadMove;
import org.casebook.kernel.reporting.ReportSubject;
import org.casebook.kernel.reporting.ReportSubmitted;
import org.casebook.kernel.reporting.ReportType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Events are forever: under {@code event-samples/} lies a payload of every event type and revision exactly as the
 * journal stores it. Each must still be readable (older revisions through the upcasters), and the current revision
 * must still be written byte for byte the same; a change of shape needs a new revision and an upcaster, not an edit.
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

    static Stream<String> allSamples() throws IOException {
        return sampleFiles().stream();
    }

    @ParameterizedTest
    @MethodSource("allSamples")
    void every_stored_sample_of_any_revision_reads_as_its_current_event(String sample) throws IOException {
        String name = sample.substring(0, sample.lastIndexOf('-'));
        String revision = sample.substring(sample.lastIndexOf('-') + 1, sample.length() - ".json".length());
        Class<?> eventClass = serializer.eventTypes().classNamed(name).orElseThrow(
                () -> new AssertionError(sample + " is not a sample of a published event"));
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>(
                "Crisis", "5f0c8a52-3f7e-4b0e-9d61-2b8f3c1e7a10", 3, "sample-event", "2026-01-15T08:30:00Z", name,
                revision, read("/event-samples/" + sample), "{}");

        Object event = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), serializer, Upcasters.chain())
                                 .asStream().findFirst().orElseThrow().getPayload();

        assertThat(event).isInstanceOf(eventClass);
    }

    @Test
    void a_decision_stored_before_decisions_had_their_own_marking_carries_its_case_marking() {
        DecisionRecorded decision = (DecisionRecorded) readStored("DecisionRecorded", "1");

        assertThat(decision.sensitivity()).isNull();
        assertThat(decision.decisionId()).isEqualTo(DecisionId.number(2));
        assertThat(decision.supersedes()).isEqualTo(DecisionId.number(1));
        assertThat(decision.optionsConsidered()).hasSize(3);
    }

    @Test
    void a_report_submitted_before_reports_had_subjects_is_an_activity_report_with_none() {
        ReportSubmitted submitted = (ReportSubmitted) readStored("ReportSubmitted", "1");

        assertThat(submitted.subject()).isNull();
        assertThat(submitted.type()).isEqualTo("activity");
        assertThat(submitted.period()).isEqualTo("FY2026-Q1");
        assertThat(submitted.files()).hasSize(2);
        assertThat(submitted.layout()).isEqualTo(1);
    }

    @Test
    void a_report_submitted_before_layouts_were_recorded_was_made_in_the_first_layout() {
        ReportSubmitted submitted = (ReportSubmitted) readStored("ReportSubmitted", "2");

        assertThat(submitted.layout()).isEqualTo(1);
        assertThat(submitted.subject()).isEqualTo("5f0c8a52-3f7e-4b0e-9d61-2b8f3c1e7a10");
        assertThat(((ReportSubmitted) readStored("ReportSubmitted", "3")).layout()).isEqualTo(2);
    }

    @Test
    void a_stored_submission_of_any_revision_names_its_report_as_a_typed_subject() {
        assertThat(((ReportSubmitted) readStored("ReportSubmitted", "1")).about())
                .isEqualTo(new ReportSubject.Period("FY2026-Q1"));
        assertThat(((ReportSubmitted) readStored("ReportSubmitted", "2")).about())
                .isEqualTo(new ReportSubject.Case("5f0c8a52-3f7e-4b0e-9d61-2b8f3c1e7a10"));
        ReportSubject notification = ((ReportSubmitted) readStored("ReportSubmitted", "3")).about();
        assertThat(notification).isEqualTo(new ReportSubject.Notification("fy2026-ndaa-s-1207-fy2026", "O-1"));
        assertThat(notification.type()).isEqualTo(ReportType.NOTIFICATION);
        assertThat(notification.subject()).isEqualTo("fy2026-ndaa-s-1207-fy2026/O-1");
    }

    @Test
    void an_acceptance_recorded_before_acceptances_said_when_the_lead_moves_moved_it_at_once() {
        HandoverAccepted accepted = (HandoverAccepted) readStored("HandoverAccepted", "1");

        assertThat(accepted.leadMoves()).isEqualTo(LeadMove.ON_ACCEPTANCE);
        assertThat(accepted.effectiveOn()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(((HandoverAccepted) readStored("HandoverAccepted", "2")).leadMoves())
                .isEqualTo(LeadMove.ON_EFFECTIVE_DATE);
    }

    @Test
    void an_acceptance_recorded_before_acceptances_named_their_acceptor_reads_with_the_login_name_as_shown_then() {
        for (String revision : List.of("1", "2")) {
            HandoverAccepted accepted = (HandoverAccepted) readStored("HandoverAccepted", revision);

            assertThat(accepted.acceptorName()).as("revision %s", revision).isEqualTo("okafor");
            assertThat(accepted.acceptedBy().user()).isEqualTo("okafor");
        }
        assertThat(((HandoverAccepted) readStored("HandoverAccepted", "3")).acceptorName()).isEqualTo("J. Okafor");
    }

    @Test
    void every_sample_file_is_named_after_a_published_event_and_a_revision() throws IOException {
        List<String> expected = PublishedEvents.ALL.stream().map(EventSamplesTest::sampleName).toList();
        List<String> present = sampleFiles();
        assertThat(expected).isSubsetOf(present);
        assertThat(present).allMatch(name -> name.matches("[A-Za-z]+-[0-9]+\\.json"));
    }

    /** The sample of an event revision, read as the journal reads it: through the upcasters. */
    private Object readStored(String type, String revision) {
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>(
                "Sample", "5f0c8a52-3f7e-4b0e-9d61-2b8f3c1e7a10", 2, "sample-event", "2026-01-15T08:30:00Z", type,
                revision, read("/event-samples/" + type + "-" + revision + ".json"), "{}");
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), serializer, Upcasters.chain())
                               .asStream().findFirst().orElseThrow().getPayload();
    }

    private static List<String> sampleFiles() throws IOException {
        try (InputStream index = EventSamplesTest.class.getResourceAsStream("/event-samples/")) {
            assertThat(index).as("the event-samples folder").isNotNull();
            return new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().sorted().toList();
        }
    }

    private static String sampleName(Class<?> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        return type.name() + "-" + type.revision() + ".json";
    }

    private String sample(Class<?> eventClass) {
        return read("/event-samples/" + sampleName(eventClass));
    }

    private static String read(String resource) {
        try (InputStream in = EventSamplesTest.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
