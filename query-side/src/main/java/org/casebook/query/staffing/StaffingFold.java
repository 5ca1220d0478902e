package org.casebook.query.staffing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.casebook.kernel.deployment.DeploymentApproved;
import org.casebook.kernel.deployment.DeploymentCancelled;
import org.casebook.kernel.deployment.DeploymentDeclined;
import org.casebook.kernel.deployment.DeploymentEnded;
import org.casebook.kernel.deployment.DeploymentEvent;
import org.casebook.kernel.deployment.DeploymentExtended;
import org.casebook.kernel.deployment.DeploymentRequested;
import org.casebook.kernel.deployment.DeploymentRescheduled;
import org.casebook.kernel.deployment.DeploymentStarted;
import org.casebook.kernel.deployment.DeploymentWithdrawn;
import org.casebook.kernel.deployment.Period;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.responder.CorpsComponent;
import org.casebook.query.staffing.CaseStaffing.Deployment;
import org.casebook.query.staffing.CaseStaffing.Status;

/** A case's staffing as a fold over the events of its deployments. Pure: no storage, no clock. */
public final class StaffingFold {

    private StaffingFold() {
    }

    /**
     * The staffing after {@code event}, recorded at {@code recordedAt} by {@code user} at journal {@code position};
     * {@code component} is the requested responder's (used by a request only).
     */
    public static CaseStaffing apply(CaseStaffing staffing, DeploymentEvent event, CorpsComponent component,
                                     String user, Instant recordedAt, long position) {
        List<Deployment> deployments = new ArrayList<>(staffing == null ? List.of() : staffing.deployments());
        String id = event.deploymentId().value();
        if (event instanceof DeploymentRequested requested) {
            Period period = requested.period();
            deployments.add(new Deployment(id, requested.responderId().value(), component, requested.role().value(),
                                           requested.sector(), requested.skill().value(), period.start(),
                                           period.end(), Status.REQUESTED, user, recordedAt, null, null, null, 1, null));
        } else {
            deployments.replaceAll(deployment -> deployment.id().equals(id) ? changed(deployment, event) : deployment);
        }
        return summed(event.crisisId().value(), deployments, position);
    }

    /** Each event of a deployment is one more of its entries: its version counts them. */
    private static Deployment changed(Deployment d, DeploymentEvent event) {
        if (event instanceof DeploymentApproved) {
            return with(d, Status.APPROVED, d.end(), d.reason(), d.overrideReason(), d.note());
        } else if (event instanceof DeploymentDeclined declined) {
            return with(d, Status.DECLINED, d.end(), declined.reason(), d.overrideReason(), d.note());
        } else if (event instanceof DeploymentWithdrawn withdrawn) {
            return with(d, Status.WITHDRAWN, d.end(), withdrawn.reason(), d.overrideReason(), d.note());
        } else if (event instanceof DeploymentCancelled cancelled) {
            return with(d, Status.CANCELLED, d.end(), cancelled.reason(), d.overrideReason(), d.note());
        } else if (event instanceof DeploymentStarted) {
            return with(d, Status.STARTED, d.end(), d.reason(), d.overrideReason(), d.note());
        } else if (event instanceof DeploymentExtended extended) {
            String override = extended.overrideReason() == null ? d.overrideReason() : extended.overrideReason();
            return with(d, d.status(), extended.period().end(), d.reason(), override, d.note());
        }
        if (event instanceof DeploymentRescheduled rescheduled) {
            Period moved = rescheduled.period();
            String override = rescheduled.overrideReason() == null ? d.overrideReason() : rescheduled.overrideReason();
            return new Deployment(d.id(), d.responderId(), d.component(), d.role(), d.sector(), d.skill(),
                                  moved.start(), moved.end(), d.status(), d.requestedBy(), d.requestedAt(),
                                  d.reason(), override, d.note(), d.version() + 1, null);
        }
        DeploymentEnded ended = (DeploymentEnded) event;
        return with(d, Status.ENDED, ended.endedOn(), d.reason(), d.overrideReason(), ended.note());
    }

    private static Deployment with(Deployment d, Status status, LocalDate end, String reason,
                                   String overrideReason, String note) {
        return new Deployment(d.id(), d.responderId(), d.component(), d.role(), d.sector(), d.skill(), d.start(), end,
                              status, d.requestedBy(), d.requestedAt(), reason, overrideReason, note, d.version() + 1,
                              null);
    }

    private static CaseStaffing summed(String caseId, List<Deployment> deployments, long position) {
        Map<Sector, Long> bySector = new EnumMap<>(Sector.class);
        Map<CorpsComponent, Long> byComponent = new EnumMap<>(CorpsComponent.class);
        int pending = 0;
        int deployed = 0;
        for (Deployment deployment : deployments) {
            switch (deployment.status()) {
                case REQUESTED -> pending++;
                case APPROVED, STARTED -> deployed++;
                default -> {
                }
            }
            if (deployment.status() == Status.APPROVED || deployment.status() == Status.STARTED
                    || deployment.status() == Status.ENDED) {
                long days = new Period(deployment.start(), deployment.end()).days();
                bySector.merge(deployment.sector(), days, Long::sum);
                byComponent.merge(deployment.component(), days, Long::sum);
            }
        }
        return new CaseStaffing(caseId, List.copyOf(deployments), pending, deployed, bySector, byComponent, position);
    }
}
