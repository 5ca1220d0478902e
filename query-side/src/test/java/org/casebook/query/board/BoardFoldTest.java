package org.casebook.query.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.DecisionId;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.crisis.LeadBodyCorrected;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.handover.HandoverAccepted;
import org.casebook.kernel.handover.HandoverDeclined;
import org.casebook.kernel.handover.HandoverEscalated;
import org.casebook.kernel.handover.HandoverId;
import org.casebook.kernel.handover.HandoverProposed;
import org.casebook.kernel.handover.LeadMove;
import org.casebook.kernel.handover.LeadTransferred;
import org.casebook.kernel.handover.Signatory;
import org.casebook.query.board.BoardRow.PendingHandover;
import org.casebook.query.handover.Leadership;
import org.casebook.query.CaseEntries;
import org.junit.jupiter.api.Test;

class BoardFoldTest {

    @Test
    void an_opened_case_appears_with_its_lead_and_opening_time() {
        CaseEntries history = new CaseEntries().opened(Stage.WATCH);

        BoardRow row = fold(history);

        assertThat(row.id()).isEqualTo("case-1");
        assertThat(row.title()).isEqualTo("Border instability");
        assertThat(row.country()).isEqualTo("SD");
        assertThat(row.stage()).isEqualTo(Stage.WATCH);
        assertThat(row.leadBody()).isEqualTo("CRSG");
        assertThat(row.leadCoordinator()).isEqualTo("M. Alvarez");
        assertThat(row.openedAt()).isEqualTo(history.last().effectiveAt());
        assertThat(row.decisionCount()).isZero();
        assertThat(row.latestDecision()).isNull();
    }

    @Test
    void decisions_are_counted_and_the_latest_is_summarised() {
        BoardRow row = fold(new CaseEntries().opened(Stage.WATCH).decided(1, null, null).decided(2, 1, null));

        assertThat(row.decisionCount()).isEqualTo(2);
        assertThat(row.latestDecision()).isEqualTo("D-2: Decision 2");
    }

    @Test
    void the_stage_follows_moves_closing_and_reopening() {
        CaseEntries history = new CaseEntries().opened(Stage.WATCH).moved(Stage.WATCH, Stage.ASSESSMENT, null);
        assertThat(fold(history).stage()).isEqualTo(Stage.ASSESSMENT);
        history.closed(Stage.ASSESSMENT, "Resolved");
        assertThat(fold(history).stage()).isEqualTo(Stage.CLOSED);
        history.reopened(Stage.ASSESSMENT, "Back");
        assertThat(fold(history).stage()).isEqualTo(Stage.ASSESSMENT);
    }

    @Test
    void last_activity_is_the_recorded_time_and_position_of_the_latest_entry() {
        CaseEntries history = new CaseEntries().opened(Stage.WATCH).assessed(1).corrected(1, "Fixed");

        BoardRow row = fold(history);

        assertThat(row.lastActivityAt()).isEqualTo(history.last().recordedAt());
        assertThat(row.position()).isEqualTo(history.last().position());
    }

    @Test
    void two_handovers_accepted_in_turn_move_the_lead_in_turn_and_the_board_keeps_both_until_they_do() {
        Body crsg = new Body("CRSG");
        Body embassy = new Body("Embassy");
        Body act = new Body("ACT");
        Signatory field = new Signatory("okafor", "COORDINATOR", embassy);
        Signatory team = new Signatory("lindqvist", "COORDINATOR", act);
        LocalDate june = LocalDate.parse("2027-06-01");
        CaseEntries history = new CaseEntries().opened(Stage.TRANSITION)
                .add(accepted(1, crsg, embassy, field, june))
                .add(accepted(2, embassy, act, team, june));

        BoardRow waiting = fold(history);
        assertThat(waiting.leadBody()).isEqualTo("CRSG");
        assertThat(waiting.incomingLeads()).extracting(Leadership.IncomingLead::body).containsExactly("Embassy", "ACT");

        history.add(new LeadTransferred(CASE, HandoverId.number(1), crsg, embassy, List.of(), june))
               .add(new LeadTransferred(CASE, HandoverId.number(2), embassy, act, List.of(), june));
        BoardRow moved = fold(history);
        assertThat(moved.leadBody()).isEqualTo("ACT");
        assertThat(moved.leadCoordinator()).isEqualTo("lindqvist");
        assertThat(moved.incomingLeads()).isEmpty();
    }

    private static final CaseId CASE = new CaseId("case-1");

    private static HandoverAccepted accepted(int number, Body from, Body to, Signatory by, LocalDate on) {
        return new HandoverAccepted(CASE, HandoverId.number(number), from, to, List.of(), by, by.user(),
                                    "0".repeat(64), on, LeadMove.ON_EFFECTIVE_DATE);
    }

    private static BoardRow fold(CaseEntries history) {
        return history.foldedBy(null, BoardFold::apply);
    }

    @Test
    void proposed_handovers_wait_on_the_board_escalated_or_not_until_they_are_answered() {
        Body crsg = new Body("CRSG");
        Signatory capital = new Signatory("alvarez", "COORDINATOR", crsg);
        CaseEntries history = new CaseEntries().opened(Stage.TRANSITION)
                .add(proposed(1, crsg, new Body("Embassy"), capital))
                .add(proposed(2, crsg, new Body("ACT"), capital))
                .add(new HandoverEscalated(CASE, HandoverId.number(2), Instant.parse("2027-05-20T17:00:00Z")));
        Instant firstProposed = history.entries().get(1).recordedAt();
        Instant secondProposed = history.entries().get(2).recordedAt();

        assertThat(fold(history).pendingHandovers()).containsExactly(
                new PendingHandover("H-1", "Embassy", firstProposed, false),
                new PendingHandover("H-2", "ACT", secondProposed, true));

        history.add(new HandoverDeclined(CASE, HandoverId.number(1), "No staff", capital));
        assertThat(fold(history).pendingHandovers()).containsExactly(
                new PendingHandover("H-2", "ACT", secondProposed, true));
    }

    @Test
    void the_latest_decision_is_marked_as_recorded_or_else_as_its_case() {
        CaseEntries history = new CaseEntries().opened(Stage.WATCH).add(decision(1, Sensitivity.UNCLASSIFIED));
        assertThat(fold(history).latestDecisionSensitivity()).isEqualTo(Sensitivity.UNCLASSIFIED);

        history.add(decision(2, null));
        assertThat(fold(history).latestDecisionSensitivity()).isEqualTo(Sensitivity.SBU);
    }

    private static HandoverProposed proposed(int number, Body from, Body to, Signatory by) {
        return new HandoverProposed(CASE, HandoverId.number(number), from, to, "J. Okafor", List.of(), List.of(),
                                    List.of(), LocalDate.parse("2027-06-01"), by);
    }

    private static DecisionRecorded decision(int number, Sensitivity sensitivity) {
        return new DecisionRecorded(CASE, DecisionId.number(number), "Decision " + number, "Because", List.of(),
                                    new Body("CRSG"), "PS-1", null, null, sensitivity);
    }

    @Test
    void a_corrected_lead_body_leads_on_the_board_with_the_same_coordinator() {
        BoardRow row = fold(new CaseEntries().opened(Stage.WATCH)
                                .add(new LeadBodyCorrected(CASE, new Body("CRSG"), new Body("Embassy"), "Typo")));

        assertThat(row.leadBody()).isEqualTo("Embassy");
        assertThat(row.leadCoordinator()).isEqualTo("M. Alvarez");
    }
}
