package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.assessment;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;
import static org.casebook.server.testing.Bodies.stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.bson.Document;
import org.casebook.journal.store.Store;
import org.casebook.query.ViewDefinition;
import org.casebook.query.catalog.ViewCatalog;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An admin rebuilds each view from the journal; the rebuilt view is exactly the live one, and takes over. */
class ViewRebuildApiTest {

    private static final Map<String, List<String>> COLLECTIONS = new LinkedHashMap<>();

    static {
        COLLECTIONS.put("board", List.of("view_board"));
        COLLECTIONS.put("case-file", List.of("view_case_files"));
        COLLECTIONS.put("timeline", List.of("view_timeline"));
        COLLECTIONS.put("case-history", List.of("history_cases", "history_entries", "history_checkpoints"));
    }

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api coordinator = casebook.as("COORDINATOR");
    private static final Api admin = casebook.as("ADMIN");
    private static final List<String> cases = new ArrayList<>();

    @BeforeAll
    static void recordAHistory() {
        for (int i = 0; i < 12; i++) {
            Api.Response opened = coordinator.post("/api/crises", openCase("Case " + i, i % 2 == 0 ? "SD" : "HT", null));
            String id = opened.id();
            cases.add(id);
            String openingEvent = opened.json().get("entries").get(0).get("eventId").asText();
            coordinator.post("/api/crises/" + id + "/assessments", assessment("Look " + i));
            coordinator.post("/api/crises/" + id + "/decisions", decision("Decision " + i, null));
            coordinator.post("/api/crises/" + id + "/decisions", decision("Again " + i, "D-1"));
            coordinator.post("/api/crises/" + id + "/stage", stage("ASSESSMENT", null, null));
            coordinator.post("/api/crises/" + id + "/corrections", Map.of(
                    "correctsEventId", openingEvent, "reason", "Typo", "correctedText", "Case " + i + "!"));
        }
        for (int i = 0; i < 70; i++) {
            coordinator.post("/api/crises/" + cases.get(0) + "/decisions", decision("Long case " + i, null));
        }
        awaitEveryView();
    }

    @Test
    void each_view_runs_its_own_projection_in_a_tracking_processor_of_its_own() {
        EventProcessingConfiguration processing = casebook.bean(EventProcessingConfiguration.class);
        for (ViewDefinition<?> view : ViewCatalog.ALL) {
            TrackingEventProcessor processor = processing.eventProcessor(view.name(), TrackingEventProcessor.class)
                                                         .orElseThrow();
            assertThat(handlerTypes(processor.eventHandlerInvoker())).as(view.name()).containsExactly(view.projectionType());
            assertThat(processor.maxCapacity()).as(view.name() + ": a thread for each segment")
                                               .isEqualTo(ViewCatalog.segments(view.name(), 2));
            assertThat(processor.getHandlerInterceptors()).as(view.name()).isNotEmpty();
        }
    }

    private static List<Class<?>> handlerTypes(EventHandlerInvoker invoker) {
        if (invoker instanceof MultiEventHandlerInvoker multiple) {
            return multiple.delegates().stream().flatMap(delegate -> handlerTypes(delegate).stream()).toList();
        }
        return ((SimpleEventHandlerInvoker) invoker).eventHandlers().stream()
                                                    .<Class<?>>map(EventMessageHandler::getTargetType).toList();
    }

    @Test
    void each_rebuilt_view_is_exactly_the_live_one_and_takes_over() throws Exception {
        MongoDatabase database = casebook.bean(Store.class).database();
        for (Map.Entry<String, List<String>> view : COLLECTIONS.entrySet()) {
            int generation = liveGeneration(database, view.getKey());
            Map<String, List<Document>> live = contents(database, view.getValue(), suffix(generation));

            JsonNode done = rebuild(view.getKey());

            assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("DONE");
            assertThat(done.get("generation").asInt()).isEqualTo(generation + 1);
            assertThat(liveGeneration(database, view.getKey())).isEqualTo(generation + 1);
            assertThat(contents(database, view.getValue(), suffix(generation + 1))).as(view.getKey()).isEqualTo(live);
            for (String collection : view.getValue()) {
                assertThat(database.getCollection(collection + suffix(generation)).countDocuments())
                        .as(collection + " of the old generation, dropped").isZero();
            }
        }
        JsonNode board = coordinator.get("/api/crises?size=200").json();
        assertThat(board.get("total").asLong()).isEqualTo(12);
        assertThat(coordinator.get("/api/crises/" + cases.get(0)).json().get("decisions")).hasSize(72);
    }

