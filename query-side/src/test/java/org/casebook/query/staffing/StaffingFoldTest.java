package org.casebook.query.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.deployment.DeploymentApproved;
import org.casebook.kernel.deployment.DeploymentCancelled;
import org.casebook.kernel.deployment.DeploymentDeclined;
import org.casebook.kernel.deployment.DeploymentEnded;
import org.casebook.kernel.deployment.DeploymentEvent;
import org.casebook.kernel.deployment.DeploymentExtended;
import org.casebook.kernel.deployment.DeploymentId;
import org.casebook.kernel.deployment.DeploymentRequested;
import org.casebook.kernel.deployment.DeploymentRescheduled;
import org.casebook.kernel.deployment.DeploymentRole;
import org.casebook.kernel.deployment.DeploymentStarted;
import org.casebook.kernel.deployment.DeploymentWithdrawn;
import org.casebook.kernel.deployment.Period;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.responder.CorpsComponent;
import org.casebook.kernel.responder.ResponderId;
import org.casebook.kernel.responder.Skill;
import org.casebook.query.staffing.CaseStaffing.Status;
import org.junit.jupiter.api.Test;

class StaffingFoldTest {

    private static final CaseId CASE = new CaseId("case-1");
    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");
    private static final DeploymentId D1 = new DeploymentId("d1");

    private static DeploymentRequested requested(String id, Sector sector, String start, String end) {
        return new DeploymentRequested(new DeploymentId(id), CASE, new ResponderId("responder-" + id),
                                       new DeploymentRole("adviser"), sector, new Skill("policing"),
                                       new Period(LocalDate.parse(start), LocalDate.parse(end)));
    }

    private static CaseStaffing fold(CaseStaffing staffing, DeploymentEvent event, CorpsComponent component) {
        return StaffingFold.apply(staffing, event, component, "m.alvarez", AT, 100);
    }

    @Test
    void a_request_awaits_an_answer_and_counts_no_person_days() {
        CaseStaffing staffing = fold(CaseStaffing.none("case-1", 1),
                                     requested("d1", Sector.SECURITY, "2027-01-01", "2027-01-10"),
                                     CorpsComponent.ACTIVE);

        assertThat(staffing.pendingRequests()).isEqualTo(1);
        assertThat(staffing.deployed()).isZero();
        assertThat(staffing.personDaysBySector()).isEmpty();
        assertThat(staffing.deployments().get(0).requestedBy()).isEqualTo("m.alvarez");
        assertThat(staffing.deployments().get(0).status()).isEqualTo(Status.REQUESTED);
    }

    @Test
    void approved_started_and_ended_deployments_count_their_days_by_sector_and_component() {
        CaseStaffing staffing = CaseStaffing.none("case-1", 1);
        staffing = fold(staffing, requested("d1", Sector.SECURITY, "2027-01-01", "2027-01-10"), CorpsComponent.ACTIVE);
        staffing = fold(staffing, requested("d2", Sector.SECURITY, "2027-01-01", "2027-01-31"), CorpsComponent.RESERVE);
        staffing = fold(staffing, requested("d3", Sector.JUSTICE_AND_RECONCILIATION, "2027-02-01", "2027-02-28"),
                        CorpsComponent.ACTIVE);
        staffing = fold(staffing, new DeploymentApproved(new DeploymentId("d1"), CASE, new ResponderId("r1")), null);
        staffing = fold(staffing, new DeploymentApproved(new DeploymentId("d2"), CASE, new ResponderId("r2")), null);
        staffing = fold(staffing, new DeploymentStarted(new DeploymentId("d2"), CASE), null);
        staffing = fold(staffing, new DeploymentEnded(new DeploymentId("d2"), CASE, LocalDate.parse("2027-01-20"),
                                                      "Done"), null);
        staffing = fold(staffing, new DeploymentDeclined(new DeploymentId("d3"), CASE, "Not now"), null);

        assertThat(staffing.personDaysBySector()).isEqualTo(Map.of(Sector.SECURITY, 30L));
        assertThat(staffing.personDaysByComponent()).isEqualTo(Map.of(CorpsComponent.ACTIVE, 10L,
                                                                      CorpsComponent.RESERVE, 20L));
        assertThat(staffing.pendingRequests()).isZero();
        assertThat(staffing.deployed()).isEqualTo(1);
        assertThat(staffing.deployments()).extracting(CaseStaffing.Deployment::status)
                                          .containsExactly(Status.APPROVED, Status.ENDED, Status.DECLINED);
        assertThat(staffing.deployments().get(2).reason()).isEqualTo("Not now");
    }

