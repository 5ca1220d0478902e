package org.casebook.query.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.handover.HandoverAccepted;
import org.casebook.kernel.handover.HandoverDeclined;
import org.casebook.kernel.handover.HandoverId;
import org.casebook.kernel.handover.HandoverProposed;
import org.casebook.kernel.handover.LeadMove;
import org.casebook.kernel.handover.LeadTransferred;
import org.casebook.kernel.handover.Signatory;
import org.casebook.query.handover.Leadership.IncomingLead;
import org.junit.jupiter.api.Test;

class LeadershipTest {

    private static final CaseId CASE = new CaseId("case-1");
    private static final Body CRSG = new Body("CRSG");
    private static final Body EMBASSY = new Body("Embassy");
    private static final Body ACT = new Body("ACT");
    private static final Sector SECURITY = Sector.SECURITY;
    private static final Sector GOVERNANCE = Sector.GOVERNANCE_AND_PARTICIPATION;
    private static final LocalDate JUNE = LocalDate.parse("2027-06-01");
    private static final LocalDate JULY = LocalDate.parse("2027-07-01");

    private static final Leadership AT_OPENING = new Leadership("CRSG", "M. Alvarez", null,
                                                                Map.of(GOVERNANCE, "Governance desk"), null);

    @Test
    void a_lead_accepted_to_move_on_acceptance_leads_at_once_from_its_effective_date() {
        Leadership after = AT_OPENING.after(accepted(1, EMBASSY, List.of(), JUNE, LeadMove.ON_ACCEPTANCE));

        assertThat(after.body()).isEqualTo("Embassy");
        assertThat(after.coordinator()).isEqualTo("Acceptor of H-1");
        assertThat(after.since()).isEqualTo(JUNE);
        assertThat(after.sectors()).isEqualTo(Map.of(GOVERNANCE, "Governance desk"));
        assertThat(after.incoming()).isEmpty();
    }

    @Test
    void a_lead_accepted_to_move_on_its_effective_date_waits_among_the_incoming_until_then() {
        Leadership after = AT_OPENING.after(accepted(1, EMBASSY, List.of(), JUNE, LeadMove.ON_EFFECTIVE_DATE));

        assertThat(after.body()).isEqualTo("CRSG");
        assertThat(after.coordinator()).isEqualTo("M. Alvarez");
        assertThat(after.since()).isNull();
        assertThat(after.sectors()).isEqualTo(Map.of(GOVERNANCE, "Governance desk"));
        assertThat(after.incoming()).containsExactly(
                new IncomingLead(handover(1), "Embassy", List.of(), JUNE, "Acceptor of H-1"));
    }

    @Test
    void a_transfer_moves_the_lead_of_the_handover_it_names_and_leaves_the_others_waiting() {
        Leadership waiting = AT_OPENING
                .after(accepted(1, EMBASSY, List.of(), JUNE, LeadMove.ON_EFFECTIVE_DATE))
                .after(accepted(2, ACT, List.of(), JULY, LeadMove.ON_EFFECTIVE_DATE));

        Leadership after = waiting.after(transferred(2, ACT, List.of(), JULY));

        assertThat(after.body()).isEqualTo("ACT");
        assertThat(after.coordinator()).isEqualTo("Acceptor of H-2");
        assertThat(after.since()).isEqualTo(JULY);
        assertThat(after.incoming()).extracting(IncomingLead::handoverId).containsExactly(handover(1));
    }

    @Test
    void a_transfer_of_a_handover_not_awaited_changes_nothing() {
        Leadership waiting = AT_OPENING.after(accepted(1, EMBASSY, List.of(), JUNE, LeadMove.ON_EFFECTIVE_DATE));

        assertThat(waiting.after(transferred(3, ACT, List.of(), JULY))).isEqualTo(waiting);
    }