    @Test
    void writes_during_a_rebuild_reach_the_new_generation() throws Exception {
        admin.post("/api/admin/views/timeline/rebuild", null);
        long last = 0;
        for (int i = 0; i < 5; i++) {
            last = coordinator.post("/api/crises/" + cases.get(1) + "/decisions", decision("During " + i, null))
                              .position();
        }
        JsonNode done = awaitRebuild("timeline");

        assertThat(done.get("state").asText()).isEqualTo("DONE");
        JsonNode timeline = coordinator.get("/api/crises/" + cases.get(1) + "/timeline?after=" + last).json();
        assertThat(timeline.get("entries").findValuesAsText("summary")).anyMatch(line -> line.contains("During 4"));
    }

    @Test
    void a_rebuild_that_meets_a_missing_commit_stops_naming_it_and_the_live_generation_keeps_serving()
            throws Exception {
        try (CasebookInstance damaged = CasebookInstance.start()) {
            Api writer = damaged.as("COORDINATOR");
            Api itsAdmin = damaged.as("ADMIN");
            writer.post("/api/crises", openCase());
            long missing = writer.post("/api/crises", openCase()).position();
            Api.Response later = writer.post("/api/crises", openCase("Opened after the gap", "SD", null));
            String laterId = later.id();
            String laterTimeline = "/api/crises/" + laterId + "/timeline";
            assertThat(writer.get(laterTimeline + "?after=" + later.position()).status())
                    .isEqualTo(200);
            damaged.bean(Store.class).database().getCollection("journal").deleteOne(new Document("_id", missing));

            assertThat(itsAdmin.post("/api/admin/views/timeline/rebuild", null).status()).isEqualTo(202);
            JsonNode progress = itsAdmin.get("/api/admin/views/timeline/rebuild").json();
            for (int polls = 0; progress.get("state").asText().equals("RUNNING") && polls < 600; polls++) {
                Thread.sleep(50);
                progress = itsAdmin.get("/api/admin/views/timeline/rebuild").json();
            }

            assertThat(progress.get("state").asText()).as(progress.toString()).isEqualTo("FAILED");
            assertThat(progress.get("failure").asText()).contains("no event at position " + missing);
            assertThat(progress.get("position").asLong()).isEqualTo(missing - 1);
            assertThat(liveGeneration(damaged.bean(Store.class).database(), "timeline")).isEqualTo(1);
            assertThat(writer.get(laterTimeline).status()).isEqualTo(200);
        }
    }

    @Test
    void an_unknown_view_is_400() {
        assertThat(admin.post("/api/admin/views/nonsense/rebuild", null).status()).isEqualTo(400);
    }

    private static JsonNode rebuild(String view) throws InterruptedException {
        Api.Response started = admin.post("/api/admin/views/" + view + "/rebuild", null);
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.header("Location")).isEqualTo("/api/admin/views/" + view + "/rebuild");
        return awaitRebuild(view);
    }

    private static JsonNode awaitRebuild(String view) throws InterruptedException {
        JsonNode progress = admin.get("/api/admin/views/" + view + "/rebuild").json();
        for (int polls = 0; progress.get("state").asText().equals("RUNNING") && polls < 600; polls++) {
            Thread.sleep(50);
            progress = admin.get("/api/admin/views/" + view + "/rebuild").json();
        }
        return progress;
    }

    private static void awaitEveryView() {
        long head = coordinator.head();
        coordinator.get("/api/crises?after=" + head);
        coordinator.get("/api/crises/" + cases.get(0) + "?after=" + head);
        coordinator.get("/api/crises/" + cases.get(0) + "/timeline?after=" + head);
        coordinator.get("/api/crises/" + cases.get(0) + "/as-of?position=" + head);
    }

    private static int liveGeneration(MongoDatabase database, String view) {
        Document generation = database.getCollection("view_generations").find(new Document("_id", view)).first();
        return generation == null ? 1 : generation.getInteger("generation");
    }

    private static String suffix(int generation) {
        return generation <= 1 ? "" : "_g" + generation;
    }

    private static Map<String, List<Document>> contents(MongoDatabase database, List<String> collections,
                                                        String suffix) {
        Map<String, List<Document>> contents = new LinkedHashMap<>();
        for (String collection : collections) {
            List<Document> documents = new ArrayList<>();
            database.getCollection(collection + suffix).find().sort(new Document("_id", 1)).into(documents);
            contents.put(collection, documents);
        }
        return contents;
    }
}
