package org.casebook.kernel;

import java.util.List;

import org.casebook.kernel.crisis.AssessmentRecorded;
import org.casebook.kernel.crisis.CrisisClosed;
import org.casebook.kernel.crisis.CrisisMovedToStage;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.CrisisReopened;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.crisis.EntryCorrected;
import org.casebook.kernel.crisis.LeadBodyCorrected;
import org.casebook.kernel.directory.BodyListed;
import org.casebook.kernel.directory.BodyRenamed;
import org.casebook.kernel.directory.BodyRetired;
import org.casebook.kernel.directory.PersonListed;
import org.casebook.kernel.directory.PersonMoved;
import org.casebook.kernel.directory.PersonRenamed;
import org.casebook.kernel.deployment.DeploymentApproved;
import org.casebook.kernel.deployment.DeploymentCancelled;
import org.casebook.kernel.deployment.DeploymentDeclined;
import org.casebook.kernel.deployment.DeploymentEnded;
import org.casebook.kernel.deployment.DeploymentExtended;
import org.casebook.kernel.deployment.DeploymentRequested;
import org.casebook.kernel.deployment.DeploymentRescheduled;
import org.casebook.kernel.deployment.DeploymentStarted;
import org.casebook.kernel.deployment.DeploymentWithdrawn;
import org.casebook.kernel.funds.FundingSourceRegistered;
import org.casebook.kernel.funds.FundsAdjusted;
import org.casebook.kernel.handover.HandoverAccepted;
import org.casebook.kernel.handover.HandoverDeclined;
import org.casebook.kernel.handover.HandoverEscalated;
import org.casebook.kernel.handover.HandoverLapsed;
import org.casebook.kernel.handover.HandoverProposed;
import org.casebook.kernel.handover.HandoverWithdrawn;
import org.casebook.kernel.handover.LeadTransferred;
import org.casebook.kernel.handover.RiskClosed;
import org.casebook.kernel.reporting.ReportSubmitted;
import org.casebook.kernel.funds.FundsAllocated;
import org.casebook.kernel.funds.FundsDisbursed;
import org.casebook.kernel.funds.FundsObligated;
import org.casebook.kernel.funds.NotificationTransmitted;
import org.casebook.kernel.funds.NotificationWaitWaived;
import org.casebook.kernel.responder.ResponderAvailabilityChanged;
import org.casebook.kernel.responder.ResponderBooked;
import org.casebook.kernel.responder.ResponderBookingCancelled;
import org.casebook.kernel.responder.ResponderBookingChanged;
import org.casebook.kernel.responder.ResponderRegistered;
import org.casebook.kernel.responder.ResponderRetired;
import org.casebook.kernel.responder.ResponderSkillsChanged;

/** Every event type Casebook stores. The journal refuses to store an event that is not listed here. */
public final class PublishedEvents {

    public static final List<Class<?>> ALL = List.of(
            CrisisOpened.class,
            AssessmentRecorded.class,
            DecisionRecorded.class,
            CrisisMovedToStage.class,
            CrisisClosed.class,
            CrisisReopened.class,
            EntryCorrected.class,
            ResponderRegistered.class,
            ResponderSkillsChanged.class,
            ResponderAvailabilityChanged.class,
            ResponderRetired.class,
            ResponderBooked.class,
            ResponderBookingChanged.class,
            ResponderBookingCancelled.class,
            DeploymentRequested.class,
            DeploymentApproved.class,
            DeploymentDeclined.class,
            DeploymentWithdrawn.class,
            DeploymentStarted.class,
            DeploymentExtended.class,
            DeploymentEnded.class,
            DeploymentCancelled.class,
            DeploymentRescheduled.class,
            FundingSourceRegistered.class,
            FundsAllocated.class,
            FundsObligated.class,
            FundsDisbursed.class,
            FundsAdjusted.class,
            HandoverProposed.class,
            HandoverAccepted.class,
            HandoverDeclined.class,
            HandoverWithdrawn.class,
            HandoverEscalated.class,
            HandoverLapsed.class,
            LeadTransferred.class,
            RiskClosed.class,
            ReportSubmitted.class,
            LeadBodyCorrected.class,
            BodyListed.class,
            NotificationTransmitted.class,
            NotificationWaitWaived.class,
            BodyRenamed.class,
            BodyRetired.class,
            PersonListed.class,
            PersonRenamed.class,
            PersonMoved.class);

    private PublishedEvents() {
    }
}
