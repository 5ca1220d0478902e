package org.casebook.query;

import java.util.List;

import org.casebook.kernel.crisis.AssessmentRecorded;
import org.casebook.kernel.crisis.CrisisClosed;
import org.casebook.kernel.crisis.CrisisEvent;
import org.casebook.kernel.crisis.CrisisMovedToStage;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.CrisisReopened;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.crisis.EntryCorrected;
import org.casebook.kernel.crisis.LeadBodyCorrected;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.handover.HandoverAccepted;
import org.casebook.kernel.handover.HandoverDeclined;
import org.casebook.kernel.handover.HandoverEscalated;
import org.casebook.kernel.handover.HandoverEvent;
import org.casebook.kernel.handover.RiskClosed;
import org.casebook.kernel.handover.HandoverLapsed;
import org.casebook.kernel.handover.LeadTransferred;
import org.casebook.kernel.handover.HandoverProposed;
import org.casebook.kernel.handover.HandoverWithdrawn;

/** One-line summaries of entries, for the timeline and the status board. */
public final class Summaries {

    private static final int MAX_TEXT = 120;

    private Summaries() {
    }

    public static String of(CrisisEvent event) {
        if (event instanceof CrisisOpened e) {
            return "Opened \"" + shorten(e.title()) + "\" (" + e.country() + ", " + e.stage().word() + ", lead "
                    + e.leadBody() + ")";
        }
        if (event instanceof AssessmentRecorded e) {
            return "Assessment " + e.assessmentId() + " (" + count(e.findings(), "finding") + "): "
                   + shorten(e.summary());
        }
        if (event instanceof DecisionRecorded e) {
            return decision(e) + " (" + e.decidingBody() + (e.supersedes() == null ? "" : ", supersedes "
                    + e.supersedes()) + ")";
        }
        if (event instanceof CrisisMovedToStage e) {
            return "Moved from " + e.from().word() + " to " + e.to().word()
                   + (e.reason() == null ? "" : ": " + shorten(e.reason()));
        }
        if (event instanceof CrisisClosed e) {
            return "Closed from " + e.from().word() + ": " + shorten(e.outcome());
        }
        if (event instanceof CrisisReopened e) {
            return "Reopened in " + e.stage().word() + ": " + shorten(e.reason());
        }
        if (event instanceof HandoverEvent e) {
            return handover(e);
        }
        if (event instanceof LeadBodyCorrected e) {
            return "Lead body corrected from " + e.fromBody() + " to " + e.toBody() + ": " + shorten(e.reason());
        }
        if (event instanceof RiskClosed e) {
            return "Risk " + e.risk() + " of handover " + e.handoverId() + " closed by " + e.closedBy().user() + " of "
                    + e.closedBy().body() + ": " + shorten(e.reason());
        }
        EntryCorrected e = (EntryCorrected) event;
        return "Correction of " + e.correctedEntryType() + " entry " + e.correctedEventId() + ": " + shorten(e.reason());
    }

    /** The acceptor by name, with the account when the directory named them otherwise ("J. Okafor (okafor)"). */
    private static String acceptor(HandoverAccepted e) {
        String account = e.acceptedBy().user();
        String name = e.acceptorName();
        return name == null || name.equals(account) ? account : name + " (" + account + ")";
    }

    private static String handover(HandoverEvent event) {
        if (event instanceof HandoverProposed e) {
            return "Handover " + e.handoverId() + " of " + scope(e.sectors()) + " proposed by " + e.fromBody() + " to "
                    + e.toBody() + " from " + e.proposedEffectiveOn() + " (" + count(e.openItems(), "open item") + ", "
                    + count(e.risks(), "risk") + ")";
        }
        if (event instanceof HandoverAccepted e) {
            return "Handover " + e.handoverId() + " accepted by " + acceptor(e) + " of " + e.toBody()
                    + ": " + e.toBody() + " leads " + scope(e.sectors()) + " from " + e.effectiveOn();
        }
        if (event instanceof LeadTransferred e) {
            return "Lead of " + scope(e.sectors()) + " passed from " + e.fromBody() + " to " + e.toBody() + " on "
                    + e.effectiveOn() + " (handover " + e.handoverId() + ")";
        }
        if (event instanceof HandoverDeclined e) {
            return "Handover " + e.handoverId() + " declined by " + e.declinedBy().user() + ": " + shorten(e.reason());
        }
        if (event instanceof HandoverWithdrawn e) {
            return "Handover " + e.handoverId() + " withdrawn by " + e.withdrawnBy().user() + ": "
                    + shorten(e.reason());
        }
        if (event instanceof HandoverEscalated e) {
            return "Handover " + e.handoverId() + " escalated: unanswered at " + e.deadline();
        }
        HandoverLapsed e = (HandoverLapsed) event;
        return "Handover " + e.handoverId() + " lapsed: unanswered at " + e.deadline();
    }

    private static String scope(List<Sector> sectors) {
        return sectors.isEmpty() ? "the whole case" : "sectors " + sectors;
    }

    /** "D-3: Deploy a field ACT..." */
    public static String decision(DecisionRecorded event) {
        return event.decisionId() + ": " + shorten(event.decision());
    }

    /** "1 risk", "2 risks", "0 risks". */
    private static String count(List<?> things, String thing) {
        return things.size() + " " + thing + (things.size() == 1 ? "" : "s");
    }

    static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_TEXT ? line : line.substring(0, MAX_TEXT - 1) + "…";
    }
}
