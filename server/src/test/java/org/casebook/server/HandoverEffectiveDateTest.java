package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Problems.assertRefused;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.CasebookInstance;
import org.casebook.server.testing.MovableClock;
import org.junit.jupiter.api.Test;

/**
 * An accepted handover moves the lead on its effective date, on a clock the test moves: until then the old body
 * leads with the new one incoming, nobody hands the lead on effective before the incoming lead begins, and an
 * activity report counts the handover in the quarter in which the lead moved.
 */
class HandoverEffectiveDateTest {

    @Test
    void the_lead_moves_on_the_effective_date_and_the_report_counts_the_handover_in_that_quarter()
            throws InterruptedException {
        MovableClock clock = new MovableClock();
        try (CasebookInstance casebook = CasebookInstance.startCheckingDeadlinesOften(clock)) {
            Api capital = casebook.as("COORDINATOR");
            Api field = casebook.fieldCoordinator();
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            LocalDate effective = nextQuarterStart(today).plusDays(9);
            String kase = capital.post("/api/crises", Bodies.openCase()).id();
            String handovers = "/api/crises/" + kase + "/handovers";
            ok(capital.post(handovers, Bodies.handover(CasebookInstance.FIELD_BODY, effective.toString())));
            String digest = field.get(handovers + "/H-1/brief").json().get("digest").asText();
            long accepted = ok(field.post(handovers + "/H-1/accept", Map.of("briefDigest", digest))).position();

            JsonNode file = capital.get("/api/crises/" + kase + "?after=" + accepted).json();
            assertThat(file.get("leadBody").asText()).isEqualTo("CRSG");
            assertThat(file.get("incomingLeads").get(0).get("body").asText()).isEqualTo(CasebookInstance.FIELD_BODY);
            assertThat(file.get("incomingLeads").get(0).get("effectiveOn").asText()).isEqualTo(effective.toString());
            JsonNode row = casebook.boardRow(kase, accepted);
            assertThat(row.get("leadBody").asText()).isEqualTo("CRSG");
            assertThat(row.get("incomingLeads").get(0).get("body").asText()).isEqualTo(CasebookInstance.FIELD_BODY);
            Api.Response early = field.post(handovers, Map.of("toBody", "CRSG", "openItems", List.of(),
                                                              "risks", List.of(), "proposedEffectiveOn",
                                                              effective.minusDays(5).toString()));
            assertRefused(early, "handover-before-lead-begins");
            assertThat(early.json().get("field").asText()).isEqualTo("proposedEffectiveOn");
            Api.Response byTheOldLead = capital.post(handovers, Bodies.handover("USAID", effective.toString()));
            assertThat(byTheOldLead.json().get("rule").asText()).isEqualTo("proposer-must-lead");
            assertThat(completed(casebook, quarter(today))).isEmpty();

            clock.advance(Duration.between(clock.instant(), effective.atStartOfDay(ZoneOffset.UTC).toInstant())
                                  .plusHours(1));
            casebook.awaitEntry(kase, "LeadTransferred");
            long moved = casebook.head();
            Thread.sleep(1_000);

            JsonNode after = casebook.boardRow(kase, moved);
            assertThat(after.get("leadBody").asText()).isEqualTo(CasebookInstance.FIELD_BODY);
            assertThat(after.get("leadEffectiveOn").asText()).isEqualTo(effective.toString());
            // the lead coordinator is now the acceptor, by the name the directory gave them, not their login
            assertThat(after.get("leadCoordinator").asText()).isEqualTo(CasebookInstance.FIELD_COORDINATOR_NAME);
            assertThat(capital.get("/api/crises/" + kase + "?after=" + moved).json().get("leadCoordinator").asText())
                    .isEqualTo(CasebookInstance.FIELD_COORDINATOR_NAME);
            assertThat(after.get("incomingLeads").isEmpty()).isTrue();
            JsonNode entries = capital.get("/api/crises/" + kase + "/timeline?after=" + moved).json().get("entries");
            List<JsonNode> transfers = entries.findParents("type").stream()
                                              .filter(e -> e.get("type").asText().equals("LeadTransferred")).toList();
            assertThat(transfers).hasSize(1);
            assertThat(transfers.get(0).get("effectiveAt").asText()).isEqualTo(effective + "T00:00:00Z");
            assertThat(transfers.get(0).get("user").asText()).isEqualTo("casebook");
            assertThat(completed(casebook, quarter(effective))).containsExactly(effective.toString());
            assertThat(completed(casebook, quarter(today))).isEmpty();
            ok(field.post(handovers, Bodies.handover("CRSG", effective.toString())));
        }
    }

    /** The first day of the fiscal quarter after the one {@code day} is in (fiscal years begin in October). */
    private static LocalDate nextQuarterStart(LocalDate day) {
        LocalDate start = day.withDayOfMonth(1).minusMonths((day.getMonthValue() - 10 + 12) % 3);
        return start.plusMonths(3);
    }

    private static String quarter(LocalDate day) {
        int sinceOctober = (day.getMonthValue() - 10 + 12) % 12;
        int year = day.getMonthValue() >= 10 ? day.getYear() + 1 : day.getYear();
        return "FY" + year + "-Q" + (sinceOctober / 3 + 1);
    }

    private static List<String> completed(CasebookInstance casebook, String quarter) {
        return casebook.as("REPORTER").get("/api/reports/activity?period=" + quarter).json().get("handoversCompleted")
                       .findValuesAsText("effectiveOn");
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response;
    }
}
