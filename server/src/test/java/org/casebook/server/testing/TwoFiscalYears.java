package org.casebook.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A server with a history that spans two fiscal years (FY2025 and FY2026, starting 1 October), for the tests of
 * the reports built from it, with the money it moved kept aside so that tests work totals out themselves: three
 * cases (one of them SBU, one closed), decisions with a superseded and a corrected one and a formula for a
 * spreadsheet, two funding sources with every kind of movement, two deployments and an accepted handover.
 * Reports are built here across many stored checkpoints of the fold ({@link #CHECKPOINT_EVERY}).
 */
public final class TwoFiscalYears implements AutoCloseable {

    /** A decision text that a spreadsheet would run as a formula. */
    public static final String INJECTION = "=HYPERLINK(\"http://evil.example\",\"click\")";
    /** Small, so that reports here are built across many stored checkpoints of the fold. */
    public static final int CHECKPOINT_EVERY = 7;
    public static final String AID = "HUMANITARIAN_ASSISTANCE_AND_SOCIAL_WELL_BEING";

    /** What the history sent: one money movement. */
    public record Moved(LocalDate on, String source, String country, String sector, String kind, String amount) {
    }

    public final CasebookInstance casebook;
    public final Api coordinator;
    public final Api reporter;
    /** The unclassified case of the first year: decisions (one superseded, one corrected), money, a handover. */
    public final String sudan;
    /** The SBU case of the second year. */
    public final String haiti;
    /** The funding sources of each year. */
    public final String fy2025;
    public final String fy2026;
    /** The journal position once the history was recorded: reports {@code asOf} it do not change. */
    public final long built;
    private final List<Moved> moved = new ArrayList<>();

    private TwoFiscalYears(CasebookInstance casebook) {
        this.casebook = casebook;
        this.coordinator = casebook.as("COORDINATOR");
        this.reporter = casebook.as("REPORTER");
        sudan = open("Darfur border", "SD", "UNCLASSIFIED", "2024-11-05");
        haiti = open("Port-au-Prince", "HT", "SBU", "2025-10-20");
        String chad = open("Lake Chad", "TD", "UNCLASSIFIED", "2025-01-10");
        recordDecisions(chad);
        fy2025 = source("Stabilization Fund", 2025);
        fy2026 = source("Complex Crises Fund", 2026);
        moveMoney();
        String amina = responder("Amina Diallo", "ACTIVE", "Justice");
        String jean = responder("Jean Baptiste", "STANDBY", "USAID");
        deploy(sudan, amina, "JUSTICE_AND_RECONCILIATION", "2025-12-15", "2026-01-14", null);
        deploy(haiti, jean, AID, "2025-10-21", "2025-10-30", "2025-10-25");
        handOver(sudan, List.of("Road closures"), "2025-12-01", "2025-12-05");
        built = head();
    }

    /** Starts a server and records the history on it. */
    public static TwoFiscalYears record() {
        return new TwoFiscalYears(CasebookInstance.start(Map.of("casebook.reports.checkpoint-every",
                                                                Integer.toString(CHECKPOINT_EVERY))));
    }

    private void recordDecisions(String chad) {
        String firstDecision = post("/api/crises/" + sudan + "/decisions",
                                    at(Bodies.decision("Deploy a field ACT", null), "2024-11-10"))
                .json().get("entries").get(0).get("eventId").asText();
        post("/api/crises/" + sudan + "/decisions", at(Bodies.decision("Deploy two field ACTs", "D-1"), "2025-03-01"));
        post("/api/crises/" + sudan + "/corrections", at(Map.of("correctsEventId", firstDecision, "reason",
                                                                "Wrong team size", "correctedText", "One ACT of six"),
                                                         "2025-03-02"));
        post("/api/crises/" + sudan + "/decisions", at(Bodies.decision(INJECTION, null), "2025-11-15"));
        post("/api/crises/" + haiti + "/decisions", at(Bodies.decision("Quiet talks with the gangs", null),
                                                       "2025-12-01"));
        post("/api/crises/" + chad + "/stage", at(Bodies.stage("CLOSED", null, "Handed to the embassy"),
                                                  "2025-11-20"));
    }

    private void moveMoney() {
        move(sudan, "allocations", Map.of("sourceId", fy2025, "project", "Police", "sector", "SECURITY",
                                          "amount", "100000.00", "authorizedBy", "D-1"),
             new Moved(LocalDate.parse("2024-11-12"), fy2025, "SD", "SECURITY", "allocated", "100000.00"));
        move(sudan, "obligations", Map.of("sourceId", fy2025, "allocation", "A-1", "amount", "60000.00",
                                          "description", "Training"),
             new Moved(LocalDate.parse("2025-10-15"), fy2025, "SD", "SECURITY", "obligated", "60000.00"));
        move(sudan, "disbursements", Map.of("sourceId", fy2025, "obligation", "O-1", "amount", "25000.50",
                                            "description", "First"),
             new Moved(LocalDate.parse("2025-12-31"), fy2025, "SD", "SECURITY", "disbursed", "25000.50"));
        move(sudan, "disbursements", Map.of("sourceId", fy2025, "obligation", "O-1", "amount", "10000.25",
                                            "description", "Second"),
             new Moved(LocalDate.parse("2026-01-05"), fy2025, "SD", "SECURITY", "disbursed", "10000.25"));
        move(haiti, "allocations", Map.of("sourceId", fy2026, "project", "Shelter", "sector", AID,
                                          "amount", "50000.00"),
             new Moved(LocalDate.parse("2025-11-05"), fy2026, "HT", AID, "allocated", "50000.00"));
        move(haiti, "obligations", Map.of("sourceId", fy2026, "allocation", "A-1", "amount", "20000.00",
                                          "description", "Tents"),
             new Moved(LocalDate.parse("2025-11-06"), fy2026, "HT", AID, "obligated", "20000.00"));
        move(haiti, "adjustments", Map.of("sourceId", fy2026, "entry", "O-1", "change", "-5000.00",
                                          "reason", "De-obligated"),
             new Moved(LocalDate.parse("2025-12-10"), fy2026, "HT", AID, "obligated", "-5000.00"));
    }

    /**
     * Hands the case over to the field coordinator's body, proposed on one day and accepted on another, with
     * these risks taken on.
     */
    public void handOver(String kase, List<String> risks, String proposedOn, String acceptedOn) {
        post("/api/crises/" + kase + "/handovers",
             at(Bodies.with(Bodies.handover(CasebookInstance.FIELD_BODY, acceptedOn), "risks", risks), proposedOn));
        String digest = coordinator.get("/api/crises/" + kase + "/handovers/H-1/brief").json().get("digest").asText();
        Api.Response accepted = casebook.fieldCoordinator().post("/api/crises/" + kase + "/handovers/H-1/accept",
                                                                 at(Map.of("briefDigest", digest), acceptedOn));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    }

    /** Opens a case in the operations stage, effective at noon of that day. */
    public String open(String title, String country, String sensitivity, String on) {
        Map<String, Object> body = new LinkedHashMap<>(Bodies.openCase(title, country, "OPERATIONS"));
        body.put("sensitivity", sensitivity);
        return post("/api/crises", at(body, on)).id();
    }

    private String source(String authority, int fiscalYear) {
        return post("/api/funding-sources", Map.of("authority", authority, "fiscalYear", fiscalYear,
                                                   "cap", "1000000.00")).id();
    }

    private void move(String kase, String movement, Map<String, Object> body, Moved moved) {
        post("/api/crises/" + kase + "/funds/" + movement, at(body, moved.on().toString()));
        this.moved.add(moved);
    }

    private String responder(String name, String component, String agency) {
        Map<String, Object> body = new LinkedHashMap<>(Bodies.responder(name, component, List.of("rule-of-law")));
        body.put("agency", agency);
        // on the roster before the deployments recorded for them: nothing of theirs takes effect before it
        body.put("effectiveAt", "2024-01-01T00:00:00Z");
        return post("/api/responders", body).id();
    }

    private void deploy(String kase, String responder, String sector, String start, String end, String endedOn) {
        String path = "/api/crises/" + kase + "/deployments";
        // Requested and approved on its first day, before it starts there: no step takes effect before the last.
        Map<String, Object> request = new LinkedHashMap<>(Map.of("responderId", responder, "role", "Adviser", "sector",
                                                                 sector, "skill", "rule-of-law", "start", start,
                                                                 "end", end, "effectiveAt", start + "T06:00:00Z"));
        String id = post(path, request).id();
        post(path + "/" + id + "/approve", Map.of("effectiveAt", start + "T07:00:00Z"));
        if (endedOn != null) {
            post(path + "/" + id + "/start", Map.of("effectiveAt", start + "T08:00:00Z"));
            post(path + "/" + id + "/end", Map.of("endedOn", endedOn, "note", "Done"));
        }
    }

    /** The body, effective at noon (UTC) of that day. */
    public static Map<String, Object> at(Map<String, Object> body, String day) {
        Map<String, Object> effective = new LinkedHashMap<>(body);
        effective.put("effectiveAt", day + "T12:00:00Z");
        return effective;
    }

    /** A coordinator's POST, which must succeed. */
    public Api.Response post(String path, Object body) {
        Api.Response response = coordinator.post(path, body);
        assertThat(response.status()).as(path + ": " + response.body()).isIn(200, 201);
        return response;
    }

    public long head() {
        return coordinator.head();
    }

    /** The activity report of the period as JSON, built at {@link #built}. */
    public JsonNode report(String period) {
        Api.Response response = reporter.get("/api/reports/activity?period=" + period + "&asOf=" + built);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** What the history moved, in these movements. */
    public String sum(Predicate<Moved> which) {
        return moved.stream().filter(which).map(m -> new BigDecimal(m.amount()))
                    .reduce(new BigDecimal("0.00"), BigDecimal::add).toPlainString();
    }

    /** The row of a report's table by its key (or funding source). */
    public static JsonNode row(JsonNode table, String key) {
        for (JsonNode row : table) {
            JsonNode name = row.has("key") ? row.get("key") : row.get("sourceId");
            if (name.asText().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in " + table);
    }

    @Override
    public void close() {
        casebook.close();
    }
}