    @Test
    void a_withdrawn_or_cancelled_deployment_says_why_and_counts_no_days() {
        CaseStaffing staffing = CaseStaffing.none("case-1", 1);
        staffing = fold(staffing, requested("d1", Sector.SECURITY, "2027-01-01", "2027-01-10"), CorpsComponent.ACTIVE);
        staffing = fold(staffing, requested("d2", Sector.SECURITY, "2027-01-01", "2027-01-10"), CorpsComponent.ACTIVE);
        staffing = fold(staffing, new DeploymentApproved(new DeploymentId("d2"), CASE, new ResponderId("r2")), null);
        staffing = fold(staffing, new DeploymentWithdrawn(new DeploymentId("d1"), CASE, "Found another"), null);
        staffing = fold(staffing, new DeploymentCancelled(new DeploymentId("d2"), CASE, "Crisis over"), null);

        assertThat(staffing.deployments()).extracting(CaseStaffing.Deployment::status, CaseStaffing.Deployment::reason)
                                          .containsExactly(tuple(Status.WITHDRAWN, "Found another"),
                                                           tuple(Status.CANCELLED, "Crisis over"));
        assertThat(staffing.pendingRequests()).isZero();
        assertThat(staffing.deployed()).isZero();
        assertThat(staffing.personDaysBySector()).isEmpty();
    }

    @Test
    void an_extension_moves_the_end_and_keeps_an_earlier_override_unless_it_gives_its_own() {
        CaseStaffing staffing = CaseStaffing.none("case-1", 1);
        staffing = fold(staffing, requested("d1", Sector.SECURITY, "2027-01-01", "2027-01-10"), CorpsComponent.ACTIVE);
        staffing = fold(staffing, new DeploymentApproved(new DeploymentId("d1"), CASE, new ResponderId("r1")), null);
        staffing = fold(staffing, new DeploymentExtended(D1, CASE, period("2027-01-01", "2027-01-20"),
                                                         "Elections slipped"), null);
        CaseStaffing.Deployment extended = staffing.deployments().get(0);
        assertThat(extended.end()).isEqualTo(LocalDate.parse("2027-01-20"));
        assertThat(extended.overrideReason()).isEqualTo("Elections slipped");
        assertThat(extended.status()).isEqualTo(Status.APPROVED);
        assertThat(staffing.personDaysBySector()).isEqualTo(Map.of(Sector.SECURITY, 20L));

        staffing = fold(staffing, new DeploymentExtended(D1, CASE, period("2027-01-01", "2027-01-25"),
                                                         null), null);
        assertThat(staffing.deployments().get(0).end()).isEqualTo(LocalDate.parse("2027-01-25"));
        assertThat(staffing.deployments().get(0).overrideReason()).isEqualTo("Elections slipped");
    }

    @Test
    void a_rescheduled_deployment_takes_its_new_period_keeps_its_status_and_an_earlier_override() {
        CaseStaffing staffing = CaseStaffing.none("case-1", 1);
        staffing = fold(staffing, requested("d1", Sector.SECURITY, "2027-01-01", "2027-01-10"), CorpsComponent.ACTIVE);
        staffing = fold(staffing, new DeploymentRescheduled(D1, CASE, period("2027-02-01", "2027-02-05"),
                                                            "Visa late", "Only adviser cleared"), null);
        CaseStaffing.Deployment moved = staffing.deployments().get(0);
        assertThat(moved.start()).isEqualTo(LocalDate.parse("2027-02-01"));
        assertThat(moved.end()).isEqualTo(LocalDate.parse("2027-02-05"));
        assertThat(moved.status()).isEqualTo(Status.REQUESTED);
        assertThat(moved.overrideReason()).isEqualTo("Only adviser cleared");
        assertThat(staffing.pendingRequests()).isEqualTo(1);

        staffing = fold(staffing, new DeploymentRescheduled(D1, CASE, period("2027-03-01", "2027-03-05"),
                                                            "Visa late again", null), null);
        assertThat(staffing.deployments().get(0).start()).isEqualTo(LocalDate.parse("2027-03-01"));
        assertThat(staffing.deployments().get(0).overrideReason()).isEqualTo("Only adviser cleared");
    }

    private static Period period(String start, String end) {
        return new Period(LocalDate.parse(start), LocalDate.parse(end));
    }
}
