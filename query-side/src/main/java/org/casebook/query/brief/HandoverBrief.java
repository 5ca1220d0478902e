package org.casebook.query.brief;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.handover.OpenItem;
import org.casebook.query.casefile.CaseFile;
import org.casebook.query.staffing.CaseStaffing;

/**
 * What the receiving side of a handover is told: the case as it stood at journal {@code position} (the proposal's
 * commit), built from the record up to there and nothing later, so it is the same whenever it is built.
 * {@code digest} is the SHA-256 of the brief's canonical JSON without it: an acceptance records it.
 */
public record HandoverBrief(
        String caseId,
        String handoverId,
        long position,
        Instant proposedAt,
        String proposedBy,
        String fromBody,
        String toBody,
        String receivingCoordinator,
        List<Sector> sectors,
        LocalDate proposedEffectiveOn,
        String title,
        String country,
        Sensitivity sensitivity,
        Stage stage,
        CaseFile.Assessment currentAssessment,
        List<CaseFile.Decision> decisions,
        List<OpenItem> openItems,
        List<String> risks,
        List<CaseStaffing.Deployment> activeDeployments,
        List<CaseStaffing.Deployment> pendingDeployments,
        List<UnspentObligation> obligatedNotDisbursed,
        String totalObligatedNotDisbursed,
        String digest) {

    /** An obligation with money still to disburse: its source, number, project, and amounts net of adjustments. */
    public record UnspentObligation(String sourceId, String obligation, String project, Sector sector,
                                    String obligated, String disbursed, String remaining) {
    }

    /** The same brief with these decisions (the same, some with their text withheld). */
    public HandoverBrief withDecisions(List<CaseFile.Decision> shown) {
        return new HandoverBrief(caseId, handoverId, position, proposedAt, proposedBy, fromBody, toBody,
                                 receivingCoordinator, sectors, proposedEffectiveOn, title, country, sensitivity,
                                 stage, currentAssessment, shown, openItems, risks, activeDeployments,
                                 pendingDeployments, obligatedNotDisbursed, totalObligatedNotDisbursed, digest);
    }

    HandoverBrief withDigest(String computed) {
        return new HandoverBrief(caseId, handoverId, position, proposedAt, proposedBy, fromBody, toBody,
                                 receivingCoordinator, sectors, proposedEffectiveOn, title, country, sensitivity,
                                 stage, currentAssessment, decisions, openItems, risks, activeDeployments,
                                 pendingDeployments, obligatedNotDisbursed, totalObligatedNotDisbursed, computed);
    }
}
