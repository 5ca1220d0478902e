package org.casebook.query.brief;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.casebook.journal.json.JournalJson;

import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.handover.OpenItem;
import org.casebook.query.casefile.CaseFile;
import org.casebook.query.staffing.CaseStaffing;

/**
 * What the receiving side of a handover is told: the case as it stood at journal {@code position} (the proposal's
 * commit), built from the record up to there and nothing later, so it is the same whenever it is built.
 * {@code digest} is the SHA-256 of the brief's canonical JSON without it: an acceptance records it. A reader
 * not cleared for SBU is shown the brief with SBU text withheld, and its digest is of what they are shown, so
 * that a digest never lets anyone confirm a guess at text withheld from them.
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

    private static final ObjectMapper CANONICAL = JournalJson.newMapper();

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

    /** This brief with its digest: the SHA-256 of its canonical JSON without one. */
    public HandoverBrief sealed() {
        HandoverBrief unsealed = withDigest(null);
        try {
            byte[] canonical = CANONICAL.writeValueAsString(unsealed).getBytes(StandardCharsets.UTF_8);
            return withDigest(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a brief is always written as JSON", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private HandoverBrief withDigest(String computed) {
        return new HandoverBrief(caseId, handoverId, position, proposedAt, proposedBy, fromBody, toBody,
                                 receivingCoordinator, sectors, proposedEffectiveOn, title, country, sensitivity,
                                 stage, currentAssessment, decisions, openItems, risks, activeDeployments,
                                 pendingDeployments, obligatedNotDisbursed, totalObligatedNotDisbursed, computed);
    }
}