    @Test
    void a_sector_handed_over_on_its_own_is_led_by_its_new_body_while_the_case_lead_stays() {
        Leadership waiting = AT_OPENING.after(accepted(1, ACT, List.of(SECURITY, GOVERNANCE), JUNE,
                                                       LeadMove.ON_EFFECTIVE_DATE));

        Leadership after = waiting.after(transferred(1, ACT, List.of(SECURITY, GOVERNANCE), JUNE));

        assertThat(after.body()).isEqualTo("CRSG");
        assertThat(after.coordinator()).isEqualTo("M. Alvarez");
        assertThat(after.since()).isNull();
        assertThat(after.sectors()).isEqualTo(Map.of(SECURITY, "ACT", GOVERNANCE, "ACT"));
        assertThat(after.incoming()).isEmpty();
    }

    @Test
    void a_sector_accepted_to_move_on_acceptance_keeps_the_other_sectors_leads() {
        Leadership after = AT_OPENING.after(accepted(1, ACT, List.of(SECURITY), JUNE,
                                                     LeadMove.ON_ACCEPTANCE));

        assertThat(after.sectors()).isEqualTo(Map.of(SECURITY, "ACT", GOVERNANCE, "Governance desk"));
        assertThat(after.body()).isEqualTo("CRSG");
    }

    @Test
    void the_incoming_leads_of_the_whole_case_leave_out_those_of_sectors() {
        Leadership waiting = AT_OPENING
                .after(accepted(1, ACT, List.of(SECURITY), JUNE, LeadMove.ON_EFFECTIVE_DATE))
                .after(accepted(2, EMBASSY, List.of(), JULY, LeadMove.ON_EFFECTIVE_DATE));

        assertThat(waiting.incoming()).extracting(IncomingLead::handoverId).containsExactly(handover(1), handover(2));
        assertThat(waiting.incomingForWholeCase()).extracting(IncomingLead::handoverId).containsExactly(handover(2));
    }

    @Test
    void handover_entries_that_accept_or_transfer_nothing_leave_the_lead_as_it_was() {
        Signatory alvarez = new Signatory("alvarez", "COORDINATOR", CRSG);

        assertThat(AT_OPENING.after(new HandoverProposed(CASE, HandoverId.number(1), CRSG, EMBASSY, "J. Okafor",
                                                         List.of(), List.of(), List.of(), JUNE, alvarez)))
                .isEqualTo(AT_OPENING);
        assertThat(AT_OPENING.after(new HandoverDeclined(CASE, HandoverId.number(1), "No staff", alvarez)))
                .isEqualTo(AT_OPENING);
    }

    @Test
    void a_corrected_lead_body_keeps_the_coordinator_the_date_the_sectors_and_the_incoming() {
        Leadership waiting = new Leadership("CRSG", "M. Alvarez", JUNE, Map.of(GOVERNANCE, "Governance desk"), null)
                .after(accepted(2, ACT, List.of(), JULY, LeadMove.ON_EFFECTIVE_DATE));

        Leadership corrected = waiting.corrected("Embassy");

        assertThat(corrected).isEqualTo(new Leadership("Embassy", "M. Alvarez", JUNE,
                                                        Map.of(GOVERNANCE, "Governance desk"), waiting.incoming()));
    }

    @Test
    void no_sectors_or_incoming_given_are_none() {
        Leadership none = new Leadership("CRSG", "M. Alvarez", null, null, null);

        assertThat(none.sectors()).isEmpty();
        assertThat(none.incoming()).isEmpty();
    }

    private static String handover(int number) {
        return HandoverId.number(number).value();
    }

    private static HandoverAccepted accepted(int number, Body to, List<Sector> sectors, LocalDate on, LeadMove moves) {
        Signatory acceptor = new Signatory("acceptor-" + number, "COORDINATOR", to);
        return new HandoverAccepted(CASE, HandoverId.number(number), CRSG, to, sectors, acceptor,
                                    "Acceptor of " + handover(number), "0".repeat(64), on, moves);
    }

    private static LeadTransferred transferred(int number, Body to, List<Sector> sectors, LocalDate on) {
        return new LeadTransferred(CASE, HandoverId.number(number), CRSG, to, sectors, on);
    }
}
