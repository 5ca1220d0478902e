package org.casebook.query.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.handover.HandoverAccepted;
import org.casebook.kernel.handover.HandoverDeclined;
import org.casebook.kernel.handover.HandoverEscalated;
import org.casebook.kernel.handover.HandoverId;
import org.casebook.kernel.handover.HandoverLapsed;
import org.casebook.kernel.handover.HandoverProposed;
import org.casebook.kernel.handover.HandoverWithdrawn;
import org.casebook.kernel.handover.LeadMove;
import org.casebook.kernel.handover.LeadTransferred;
import org.casebook.kernel.handover.OpenItem;
import org.casebook.kernel.handover.Signatory;
import org.casebook.query.CaseEntries;
import org.casebook.query.RecordedEntry;
import org.casebook.query.handover.HandoverRecord.Status;
import org.junit.jupiter.api.Test;

class HandoverFoldTest {

    private static final CaseId CASE = CaseEntries.CASE;
    private static final HandoverId FIRST = HandoverId.number(1);
    private static final Body CRSG = new Body("CRSG");
    private static final Body EMBASSY = new Body("Embassy");
    private static final Signatory PROPOSER = new Signatory("alvarez", "COORDINATOR", CRSG);
    private static final Signatory RECEIVER = new Signatory("okafor", "AMBASSADOR", EMBASSY);
    private static final LocalDate JUNE = LocalDate.parse("2027-06-01");
    private static final Instant DEADLINE = Instant.parse("2027-05-20T17:00:00Z");
    private static final String DIGEST = "d".repeat(64);

    private final CaseEntries history = new CaseEntries().opened(Stage.TRANSITION);

    @Test
    void a_proposal_starts_a_pending_handover_with_what_it_would_pass_on() {
        history.add(proposed());

        HandoverRecord handover = fold();

        RecordedEntry proposal = history.last();
        assertThat(handover).isEqualTo(new HandoverRecord(
                "case-1/" + FIRST.value(), "case-1", FIRST.value(), "CRSG", "Embassy", "J. Okafor",
                List.of(Sector.SECURITY), List.of(new OpenItem("Police payroll", "CRSG")), List.of("Elections"),
                JUNE, "alvarez", proposal.recordedAt(), proposal.position(), Status.PENDING, null, null, null, null,
                null, null, null, null, proposal.position()));
    }

    @Test
    void an_escalation_sets_the_deadline_and_leaves_the_handover_pending_and_unanswered() {
        history.add(proposed()).add(new HandoverEscalated(CASE, FIRST, DEADLINE));

        HandoverRecord handover = fold();

        assertThat(handover.status()).isEqualTo(Status.PENDING);
        assertThat(handover.escalatedAt()).isEqualTo(DEADLINE);
        assertThat(handover.answeredBy()).isNull();
        assertThat(handover.answeredInRole()).isNull();
        assertThat(handover.answeredAt()).isNull();
        assertThat(handover.position()).isEqualTo(history.last().position());
        assertThat(handover.proposalPosition()).isEqualTo(history.entries().get(1).position());
    }

    @Test
    void an_acceptance_ends_the_handover_with_who_accepted_in_what_role_when_and_on_which_brief() {
        history.add(proposed()).add(new HandoverEscalated(CASE, FIRST, DEADLINE)).add(accepted());

        HandoverRecord handover = fold();

        assertThat(handover.status()).isEqualTo(Status.ACCEPTED);
        assertThat(handover.escalatedAt()).isEqualTo(DEADLINE);
        assertThat(handover.answeredBy()).isEqualTo("okafor");
        assertThat(handover.answeredInRole()).isEqualTo("AMBASSADOR");
        assertThat(handover.acceptorName()).isEqualTo("J. Okafor");
        assertThat(handover.answeredAt()).isEqualTo(history.last().recordedAt());
        assertThat(handover.briefDigest()).isEqualTo(DIGEST);
        assertThat(handover.effectiveOn()).isEqualTo(JUNE.plusDays(7));
        assertThat(handover.reason()).isNull();
        assertThat(handover.position()).isEqualTo(history.last().position());
    }

