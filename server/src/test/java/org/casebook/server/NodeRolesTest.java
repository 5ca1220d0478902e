package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.casebook.query.catalog.ViewCatalog;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A command node and a query node on one store, as two processes of a deployment: the command node records and
 * runs no view, the query node runs the views and refuses writes, and {@code ?after=} reads a write on either.
 */
class NodeRolesTest {

    private static CasebookInstance command;
    private static CasebookInstance query;

    @BeforeAll
    static void start() {
        command = CasebookInstance.start(Map.of("casebook.node.role", "command"));
        query = command.alongside(Map.of("casebook.node.role", "query"));
    }

    @AfterAll
    static void stop() {
        query.close();
        command.close();
    }

    @Test
    void a_decision_recorded_through_the_command_node_is_read_after_its_position_on_both_nodes() {
        Api writer = command.as("COORDINATOR");
        String caseId = writer.post("/api/crises", openCase()).id();
        long written = writer.post("/api/crises/" + caseId + "/decisions", decision("Open the corridor", null))
                             .position();

        for (CasebookInstance node : new CasebookInstance[] {command, query}) {
            JsonNode caseFile = node.as("COORDINATOR").caseFile(caseId, written);
            assertThat(caseFile.toString()).contains("Open the corridor");
        }
    }

    @Test
    void a_write_sent_to_the_query_node_is_refused_naming_the_rule_and_records_nothing() {
        Api reader = query.as("COORDINATOR");
        long head = reader.head();

        Api.Response refused = reader.post("/api/crises", openCase());

        assertThat(refused.status()).as(refused.body()).isEqualTo(421);
        assertThat(refused.json().get("type").asText()).isEqualTo("/problems/wrong-node");
        assertThat(refused.json().get("detail").asText()).contains("this node serves reads")
                                                          .contains("send writes to a command node");
        assertThat(reader.head()).isEqualTo(head);
    }

    @Test
    void a_write_refused_by_the_query_node_leaves_its_idempotency_key_to_the_command_node() {
        Map<String, String> key = Map.of("Idempotency-Key", "sent-to-the-wrong-node");

        Api.Response refused = query.as("COORDINATOR").post("/api/crises", openCase(), key);
        Api.Response recorded = command.as("COORDINATOR").post("/api/crises", openCase(), key);

        assertThat(refused.status()).as(refused.body()).isEqualTo(421);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void the_command_node_holds_no_view_segment_and_the_query_node_runs_every_view() {
        for (String view : ViewCatalog.NAMES) {
            assertThat(processor(command, view).processingStatus()).as(view).isEmpty();
            assertThat(processor(query, view).isRunning()).as(view).isTrue();
        }
    }

    @Test
    void each_node_tells_its_role() {
        assertThat(command.as("ADMIN").get("/actuator/info").json().at("/casebook/role").asText())
                .isEqualTo("command");
        assertThat(query.as("ADMIN").get("/actuator/info").json().at("/casebook/role").asText())
                .isEqualTo("query");
    }

    private static StreamingEventProcessor processor(CasebookInstance node, String view) {
        return node.bean(EventProcessingConfiguration.class)
                   .eventProcessor(view, StreamingEventProcessor.class).orElseThrow();
    }
}
