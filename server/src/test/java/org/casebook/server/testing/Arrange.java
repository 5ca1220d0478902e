package org.casebook.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * What a test finds already recorded before its browser looks: cases, decisions, responders, deployments and
 * money recorded through the API by one coordinator, each read back once its view holds it.
 */
public record Arrange(Api coordinator) {

    /** The coordinator of CRSG's arrangements. */
    public static Arrange by(CasebookInstance casebook) {
        return new Arrange(casebook.as("COORDINATOR"));
    }

    /** A case in Sudan at that stage. */
    public String openCase(String title, String stage) {
        Api.Response opened = coordinator.post("/api/crises", Bodies.openCase(title, "SD", stage));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        coordinator.caseFile(opened.id(), opened.position());
        return opened.id();
    }

    /** A case in Sudan in operations, with one decision (D-1). */
    public String caseWithDecision(String title, String decision) {
        String kase = openCase(title, "OPERATIONS");
        Api.Response decided = coordinator.post("/api/crises/" + kase + "/decisions", Bodies.decision(decision, null));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        coordinator.caseFile(kase, decided.position());
        return kase;
    }

    /** An active responder of Justice with the rule-of-law skill. */
    public String responder(String name) {
        Api.Response registered = coordinator.post("/api/responders",
                                                   Bodies.responder(name, "ACTIVE", List.of("rule-of-law")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.id();
    }

    /** A deployment of the responder requested on that case over those days (ISO dates). */
    public String requested(String kase, String responder, String start, String end) {
        Api.Response requested = coordinator.post("/api/crises/" + kase + "/deployments", Map.of(
                "responderId", responder, "role", "Rule of law adviser", "sector", "JUSTICE_AND_RECONCILIATION",
                "skill", "rule-of-law", "start", start, "end", end));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        coordinator.get("/api/crises/" + kase + "/deployments?after=" + requested.position());
        return requested.id();
    }

    public void approved(String kase, String deployment) {
        Api.Response approved = coordinator.post("/api/crises/" + kase + "/deployments/" + deployment + "/approve",
                                                 Map.of());
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        coordinator.get("/api/crises/" + kase + "/deployments?after=" + approved.position());
    }

    /** A funding source of FY2026 with a cap of $100,000.00. */
    public String fundingSource(String authority) {
        Api.Response registered = coordinator.post("/api/funding-sources", Map.of(
                "authority", authority, "fiscalYear", 2026, "cap", "100000.00"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.id();
    }

    /** An allocation from the source on the case, for food, authorized by D-1. */
    public void allocated(String kase, String source, String amount) {
        Api.Response allocated = coordinator.post("/api/crises/" + kase + "/funds/allocations", Map.of(
                "sourceId", source, "project", "Food", "sector", "HUMANITARIAN_ASSISTANCE_AND_SOCIAL_WELL_BEING",
                "amount", amount, "authorizedBy", "D-1"));
        assertThat(allocated.status()).as(allocated.body()).isEqualTo(200);
        coordinator.get("/api/crises/" + kase + "/funds?after=" + allocated.position());
    }
}