    @Test
    void a_declined_handover_ends_with_who_declined_it_and_why() {
        history.add(proposed()).add(new HandoverDeclined(CASE, FIRST, "No staff", RECEIVER));

        HandoverRecord handover = fold();

        assertThat(handover.status()).isEqualTo(Status.DECLINED);
        assertThat(handover.answeredBy()).isEqualTo("okafor");
        assertThat(handover.answeredInRole()).isEqualTo("AMBASSADOR");
        assertThat(handover.answeredAt()).isEqualTo(history.last().recordedAt());
        assertThat(handover.reason()).isEqualTo("No staff");
        assertThat(handover.acceptorName()).isNull();
        assertThat(handover.briefDigest()).isNull();
        assertThat(handover.effectiveOn()).isNull();
    }

    @Test
    void a_withdrawn_handover_ends_with_who_withdrew_it_and_why_and_keeps_its_escalation() {
        history.add(proposed()).add(new HandoverEscalated(CASE, FIRST, DEADLINE))
               .add(new HandoverWithdrawn(CASE, FIRST, "Crisis over", PROPOSER));

        HandoverRecord handover = fold();

        assertThat(handover.status()).isEqualTo(Status.WITHDRAWN);
        assertThat(handover.escalatedAt()).isEqualTo(DEADLINE);
        assertThat(handover.answeredBy()).isEqualTo("alvarez");
        assertThat(handover.answeredInRole()).isEqualTo("COORDINATOR");
        assertThat(handover.answeredAt()).isEqualTo(history.last().recordedAt());
        assertThat(handover.reason()).isEqualTo("Crisis over");
    }

    @Test
    void a_lapsed_handover_ends_unanswered_at_its_deadline() {
        history.add(proposed()).add(new HandoverEscalated(CASE, FIRST, DEADLINE))
               .add(new HandoverLapsed(CASE, FIRST, DEADLINE));

        HandoverRecord handover = fold();

        assertThat(handover.status()).isEqualTo(Status.LAPSED);
        assertThat(handover.escalatedAt()).isEqualTo(DEADLINE);
        assertThat(handover.answeredBy()).isNull();
        assertThat(handover.answeredInRole()).isNull();
        assertThat(handover.answeredAt()).isEqualTo(history.last().recordedAt());
        assertThat(handover.reason()).isEqualTo("unanswered at " + DEADLINE);
    }

    @Test
    void the_transfer_of_the_lead_changes_nothing_of_the_handover_but_its_position() {
        history.add(proposed()).add(accepted());
        HandoverRecord answered = fold();
        history.add(new LeadTransferred(CASE, FIRST, CRSG, EMBASSY, List.of(Sector.SECURITY), JUNE.plusDays(7)));

        HandoverRecord handover = fold();

        assertThat(handover.position()).isEqualTo(history.last().position());
        assertThat(handover).usingRecursiveComparison().ignoringFields("position").isEqualTo(answered);
    }

    private static HandoverProposed proposed() {
        return new HandoverProposed(CASE, FIRST, CRSG, EMBASSY, "J. Okafor", List.of(Sector.SECURITY),
                                    List.of(new OpenItem("Police payroll", "CRSG")), List.of("Elections"), JUNE,
                                    PROPOSER);
    }

    private static HandoverAccepted accepted() {
        return new HandoverAccepted(CASE, FIRST, CRSG, EMBASSY, List.of(Sector.SECURITY), RECEIVER, "J. Okafor",
                                    DIGEST, JUNE.plusDays(7), LeadMove.ON_EFFECTIVE_DATE);
    }

    /** The handover after the case's handover entries (the opening is not one). */
    private HandoverRecord fold() {
        HandoverRecord handover = null;
        for (RecordedEntry entry : history.entries().subList(1, history.entries().size())) {
            handover = HandoverFold.apply(handover, entry);
        }
        return handover;
    }
}
